import { AppError } from '../../../shared/errors'
import type { JobRecord } from './job-types'
import { t } from '../i18n/main-language'

/** A top-level field of a job record. */
export type RecordField = keyof JobRecord

/**
 * The fields another counter may change on a job it did not make (shared studio database): where the final
 * photo was last saved, and so when the record last changed. Everything else — the state, the money fields, the
 * files — belongs to the counter that made the job, and only it changes them.
 */
export const SHARED_FIELDS: readonly RecordField[] = ['savedTo', 'updatedAt']

/** What the counter at the desk reads when it tries to run or change another counter's job. */
export function otherCounterMessage(counter: string): string {
  return t('sharedDb.otherCounter', { counter })
}

/** Refuses, first and plainly, any queue action on a job another counter made: only that counter runs it. */
export function refuseOtherCounters(job: JobRecord): void {
  if (job.fromCounter !== undefined)
    throw new AppError('STATE_CONFLICT', otherCounterMessage(job.fromCounter))
}

/** Fields that are never stored: set on reading only. */
const READ_ONLY: readonly RecordField[] = ['fromCounter']

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The top-level fields whose values differ between two versions of a record (a field that is gone counts). */
export function changedFields(before: JobRecord, after: JobRecord): RecordField[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as RecordField[])
  return [...keys].filter((key) => !READ_ONLY.includes(key) && !same(before[key], after[key])).sort()
}

/**
 * Applies a change onto the record as it is stored now: the `fields` are taken from `source` (a field that
 * `source` lacks is removed), every other field stays as stored. So two changes of different fields, made at the
 * same time from the same starting point, both survive. `fields` null takes the whole of `source`, keeping only
 * a shared field that `source` does not have (another counter saved the photo).
 */
export function applyFields(
  stored: JobRecord,
  source: JobRecord,
  fields: readonly RecordField[] | null
): JobRecord {
  if (fields === null) {
    const kept: Partial<JobRecord> = {}
    for (const key of SHARED_FIELDS)
      if (source[key] === undefined && stored[key] !== undefined) Object.assign(kept, { [key]: stored[key] })
    return withoutReadOnly({ ...source, ...kept })
  }
  const next: Record<string, unknown> = { ...stored }
  for (const key of fields) {
    if (READ_ONLY.includes(key)) continue
    if (source[key] === undefined) delete next[key]
    else next[key] = structuredClone(source[key])
  }
  return withoutReadOnly(next as JobRecord)
}

/** A record as it is stored: without the fields that are only set on reading. */
export function withoutReadOnly(record: JobRecord): JobRecord {
  const copy = { ...record }
  for (const key of READ_ONLY) delete copy[key]
  return copy
}
