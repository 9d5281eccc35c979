import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStudioDatabase } from '../../../../electron/main/services/db/open-database'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import { openSharedStore } from '../../../../electron/main/services/shared-db/pg-connection'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import { runSharedMigrations } from '../../../../electron/main/services/shared-db/shared-migrations'
import { usePostgres } from '../../../helpers/postgres'

const WRITER = fileURLToPath(new URL('./kill-writer.ts', import.meta.url))
const KILLS = 5
const STATES = ['queued', 'preparing', 'uploading', 'processing']

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kill-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

const postgres = usePostgres()

/** Runs the writer until it has committed a few dozen writes and a little more, then SIGKILLs it. */
function runAndKill(where: string, prefix: string, afterMs: number): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, where, prefix], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const committed = new Map<string, string>()
    let buffer = ''
    let errors = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs)
        const [id, state] = line.split(' ')
        if (id && state) committed.set(id, state)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${errors}`))
      else resolve(committed)
    })
  })
}

/** Kills the writer `kills` times, then checks every job it reported committed against the store. */
async function killAndCheck(
  where: string,
  kills: number,
  open: () => Promise<{ repository: JobRepository; orders: () => Promise<number[]>; close(): Promise<void> }>
) {
  const everything = new Map<string, string>()
  for (let round = 0; round < kills; round++) {
    const committed = await runAndKill(where, `r${round}`, 150 + ((round * 97) % 250))
    expect(committed.size, `round ${round} committed something`).toBeGreaterThan(0)
    for (const [id, state] of committed) everything.set(id, state)
  }
  const { repository, orders, close } = await open()
  try {
    for (const [id, state] of everything) {
      // Exactly what was last reported, or the next write, if it was committed just before the kill.
      const stored = (await repository.get(id))?.state ?? 'lost'
      const at = STATES.indexOf(state)
      expect([STATES[at], STATES[at + 1]], id).toContain(stored)
    }
    const numbers = await orders()
    expect(new Set(numbers).size).toBe(numbers.length)
  } finally {
    await close()
  }
}

describe('a writer killed again and again', () => {
  it('loses no job it had committed, and keeps each in the last state it committed (or the one after)', async () => {
    await killAndCheck(dir, KILLS, async () => {
      const store = await openStudioDatabase({ dataDir: dir })
      const repository = createSqlJobRepository({
        db: store.db,
        setAside: async () => {
          throw new Error('no record may be damaged')
        }
      })
      const orders = async () =>
        (await store.db.selectFrom('jobs').select('order_no').execute()).map((r) => r.order_no)
      return { repository, orders, close: () => store.close() }
    })
  }, 120_000)

  it.skipIf(!postgres.available)(
    'in the shared PostgreSQL too: no committed job is lost',
    async () => {
      const config = await postgres.freshDatabase()
      const setup = openSharedStore(config)
      await runSharedMigrations(setup.db)
      await setup.close()
      const url = `postgres://${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}@${config.host}:${config.port}/${config.database}`
      await killAndCheck(url, 3, async () => {
        const store = openSharedStore(config)
        const repository = createPgJobRepository({
          db: store.db,
          counter: { id: 'kill-writer', name: 'Kill writer' },
          setAside: async () => {
            throw new Error('no record may be damaged')
          }
        })
        const orders = async () =>
          (await store.db.selectFrom('jobs').select('order_no').execute()).map((r) => r.order_no)
        return { repository, orders, close: () => store.close() }
      })
    },
    120_000
  )
})
