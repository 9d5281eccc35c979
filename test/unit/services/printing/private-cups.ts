import { afterAll, beforeAll } from 'vitest'
import { startCups, unavailableReason, type CupsEnv } from '../../../../scripts/services/cups.mjs'

export {
  cupsProcessEnv,
  measurePrinted,
  spooledOutput,
  type PrintedSheet
} from '../../../helpers/cups-output'

/**
 * The private CUPS for these tests: the one `npm test` started (CUPS_SERVER and STUDIO_CUPS_OUT in the
 * environment), else one started here for this file. Where none can run, the tests skip and say why — unless
 * STUDIO_REQUIRE_CUPS=1 (CI), where that is a failure.
 */
export function usePrivateCups(): { available: boolean; env: () => CupsEnv } {
  const given =
    process.env.CUPS_SERVER && process.env.STUDIO_CUPS_OUT ? (process.env as unknown as CupsEnv) : null
  const reason = given ? null : unavailableReason()
  if (reason && process.env.STUDIO_REQUIRE_CUPS === '1') {
    throw new Error(`STUDIO_REQUIRE_CUPS=1, but the private CUPS cannot run here: ${reason}.`)
  }
  if (reason) console.warn(`Skipping the CUPS print tests: ${reason}.`)
  let env: CupsEnv | null = given
  let stop: (() => Promise<void>) | null = null
  beforeAll(async () => {
    if (env || reason) return
    const cups = await startCups()
    env = cups.env
    stop = cups.stopAndWait
  }, 30_000)
  afterAll(async () => {
    await stop?.()
  })
  return {
    available: reason === null,
    env: () => {
      if (!env) throw new Error('The private CUPS has not started.')
      return env
    }
  }
}
