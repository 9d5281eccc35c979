import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full garbage collection, so that a memory figure reads what is kept rather than what merely waits to be
 * collected. For the engine's stats (tests and `npm run bench`), never on the path of a photo.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  gc?.()
}
