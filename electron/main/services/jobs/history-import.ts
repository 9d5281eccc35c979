import { readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/write-file-atomic'
import type { JobRepository } from './job-repository'
import { JobRecordSchema, type JobRecord } from './job-types'

/** The store fact that records the import of the old history file. */
export const HISTORY_IMPORT_FACT = 'import:jobs/history.json'

/** What the one-time import did, for the person at the counter. */
export interface HistoryImportReport {
  imported: number
  /** Records that could not be read, and the file that keeps them as they were. */
  setAside: { count: number; file: string } | null
  /** The old file, kept until the person confirms the import. */
  backup: string
  confirmed: boolean
}

/**
 * Imports the old `jobs/history.json` into the database, once, in one transaction. A record that fails the
 * schema is written, as it was, to a file beside it and reported; the others are imported. The old file is then
 * renamed to a backup, which stays until the person confirms the import. Returns null when there was nothing to
 * import and no import is waiting for confirmation.
 */
export async function importJsonHistory(options: {
  dataDir: string
  repository: JobRepository
  now: () => number
}): Promise<HistoryImportReport | null> {
  const { repository } = options
  const file = join(options.dataDir, 'jobs', 'history.json')
  const done = await repository.fact(HISTORY_IMPORT_FACT)
  if (done !== null) {
    const report = JSON.parse(done) as HistoryImportReport
    // A crash between the commit and the rename: finish the rename; never import twice.
    await rename(file, report.backup).catch(() => undefined)
    return report.confirmed ? null : report
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null
    throw error
  }
  const stamp = options.now()
  const { good, bad } = splitRecords(text)
  let setAside: HistoryImportReport['setAside'] = null
  if (bad.length > 0) {
    const damagedFile = `${file}.damaged-${stamp}.json`
    await writeFileAtomic(damagedFile, JSON.stringify({ setAsideAt: stamp, records: bad }, null, 2))
    setAside = { count: bad.length, file: damagedFile }
  }
  const report: HistoryImportReport = {
    imported: good.length,
    setAside,
    backup: `${file}.imported-${stamp}`,
    confirmed: false
  }
  report.imported = await repository.importRecords(good, {
    key: HISTORY_IMPORT_FACT,
    value: JSON.stringify(report)
  })
  await rename(file, report.backup)
  return report
}

/** The import, while it waits for the person's confirmation; null when there is none or it is confirmed. */
export async function pendingHistoryImport(repository: JobRepository): Promise<HistoryImportReport | null> {
  const done = await repository.fact(HISTORY_IMPORT_FACT)
  const report = done === null ? null : (JSON.parse(done) as HistoryImportReport)
  return report && !report.confirmed ? report : null
}

/** The person confirmed the import: the backup of the old file is deleted. */
export async function confirmHistoryImport(repository: JobRepository): Promise<void> {
  const done = await repository.fact(HISTORY_IMPORT_FACT)
  if (done === null) return
  const report = JSON.parse(done) as HistoryImportReport
  await rm(report.backup, { force: true })
  await repository.setFact(HISTORY_IMPORT_FACT, JSON.stringify({ ...report, confirmed: true }))
}

/** Splits the file into records that pass the schema and whatever does not (a whole unreadable file included). */
function splitRecords(text: string): { good: JobRecord[]; bad: unknown[] } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { good: [], bad: [{ unreadableFile: text }] }
  }
  const jobs = (data as { jobs?: unknown }).jobs
  if (!Array.isArray(jobs)) return { good: [], bad: [data] }
  const good: JobRecord[] = []
  const bad: unknown[] = []
  const seen = new Set<string>()
  for (const raw of jobs) {
    const parsed = JobRecordSchema.safeParse(raw)
    if (!parsed.success || seen.has(parsed.data.id)) {
      bad.push(raw)
      continue
    }
    seen.add(parsed.data.id)
    good.push(legacyGrant(parsed.data))
  }
  return { good, bad }
}

/**
 * The old file did not record whether a job's make call had gone out. Only a job that never started is given its
 * grant; every other one needs the explicit "Make a new photo", so an import can never cause a second charge.
 */
function legacyGrant(job: JobRecord): JobRecord {
  const { orderNumber: _none, ...rest } = job
  return { ...rest, makeGrant: job.attempts === 0 && job.made === undefined }
}
