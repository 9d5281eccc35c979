import type { JobsTable } from '../db/schema'
import { foldText } from '../db/fold-text'
import type { SetAsideReport } from './job-repository'
import { JobRecordSchema, type JobRecord } from './job-types'
import { withoutReadOnly } from './record-merge'

/** The columns read for a record. */
export type JobRow = Pick<JobsTable, 'id' | 'created_at' | 'record'>
/** The columns read for a record, as a list for select(). */
export const ROW_COLUMNS = ['id', 'created_at', 'record'] as const
/** Rows per INSERT during an import: well under SQLite's limit of 32,766 bound values. */
export const IMPORT_BATCH = 500

/** The row of a record that has its order number (the same columns in SQLite and PostgreSQL). */
export function jobColumns(record: JobRecord & { orderNumber: number }, counter: string): JobsTable {
  return {
    id: record.id,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    state: record.state,
    spec_code: record.specCode,
    customer_folded: foldText(record.customer ?? ''),
    order_no: record.orderNumber,
    counter,
    photos_purged: record.photosPurged ? 1 : 0,
    record: JSON.stringify(withoutReadOnly(record))
  }
}

/** The columns an update may change: never the id, the order number or the counter. */
export function jobChanges(record: JobRecord) {
  if (record.orderNumber === undefined) throw new Error(`job ${record.id} has no order number`)
  const {
    id: _id,
    order_no: _no,
    counter: _counter,
    ...rest
  } = jobColumns({ ...record, orderNumber: record.orderNumber }, '')
  return rest
}

/** A stored record that could not be read. */
export interface BadRow {
  id: string
  record: string
  reason: string
}

/** How rows that fail the schema are moved aside: written to a file first, then taken out of the history. */
export interface RowParserOptions<R extends JobRow> {
  setAside: (rows: BadRow[]) => Promise<string>
  onSetAside?: ((report: SetAsideReport) => void) | undefined
  /** Deletes the rows from the history (only after they were written aside). */
  drop: (ids: string[]) => Promise<void>
  /** Adds what a store knows beyond the record (the shared database: purged elsewhere, another counter's). */
  decorate?: (row: R, record: JobRecord) => JobRecord
}

/** Parses rows into records; a row that fails is moved aside, never dropped silently. */
export function createRowParser<R extends JobRow>(options: RowParserOptions<R>) {
  return async function parse(rows: R[]): Promise<JobRecord[]> {
    const good: JobRecord[] = []
    const bad: BadRow[] = []
    for (const row of rows) {
      let reason: string
      try {
        const parsed = JobRecordSchema.safeParse(JSON.parse(row.record))
        if (parsed.success && parsed.data.id === row.id) {
          good.push(options.decorate ? options.decorate(row, parsed.data) : parsed.data)
          continue
        }
        reason = parsed.success ? 'id mismatch' : 'schema'
      } catch {
        reason = 'json'
      }
      bad.push({ id: row.id, record: row.record, reason })
    }
    if (bad.length > 0) {
      const file = await options.setAside(bad)
      await options.drop(bad.map((b) => b.id))
      options.onSetAside?.({ count: bad.length, file })
    }
    return good
  }
}

/** Newest first, by (created time, id): the order of the queue and of History. */
export function newestFirst(a: JobRow, b: JobRow): number {
  return a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : Number(b.created_at) - Number(a.created_at)
}
