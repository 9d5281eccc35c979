import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { JsonStore } from '../storage/json-store'
import { writeFileAtomic } from '../storage/write-file-atomic'
import { JobRecordSchema, type JobRecord } from './job-types'

const HistoryFileSchema = z.object({ version: z.literal(1), jobs: z.array(JobRecordSchema) })

/** Job ids become folder names, so only plain characters are accepted. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/**
 * The history on disk: `<dataDir>/jobs/history.json` for the records and `<dataDir>/jobs/photos/<jobId>/`
 * for the customer's source photo and the results. Every write is atomic.
 */
export class JobStore {
  private readonly history: JsonStore<z.infer<typeof HistoryFileSchema>>
  private readonly photosDir: string

  constructor(dataDir: string, onCorrupt?: (info: { movedTo: string }) => void) {
    this.history = new JsonStore({
      path: join(dataDir, 'jobs', 'history.json'),
      schema: HistoryFileSchema,
      fallback: () => ({ version: 1 as const, jobs: [] }),
      ...(onCorrupt ? { onCorrupt } : {})
    })
    this.photosDir = join(dataDir, 'jobs', 'photos')
  }

  /** The records as last saved. */
  async loadRecords(): Promise<JobRecord[]> {
    return (await this.history.load()).jobs
  }

  /** Saves all records at once (the file is small: a busy counter makes a few hundred jobs a fortnight). */
  saveRecords(jobs: JobRecord[]): Promise<void> {
    return this.history.save({ version: 1, jobs })
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

  private folderOf(jobId: string): string {
    if (!JOB_ID_PATTERN.test(jobId)) throw new Error('Invalid job id')
    return join(this.photosDir, jobId)
  }
}
