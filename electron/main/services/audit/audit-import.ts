import { readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { StudioDatabase } from '../db/schema'
import { writeFileAtomic } from '../storage/write-file-atomic'
import { auditEntrySchema, type AuditEntry } from './audit-entry'
import { appendInTransaction } from './audit-log'

/** The old log's file name inside the data folder. */
export const AUDIT_FILE_NAME = 'audit.jsonl'
/** The store fact that records its import. */
export const AUDIT_IMPORT_FACT = 'import:audit.jsonl'

/** What the one-time import of audit.jsonl did. */
export interface AuditImportReport {
  imported: number
  /** Lines that could not be read (a line cut by a crash, say), kept as they were in this file. */
  setAside: { count: number; file: string } | null
  /** The old file, kept until the person confirms the import. */
  backup: string
  confirmed: boolean
}

/**
 * Imports the old `audit.jsonl` into the audit table once, in its order, chained like every new row, in one
 * transaction together with the fact that it is done. Lines that fail the schema are kept aside in a file and
 * reported. The old file is then renamed to a backup, kept until the import is confirmed.
 */
export async function importAuditJsonl(options: {
  dataDir: string
  db: Kysely<StudioDatabase>
  now: () => number
}): Promise<AuditImportReport | null> {
  const { db } = options
  const file = join(options.dataDir, AUDIT_FILE_NAME)
  const done = await fact(db)
  if (done !== null) {
    await rename(file, done.backup).catch(() => undefined)
    return done.confirmed ? null : done
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null
    throw error
  }
  const stamp = options.now()
  const good: AuditEntry[] = []
  const bad: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const parsed = safeJson(line)
    const entry = parsed === undefined ? null : auditEntrySchema.safeParse(parsed)
    if (entry?.success) good.push(entry.data)
    else bad.push(line)
  }
  let setAside: AuditImportReport['setAside'] = null
  if (bad.length > 0) {
    const damaged = `${file}.damaged-${stamp}.jsonl`
    await writeFileAtomic(damaged, bad.join('\n') + '\n')
    setAside = { count: bad.length, file: damaged }
  }
  const report: AuditImportReport = {
    imported: good.length,
    setAside,
    backup: `${file}.imported-${stamp}`,
    confirmed: false
  }
  await db.transaction().execute(async (trx) => {
    await appendInTransaction(trx, good)
    await trx
      .insertInto('store_meta')
      .values({ key: AUDIT_IMPORT_FACT, value: JSON.stringify(report) })
      .execute()
  })
  await rename(file, report.backup)
  return report
}

/** The import, while it waits for the person's confirmation; null when there is none or it is confirmed. */
export async function pendingAuditImport(db: Kysely<StudioDatabase>): Promise<AuditImportReport | null> {
  const report = await fact(db)
  return report && !report.confirmed ? report : null
}

/** The person confirmed the import: the backup of the old file is deleted. */
export async function confirmAuditImport(db: Kysely<StudioDatabase>): Promise<void> {
  const done = await fact(db)
  if (done === null) return
  await rm(done.backup, { force: true })
  await db
    .updateTable('store_meta')
    .set({ value: JSON.stringify({ ...done, confirmed: true }) })
    .where('key', '=', AUDIT_IMPORT_FACT)
    .execute()
}

async function fact(db: Kysely<StudioDatabase>): Promise<AuditImportReport | null> {
  const row = await db
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', AUDIT_IMPORT_FACT)
    .executeTakeFirst()
  return row ? (JSON.parse(row.value) as AuditImportReport) : null
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
}
