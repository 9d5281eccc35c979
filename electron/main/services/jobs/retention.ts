import type { JobFiles } from './job-files'
import type { JobLedger } from './job-ledger'
import type { JobRepository } from './job-repository'

const DAY_MS = 86_400_000
const BATCH = 200

/** What the retention purge works with. */
export interface RetentionDeps {
  ledger: JobLedger
  repository: JobRepository
  files: JobFiles
  now: () => number
  retentionDays: () => number
  onPhotosDeleted?: ((jobIds: readonly string[]) => void) | undefined
}

/**
 * Deletes customer photos older than the retention. A job's entry stays, marked `photosPurged`; its folder goes
 * first, so a crash in between leaves an entry that the next purge finishes. Folders that no record claims (a
 * record set aside as damaged, a crash between writing a photo and storing its job) are deleted once they are
 * older than the retention too, so no customer photo is kept forever.
 */
export async function purgeExpiredPhotos(deps: RetentionDeps): Promise<number> {
  const cutoff = deps.now() - deps.retentionDays() * DAY_MS
  let purged = 0
  for (;;) {
    const batch = await deps.repository.expired(cutoff, BATCH)
    if (batch.length === 0) break
    for (const job of batch) {
      await deps.files.deletePhotos(job.id)
      await deps.ledger.change(job.id, () => ({ photosPurged: true, files: {}, made: undefined }))
      await deps.repository.dropKeptPhoto(job.id)
      purged++
    }
    deps.onPhotosDeleted?.(batch.map((j) => j.id))
    if (batch.length < BATCH) break
  }
  await sweepUnclaimedFolders(deps, cutoff)
  return purged
}

async function sweepUnclaimedFolders(deps: RetentionDeps, cutoff: number): Promise<void> {
  const old = (await deps.files.folders()).filter((f) => f.changedAt <= cutoff).map((f) => f.jobId)
  if (old.length === 0) return
  const claimed = await deps.repository.known(old)
  const unclaimed = old.filter((id) => !claimed.has(id))
  for (const id of unclaimed) await deps.files.deletePhotos(id)
  if (unclaimed.length > 0) deps.onPhotosDeleted?.(unclaimed)
}
