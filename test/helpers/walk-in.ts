import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The walk-in portrait: a real customer-style photo for tests only. It has no licence to be shipped, so it is
 * never copied into the project; it is read from the team's shared fixtures beside the checkout
 * (../shared/fixtures/photos/), and the tests that need it say so and skip where that folder is absent.
 */
export const WALK_IN = fileURLToPath(
  new URL('../../../shared/fixtures/photos/walk-in-portrait.png', import.meta.url)
)

/** Why a walk-in test cannot run here, or null when it can. Printed, and given as the skip's reason. */
export const walkInMissing: string | null = existsSync(WALK_IN)
  ? null
  : `the walk-in portrait is test-only data with no licence to be in the repository; put it at ${WALK_IN} ` +
    '(the shared fixtures folder beside the checkout) to run this test'

if (walkInMissing) console.warn(`Skipping the walk-in portrait tests: ${walkInMissing}.`)
