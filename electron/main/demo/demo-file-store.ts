import type { RandomSource } from './demo-random'
import { randomHex } from './demo-random'

/** Stands in for the S3 bucket behind the "as URL" answers: images kept in memory under a random id. */
export interface DemoFileStore {
  /** Stores JPEG bytes and returns the absolute URL `<origin>/demo-files/<id>.jpg`. */
  put(bytes: Uint8Array, origin: string): string
  /** The bytes stored under a file name such as `<id>.jpg`, if any. */
  get(fileName: string): Uint8Array | undefined
  clear(): void
}

/** Creates an empty store. */
export function createDemoFileStore(random: RandomSource): DemoFileStore {
  const files = new Map<string, Uint8Array>()
  return {
    put(bytes, origin) {
      const name = `${randomHex(random, 32)}.jpg`
      files.set(name, bytes)
      return `${origin}/demo-files/${name}`
    },
    get: (fileName) => files.get(fileName),
    clear: () => files.clear()
  }
}
