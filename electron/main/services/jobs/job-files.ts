import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/write-file-atomic'

/** Job ids become folder names, so only plain characters are accepted. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/**
 * The photos of each job: `<dataDir>/jobs/photos/<jobId>/` holds the customer's source photo and the results.
 * Every write is atomic. The records themselves are in the database (sql-job-repository.ts).
 */
export class JobFiles {
  /** The folder that holds one folder per job. */
  readonly photosDir: string

  constructor(dataDir: string) {
    this.photosDir = join(dataDir, 'jobs', 'photos')
  }

  /** Stores one photo file of a job. */
  async writePhoto(jobId: string, name: string, bytes: Uint8Array): Promise<void> {
    const dir = this.folderOf(jobId)
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(join(dir, name), bytes)
  }

  /** Reads one photo file of a job, or null when it is not there. */
  async readPhoto(jobId: string, name: string): Promise<Buffer | null> {
    try {
      return await readFile(join(this.folderOf(jobId), name))
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null
      throw error
    }
  }

  /** Deletes one stored file of a job, if it is there. */
  async deletePhoto(jobId: string, name: string): Promise<void> {
    await rm(join(this.folderOf(jobId), name), { force: true })
  }

  /** Deletes every stored photo of a job. */
  async deletePhotos(jobId: string): Promise<void> {
    await rm(this.folderOf(jobId), { recursive: true, force: true })
  }

  /** The job folders on disk, with when each last changed (for the sweep of folders no record claims). */
  async folders(): Promise<{ jobId: string; changedAt: number }[]> {
    let names: string[]
    try {
      names = await readdir(this.photosDir)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return []
      throw error
    }
    const found: { jobId: string; changedAt: number }[] = []
    for (const name of names) {
      if (!JOB_ID_PATTERN.test(name)) continue
      const info = await stat(join(this.photosDir, name)).catch(() => null)
      if (info?.isDirectory()) found.push({ jobId: name, changedAt: info.mtimeMs })
    }
    return found
  }

  private folderOf(jobId: string): string {
    if (!JOB_ID_PATTERN.test(jobId)) throw new Error('Invalid job id')
    return join(this.photosDir, jobId)
  }
}
