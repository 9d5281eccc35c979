import { mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAuditLog } from '../../../../electron/main/services/audit/audit-log'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const at = Date.UTC(2026, 0, 5, 9, 30, 0)

describe('createAuditLog', () => {
  it('appends one JSON line per entry with time, OS user and environment', async () => {
    const log = createAuditLog({ dataDir: dir, osUser: () => 'counter-1', now: () => at })
    await log.append({
      environment: 'sandbox',
      action: 'fetch',
      side: 'front',
      tokenFingerprint: 'a1b2c3d4e5',
      outcome: 'ok',
      detail: 'original size'
    })
    await log.append({
      environment: 'sandbox',
      action: 'tokens',
      side: null,
      tokenFingerprint: null,
      outcome: 'CREDENTIALS_REJECTED'
    })
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0] as string)).toEqual({
      time: '2026-01-05T09:30:00.000Z',
      osUser: 'counter-1',
      environment: 'sandbox',
      action: 'fetch',
      side: 'front',
      tokenFingerprint: 'a1b2c3d4e5',
      outcome: 'ok',
      detail: 'original size'
    })
    expect(JSON.parse(lines[1] as string)).toMatchObject({
      action: 'tokens',
      outcome: 'CREDENTIALS_REJECTED'
    })
  })

  it('never rewrites: earlier content stays byte for byte', async () => {
    await writeFile(join(dir, 'audit.jsonl'), '{"earlier":"line from a previous version"}\n')
    const log = createAuditLog({ dataDir: dir, osUser: () => 'u', now: () => at })
    await log.append({
      environment: 'demo',
      action: 'refresh',
      side: 'back',
      tokenFingerprint: '0123456789',
      outcome: 'ok'
    })
    const text = await readFile(join(dir, 'audit.jsonl'), 'utf8')
    expect(text.startsWith('{"earlier":"line from a previous version"}\n')).toBe(true)
    expect(text.split('\n').filter(Boolean)).toHaveLength(2)
  })

  it('keeps order and whole lines under concurrent appends', async () => {
    const log = createAuditLog({ dataDir: dir, osUser: () => 'u', now: () => at })
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        log.append({
          environment: 'demo',
          action: 'fetch',
          side: 'front',
          tokenFingerprint: null,
          outcome: 'ok',
          detail: `#${i}`
        })
      )
    )
    const entries = await log.read({ limit: 100 })
    expect(entries.map((e) => e.detail)).toEqual(Array.from({ length: 50 }, (_, i) => `#${49 - i}`))
  })

  it('refuses an entry that would carry a token instead of a fingerprint', async () => {
    const log = createAuditLog({ dataDir: dir, osUser: () => 'u', now: () => at })
    await expect(
      log.append({
        environment: 'production',
        action: 'fetch',
        side: 'front',
        tokenFingerprint: 'd9ec9c13-f3e6-4b2e-a34f-e3f45b21206f',
        outcome: 'ok'
      })
    ).rejects.toMatchObject({ code: 'INTERNAL' })
  })

  it('reads newest first, with a limit, skipping a line cut by a crash', async () => {
    const log = createAuditLog({ dataDir: dir, osUser: () => 'u', now: () => at })
    for (const side of ['front', 'back'] as const) {
      await log.append({ environment: 'demo', action: 'fetch', side, tokenFingerprint: null, outcome: 'ok' })
    }
    await appendFile(join(dir, 'audit.jsonl'), '{"time":"2026-01-05T09:3')
    expect((await log.read({ limit: 1 })).map((e) => e.side)).toEqual(['back'])
    expect(await log.read()).toHaveLength(2)
  })

  it('reads an empty list before anything was logged, and exports a copy', async () => {
    const log = createAuditLog({ dataDir: join(dir, 'not-yet'), osUser: () => 'u', now: () => at })
    expect(await log.read()).toEqual([])
    await expect(log.exportTo(join(dir, 'x.jsonl'))).rejects.toMatchObject({ code: 'FILE_SYSTEM' })
    await log.append({
      environment: 'demo',
      action: 'export',
      side: null,
      tokenFingerprint: null,
      outcome: 'ok'
    })
    await log.exportTo(join(dir, 'copy.jsonl'))
    expect(await readFile(join(dir, 'copy.jsonl'), 'utf8')).toBe(await readFile(log.path, 'utf8'))
  })
})
