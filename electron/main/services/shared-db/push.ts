import type { Kysely, Transaction } from 'kysely'
import { entryOf } from '../audit/audit-log'
import type { StudioDatabase } from '../db/schema'
import type { JobFiles } from '../jobs/job-files'
import { jobColumns } from '../jobs/job-rows'
import { JobRecordSchema, type JobRecord } from '../jobs/job-types'
import { applyFields, withoutReadOnly, type RecordField } from '../jobs/record-merge'
import { dropOutboxThrough, oldestOutboxRows, type OutboxRow } from './outbox'
import { writeMerged, type CounterIdentity } from './pg-job-repository'
import type { SharedDatabase } from './schema'
import { appendSharedAudit, type CounterAuditRow } from './shared-audit'

/** What sending the outbox works with. */
export interface PushDeps {
  local: Kysely<StudioDatabase>
  shared: Kysely<SharedDatabase>
  counter: CounterIdentity
  /** This counter's photo files: the finished photo goes to the shared database for reprints elsewhere. */
  files: JobFiles
  now: () => number
}

/** The finished ID photo a reprint needs (not the customer's original), or null while there is none. */
export function finishedPhotoName(job: JobRecord): string | null {
  if (job.photosPurged || job.state !== 'done') return null
  if (job.watermarked) return job.unlocked ? (job.files.final ?? null) : null
  return job.files.result ?? null
}

/** Fields whose change can bring a finished photo. */
const PHOTO_FIELDS: readonly string[] = ['files', 'state', 'unlocked', 'photosPurged']

type Trx = Transaction<SharedDatabase>
interface Held {
  stored: JobRecord | null
  row: { counter_id: string; photos_purged: number; photos_purged_at: number | null } | null
  removed: boolean
}

/**
 * Sends the oldest waiting changes (up to `limit`) in one transaction of the shared database, then deletes them
 * from the outbox. Exactly once, in order: the database keeps, per counter, the number of the last change it
 * applied, under a row lock, in the same transaction; a batch sent again after a crash (received, but not yet
 * deleted here) is skipped. A job's change is merged field by field onto the row as stored, so what another
 * counter changed meanwhile is kept. Returns how many changes were settled; 0 when nothing was waiting.
 */
export async function pushOutbox(deps: PushDeps, limit: number): Promise<number> {
  const rows = await oldestOutboxRows(deps.local, limit)
  const last = rows.at(-1)
  if (!last) return 0
  const records = await localRecords(deps.local, rows)
  const audit = await localAudit(deps.local, rows)
  const photos = await finishedPhotos(deps.files, rows, records)
  await deps.shared.transaction().execute(async (trx) => {
    const counter = await trx
      .selectFrom('counters')
      .select('applied_seq')
      .where('id', '=', deps.counter.id)
      .forUpdate()
      .executeTakeFirstOrThrow()
    const todo = rows.filter((r) => r.seq > counter.applied_seq)
    await applyJobs(trx, deps, todo, records, photos)
    await appendSharedAudit(
      trx,
      deps.counter,
      todo.flatMap((r) => (r.kind === 'audit' && r.audit_seq !== null ? (audit.get(r.audit_seq) ?? []) : []))
    )
    await trx
      .updateTable('counters')
      .set({
        applied_seq: Math.max(counter.applied_seq, last.seq),
        last_seen_at: deps.now(),
        name: deps.counter.name
      })
      .where('id', '=', deps.counter.id)
      .execute()
  })
  await dropOutboxThrough(deps.local, last.seq)
  return rows.length
}

async function applyJobs(
  trx: Trx,
  deps: PushDeps,
  todo: OutboxRow[],
  records: Map<string, JobRecord>,
  photos: Map<string, { name: string; bytes: Buffer }>
): Promise<void> {
  const ids = [...new Set(todo.flatMap((r) => (r.job_id === null ? [] : [r.job_id])))]
  if (ids.length === 0) return
  const found = await trx
    .selectFrom('jobs')
    .select(['id', 'record', 'counter_id', 'photos_purged', 'photos_purged_at'])
    .where('id', 'in', ids)
    .forUpdate()
    .execute()
  const held = new Map<string, Held>(ids.map((id) => [id, { stored: null, row: null, removed: false }]))
  for (const row of found) {
    const parsed = JobRecordSchema.safeParse(safeJson(row.record))
    held.set(row.id, { stored: parsed.success ? parsed.data : null, row, removed: false })
  }
  for (const entry of todo) {
    const h = entry.job_id === null ? undefined : held.get(entry.job_id)
    if (!h || (h.row && h.row.counter_id !== deps.counter.id)) continue // never another counter's job
    if (entry.kind === 'job-removed') {
      h.stored = null
      h.removed = true
      continue
    }
    const local = records.get(entry.job_id as string)
    if (!local) continue // removed here since; its removal is further on in the outbox
    const fields = entry.fields === null ? null : (JSON.parse(entry.fields) as RecordField[])
    h.stored = h.stored ? applyFields(h.stored, local, fields) : withoutReadOnly(local)
    h.removed = false
  }
  const inserts: JobRecord[] = []
  const at = deps.now()
  for (const [id, h] of held) {
    if (h.row && h.row.counter_id !== deps.counter.id) continue
    if (h.stored === null) {
      if (h.removed && h.row) await trx.deleteFrom('jobs').where('id', '=', id).execute()
      continue
    }
    if (h.row) await writeMerged(trx, h.stored, h.row, at)
    else inserts.push(h.stored)
  }
  if (inserts.length > 0) {
    await trx
      .insertInto('jobs')
      .values(
        inserts.map((r) => ({
          ...jobColumns({ ...r, orderNumber: r.orderNumber ?? 0 }, deps.counter.name),
          counter_id: deps.counter.id,
          photos_purged_at: r.photosPurged ? at : null,
          record_purged: r.photosPurged ? 1 : 0
        }))
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }
  await storePhotos(trx, held, photos, at)
}

/** The finished photos, only for jobs whose photos no counter has purged (the row is locked: no race). */
async function storePhotos(
  trx: Trx,
  held: Map<string, Held>,
  photos: Map<string, { name: string; bytes: Buffer }>,
  at: number
): Promise<void> {
  for (const [id, photo] of photos) {
    const h = held.get(id)
    if (!h?.stored || h.stored.photosPurged || h.row?.photos_purged === 1) continue
    if (finishedPhotoName(h.stored) !== photo.name) continue
    await trx
      .insertInto('job_photos')
      .values({ job_id: id, name: photo.name, bytes: photo.bytes, stored_at: at })
      .onConflict((oc) =>
        oc.column('job_id').doUpdateSet({ name: photo.name, bytes: photo.bytes, stored_at: at })
      )
      .execute()
  }
}

async function localRecords(db: Kysely<StudioDatabase>, rows: OutboxRow[]): Promise<Map<string, JobRecord>> {
  const ids = [...new Set(rows.flatMap((r) => (r.kind === 'job' && r.job_id !== null ? [r.job_id] : [])))]
  const found = new Map<string, JobRecord>()
  if (ids.length === 0) return found
  for (const row of await db.selectFrom('jobs').select(['id', 'record']).where('id', 'in', ids).execute()) {
    // A record that no longer reads is set aside by the counter's own history; it is not sent.
    const parsed = JobRecordSchema.safeParse(safeJson(row.record))
    if (parsed.success) found.set(row.id, parsed.data)
  }
  return found
}

async function localAudit(
  db: Kysely<StudioDatabase>,
  rows: OutboxRow[]
): Promise<Map<number, CounterAuditRow>> {
  const seqs = rows.flatMap((r) => (r.kind === 'audit' && r.audit_seq !== null ? [r.audit_seq] : []))
  const found = new Map<number, CounterAuditRow>()
  if (seqs.length === 0) return found
  for (const row of await db.selectFrom('audit_log').selectAll().where('seq', 'in', seqs).execute())
    found.set(row.seq, { localSeq: row.seq, entry: entryOf(row) })
  return found
}

/** Reads the finished photo of each job in the batch whose change may have brought one. */
async function finishedPhotos(
  files: JobFiles,
  rows: OutboxRow[],
  records: Map<string, JobRecord>
): Promise<Map<string, { name: string; bytes: Buffer }>> {
  const photos = new Map<string, { name: string; bytes: Buffer }>()
  for (const row of rows) {
    if (row.kind !== 'job' || row.job_id === null || photos.has(row.job_id)) continue
    const fields = row.fields === null ? null : (JSON.parse(row.fields) as string[])
    if (fields !== null && !fields.some((f) => PHOTO_FIELDS.includes(f))) continue
    const record = records.get(row.job_id)
    const name = record ? finishedPhotoName(record) : null
    if (!record || name === null) continue
    const bytes = await files.readPhoto(record.id, name)
    if (bytes) photos.set(record.id, { name, bytes })
  }
  return photos
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
