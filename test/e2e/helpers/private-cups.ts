import { test } from '@playwright/test'
import { startCups, unavailableReason, type CupsEnv } from '../../../scripts/services/cups.mjs'

/**
 * The private CUPS for the end-to-end print test (scripts/services/cups.mjs): the one `npm test` started, or one
 * started for this block. `reason` says why it cannot run here (the test then skips with it), unless
 * STUDIO_REQUIRE_CUPS=1 (CI), where that is a failure.
 */
export function privateCups(): { reason: string | null; env: () => CupsEnv } {
  const given =
    process.env.CUPS_SERVER && process.env.STUDIO_CUPS_OUT ? (process.env as unknown as CupsEnv) : null
  const reason = given ? null : unavailableReason()
  if (reason && process.env.STUDIO_REQUIRE_CUPS === '1') {
    throw new Error(`STUDIO_REQUIRE_CUPS=1, but the private CUPS cannot run here: ${reason}.`)
  }
  let env = given
  let stop: (() => Promise<void>) | null = null
  test.beforeAll(async () => {
    if (env || reason) return
    const cups = await startCups()
    env = cups.env
    stop = cups.stopAndWait
  })
  test.afterAll(async () => {
    await stop?.()
  })
  return {
    reason,
    env: () => {
      if (!env) throw new Error('The private CUPS has not started.')
      return env
    }
  }
}
