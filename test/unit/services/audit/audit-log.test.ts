import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAuditLog, type AuditInput } from '../../../../electron/main/services/audit/audit-log'
import { confirmAuditImport, importAuditJsonl } from '../../../../electron/main/services/audit/audit-import'
import { openStudioDatabase, type StudioStore } from '../../../../electron/main/services/db/open-database'

let dir: string
let stores: StudioStore[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-test-'))
  stores = []
})
afterEach(async () => {
  for (const store of stores) await store.close()
  await rm(dir, { recursive: true, force: true })
})

const at = Date.UTC(2026, 0, 5, 9, 30, 0)

async function open(osUser = 'u') {
  const store = await openStudioDatabase({ dataDir: dir })
  stores.push(store)
  return { store, log: createAuditLog({ db: store.db, osUser: () => osUser, now: () => at }) }
}

const fetchFront: AuditInput = {
  environment: 'sandbox',
  action: 'fetch',
  side: 'front',
  tokenFingerprint: 'a1b2c3d4e5',
  outcome: 'ok',
  detail: 'original size'
}

async function exported(log: Awaited<ReturnType<typeof open>>['log']) {
  const file = join(dir, `export-${Math.random()}.jsonl`)
  await log.exportTo(file)
  return (await readFile(file, 'utf8')).trimEnd().split('\n')
}

describe('the audit log in the studio database', () => {
  it('appends one row per entry with time, OS user and environment, exported as JSON lines', async () => {
    const { log } = await open('counter-1')
    await log.append(fetchFront)
    await log.append({
      environment: 'sandbox',
      action: 'tokens',
      side: null,
      tokenFingerprint: null,
      outcome: 'CREDENTIALS_REJECTED'
    })
    const lines = (await exported(log)).map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      time: '2026-01-05T09:30:00.000Z',
      osUser: 'counter-1',
      environment: 'sandbox',
      action: 'fetch',
      side: 'front',
      tokenFingerprint: 'a1b2c3d4e5',
      outcome: 'ok',
      detail: 'original size',
      row: 1
    })
    expect(lines[1]).toMatchObject({
      action: 'tokens',
      outcome: 'CREDENTIALS_REJECTED',
      prevHash: lines[0]?.hash
    })
  })

  it('never rewrites: the database itself refuses to update or delete a row, and earlier rows stay as they were', async () => {
    const { store, log } = await open()
    await log.append(fetchFront)
    const before = await exported(log)
    await expect(sql`update audit_log set os_user = 'someone else'`.execute(store.db)).rejects.toThrow(
      /append-only/
    )
    await expect(sql`delete from audit_log`.execute(store.db)).rejects.toThrow(/append-only/)
    await log.append({ ...fetchFront, side: 'back' })
    const after = await exported(log)
    expect(after.slice(0, 1)).toEqual(before)
    expect(after).toHaveLength(2)
  })

  it('keeps order under concurrent appends, each row chained to the one before', async () => {
    const { log } = await open()
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append({ ...fetchFront, detail: `#${i}` })))
    const entries = await log.read({ limit: 100 })
    expect(entries.map((e) => e.detail)).toEqual(Array.from({ length: 50 }, (_, i) => `#${49 - i}`))
    expect(await log.verify()).toMatchObject({ ok: true, rows: 50, firstBadRow: null })
  })

  it('refuses an entry that would carry a token instead of a fingerprint', async () => {
    const { log } = await open()
    await expect(
      log.append({ ...fetchFront, tokenFingerprint: 'd9ec9c13-f3e6-4b2e-a34f-e3f45b21206f' })
    ).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(await log.read()).toEqual([])
  })

  it('reads newest first, with a limit; an empty log reads empty and exports nothing', async () => {
    const { log } = await open()
    expect(await log.read()).toEqual([])
    await expect(log.exportTo(join(dir, 'x.jsonl'))).rejects.toMatchObject({ code: 'FILE_SYSTEM' })
    for (const side of ['front', 'back'] as const) await log.append({ ...fetchFront, side })
    expect((await log.read({ limit: 1 })).map((e) => e.side)).toEqual(['back'])
    expect(await log.read()).toHaveLength(2)
  })

  it('"Verify audit log" finds a row changed behind the app’s back, even with the triggers removed', async () => {
    const { store, log } = await open()
    for (let i = 0; i < 5; i++) await log.append({ ...fetchFront, detail: `#${i}` })
    expect((await log.verify()).ok).toBe(true)
    await sql`drop trigger audit_log_no_update`.execute(store.db)
    await sql`update audit_log set os_user = 'someone else' where seq = 3`.execute(store.db)
    const result = await log.verify()
    expect(result).toMatchObject({ ok: false, firstBadRow: 3 })
    expect(result.message).toContain('row 3')
  })

  it('"Verify audit log" finds a removed row', async () => {
    const { store, log } = await open()
    for (let i = 0; i < 4; i++) await log.append({ ...fetchFront, detail: `#${i}` })
    await sql`drop trigger audit_log_no_delete`.execute(store.db)
    await sql`delete from audit_log where seq = 2`.execute(store.db)
    expect(await log.verify()).toMatchObject({ ok: false, firstBadRow: 3 })
  })
})

describe('the old audit.jsonl', () => {
  const oldLine = (detail: string) =>
    JSON.stringify({
      time: '2025-12-01T08:00:00.000Z',
      osUser: 'old-counter',
      environment: 'production',
      action: 'fetch',
      side: 'front',
      tokenFingerprint: '0123456789',
      outcome: 'ok',
      detail
    })

  it('is imported once, in order and chained; a line cut by a crash is kept aside and reported; the backup stays until confirmed', async () => {
    await writeFile(
      join(dir, 'audit.jsonl'),
      `${oldLine('first')}\n${oldLine('second')}\n{"time":"2025-12-01T08:0\n${oldLine('third')}\n`
    )
    const { store, log } = await open()
    const report = await importAuditJsonl({ dataDir: dir, db: store.db, now: () => at })
    expect(report).toMatchObject({ imported: 3, setAside: { count: 1 }, confirmed: false })
    expect(await readFile(report!.setAside!.file, 'utf8')).toBe('{"time":"2025-12-01T08:0\n')
    expect((await log.read()).map((e) => e.detail)).toEqual(['third', 'second', 'first'])
    await log.append(fetchFront)
    expect(await log.verify()).toMatchObject({ ok: true, rows: 4 })
    const files = await readdir(dir)
    expect(files).not.toContain('audit.jsonl')
    expect(files).toContain(`audit.jsonl.imported-${at}`)

    // Opening again imports nothing more, and still reminds until the person confirms.
    expect(await importAuditJsonl({ dataDir: dir, db: store.db, now: () => at + 1 })).toMatchObject({
      imported: 3
    })
    expect(await log.read({ limit: 10 })).toHaveLength(4)
    await confirmAuditImport(store.db)
    expect(await readdir(dir)).not.toContain(`audit.jsonl.imported-${at}`)
    expect(await importAuditJsonl({ dataDir: dir, db: store.db, now: () => at + 2 })).toBeNull()
  })
})
