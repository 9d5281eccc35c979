import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestAuditLog } from '../../../helpers/test-audit-log'
import { createDocumentSession } from '../../../../electron/main/services/documents/document-session'
import { createFakeClock } from './fake-clock'
import {
  ACCESS_TOKEN,
  API_TOKEN,
  type DocumentDemo,
  recordingTokens,
  settleOnFakeTime,
  startDocumentDemo
} from './demo-harness'

const JPEG = Buffer.from([0xff, 0xd8, 0xff])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Every regular file under dir changed since `since`, skipping what cannot be read (other users' folders). */
async function changedFiles(dir: string, since: number, depth = 6): Promise<string[]> {
  if (depth < 0) return []
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const found: string[] = []
  for (const name of names) {
    const path = join(dir, name)
    try {
      const info = await lstat(path)
      if (info.isDirectory()) found.push(...(await changedFiles(path, since, depth - 1)))
      else if (info.isFile() && info.mtimeMs >= since && info.size < 50 * 1024 * 1024) found.push(path)
    } catch {
      // Gone or unreadable: someone else's.
    }
  }
  return found
}

let demo: DocumentDemo
let dataDir: string
let closeAudit: () => Promise<void> = async () => undefined
const startedAt = Date.now() - 1_000
const tokens = new Set<string>()
// A slice from the middle of each image received: unique to that image, so it cannot be confused with
// a JPEG that another test running at the same time writes to the temp folder.
const imageSlices: Buffer[] = []

beforeAll(async () => {
  const clock = createFakeClock()
  demo = await startDocumentDemo({ now: clock.now })
  dataDir = await mkdtemp(join(tmpdir(), 'doc-hygiene-test-'))
  const recorded = recordingTokens(demo.client())
  const log = await openTestAuditLog({ dataDir, osUser: () => 'hygiene', now: clock.now })
  closeAudit = log.close
  const session = createDocumentSession({
    client: {
      ...recorded.client,
      fetchDocument: async (token, size, signal) => {
        const image = await recorded.client.fetchDocument(token, size, signal)
        const middle = Math.floor(image.bytes.length / 2)
        imageSlices.push(Buffer.from(image.bytes.subarray(middle, middle + 64)))
        return image
      }
    },
    environment: 'demo',
    audit: log.audit,
    clock
  })
  await session.loadTokens(ACCESS_TOKEN)
  await demo.expireTokens()
  const work = Promise.all([
    session.fetch('front'),
    session.fetch('back'),
    session.fetch('front', { width: 400, height: 300 }),
    session.fetch('back', { width: 200, height: 100 })
  ])
  await settleOnFakeTime(work, demo, clock, clock.now() + 5 * 60_000)
  await work
  await session.refresh('back')
  for (const token of recorded.tokens) tokens.add(token)
  session.dispose()
})
afterAll(async () => {
  await demo.close()
  await closeAudit()
  await rm(dataDir, { recursive: true, force: true })
})

describe('disk hygiene of a viewing session', () => {
  it('used real tokens and images, so the scans below look for something real', () => {
    // Two from attributes, two automatic refreshes after the stale tokens, one refresh on request.
    expect(tokens.size).toBe(5)
    expect(imageSlices.length).toBe(4)
  })

  it('leaves only the studio database (its audit log) in the data folder, with no image bytes and no token', async () => {
    const names = await readdir(dataDir)
    expect(names.filter((n) => !/^studio\.db(-wal|-shm)?$/.test(n))).toEqual([])
    for (const name of names) {
      // The database is binary (the WAL even carries random salts), so look for the images' own bytes, not magic.
      const bytes = await readFile(join(dataDir, name))
      for (const slice of imageSlices) expect(bytes.includes(slice)).toBe(false)
      for (const secret of [...tokens, ACCESS_TOKEN, API_TOKEN]) expect(bytes.includes(secret)).toBe(false)
    }
  })

  it('writes no image and no token to the temp folder', async () => {
    const files = (await changedFiles(tmpdir(), startedAt)).filter((path) => !path.startsWith(dataDir))
    const offending: string[] = []
    for (const path of files) {
      let bytes: Buffer
      try {
        bytes = await readFile(path)
      } catch {
        continue
      }
      const hasImageMagic = bytes.includes(JPEG) || bytes.includes(PNG)
      if (hasImageMagic && imageSlices.some((slice) => bytes.includes(slice)))
        offending.push(`${path}: image`)
      for (const secret of tokens) if (bytes.includes(secret)) offending.push(`${path}: token`)
    }
    expect(offending).toEqual([])
  })
})
