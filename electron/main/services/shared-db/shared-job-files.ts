import { JobFiles } from '../jobs/job-files'
import { sharedFinishedPhoto } from './shared-photos'
import type { SharedSync } from './shared-sync'

/**
 * This counter's photo files, and, for a job another counter made, its finished photo from the shared database
 * (while connected), so it can be shown, saved again and reprinted here. The customer's original never leaves
 * the counter that took it.
 */
export class SharedJobFiles extends JobFiles {
  constructor(
    dataDir: string,
    private readonly sync: SharedSync
  ) {
    super(dataDir)
  }

  override async readPhoto(jobId: string, name: string): Promise<Buffer | null> {
    const here = await super.readPhoto(jobId, name)
    if (here !== null) return here
    const connected = this.sync.connected()
    if (!connected) return null
    try {
      return await sharedFinishedPhoto(connected.store.db, jobId, name)
    } catch (error) {
      this.sync.readFailed(error)
      return null
    }
  }
}
