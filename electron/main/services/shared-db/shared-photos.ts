import type { Kysely } from 'kysely'
import { ACTIVE_STATES } from '../jobs/job-rules'
import type { SharedDatabase } from './schema'

/** The finished photo of a job kept in the shared database, if it is the one asked for by name. */
export async function sharedFinishedPhoto(
  db: Kysely<SharedDatabase>,
  jobId: string,
  name: string
): Promise<Buffer | null> {
  const row = await db
    .selectFrom('job_photos')
    .select(['name', 'bytes'])
    .where('job_id', '=', jobId)
    .executeTakeFirst()
  return row && row.name === name ? Buffer.from(row.bytes) : null
}

const PURGE_BATCH = 500

/**
 * The agreed retention, for every counter's jobs: settled jobs created at or before `cutoff` whose photos no
 * counter has purged yet are marked purged, with when, and their finished photo is deleted from the shared
 * database. The first counter to reach a job's retention purges it for all; each counter then deletes its own
 * copies (purgedElsewhere). Rows another transaction holds are left for the next run. Returns how many.
 */
export async function purgeSharedPhotos(
  db: Kysely<SharedDatabase>,
  cutoff: number,
  at: number
): Promise<number> {
  let total = 0
  for (;;) {
    const ids = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('jobs')
        .select('id')
        .where('photos_purged', '=', 0)
        .where('created_at', '<=', cutoff)
        .where('state', 'not in', [...ACTIVE_STATES])
        .orderBy('created_at')
        .limit(PURGE_BATCH)
        .forUpdate()
        .skipLocked()
        .execute()
      const found = rows.map((r) => r.id)
      if (found.length === 0) return found
      await trx
        .updateTable('jobs')
        .set({ photos_purged: 1, photos_purged_at: at })
        .where('id', 'in', found)
        .execute()
      await trx.deleteFrom('job_photos').where('job_id', 'in', found).execute()
      return found
    })
    total += ids.length
    if (ids.length < PURGE_BATCH) return total
  }
}

/** This counter's jobs whose photos another counter purged, and that this counter has not purged yet. */
export async function purgedElsewhere(
  db: Kysely<SharedDatabase>,
  counterId: string,
  limit: number
): Promise<string[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('id')
    .where('counter_id', '=', counterId)
    .where('photos_purged', '=', 1)
    .where('record_purged', '=', 0)
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}
