import { randomUUID } from 'node:crypto'
import { AppError, isAppError, type IpcError } from '../../shared/errors'
import type { PartialRegistry } from '../ipc/registry'
import type { JobQueue } from '../services/jobs/job-queue-api'
import type { JobRecord } from '../services/jobs/job-types'
import type { UploadCheck } from '../services/jobs/upload-check'
import type { SpecRequirements } from '../services/specs/spec-parse'
import { startOfDay, toJobView } from './job-view'
import { t } from '../services/i18n/main-language'

type JobChannels =
  | 'photos:submit'
  | 'photos:list-jobs'
  | 'photos:get-job'
  | 'photos:cancel'
  | 'photos:retry'
  | 'photos:remake'
  | 'photos:clear-finished'
  | 'photos:unlock'
  | 'photos:remove'
  | 'photos:send-anyway'
  | 'photos:pick-face'
  | 'photos:accept-attention'

/**
 * The job handlers of the walk-in workflow: submit, the queue, cancel (and "Don't send" for a held job), Try again,
 * Make a new photo, Send anyway, pick a face, remove.
 */
export function createPhotoJobHandlers(deps: {
  queue: JobQueue
  now: () => number
  requirementsFor: (specCode: string) => Promise<SpecRequirements>
  uploadCheck: Pick<UploadCheck, 'prime'>
  markSpecUsed: (specCode: string) => Promise<unknown>
  mustJob: (jobId: string) => Promise<JobRecord>
  /** A job's photos were removed: drop what memory holds of them. */
  forget: (jobIds: readonly string[]) => void
  accountChanged: () => void
}): PartialRegistry<JobChannels> {
  const { queue } = deps
  const view = (job: JobRecord) => toJobView(job, startOfDay(deps.now()))

  return {
    'photos:submit': async (input) => {
      const requirements = await deps.requirementsFor(input.specCode)
      const { spec } = requirements
      const accepted: { fileName: string; jobId: string }[] = []
      const refused: { fileName: string; error: IpcError }[] = []
      for (const file of input.files) {
        try {
          // Pre-flight before any quota is spent, in one decode: the type from its bytes, that it decodes, no bomb,
          // enough pixels; and the face check on the upload it makes, which the job's run then uses (and records).
          await deps.uploadCheck.prime(file.bytes, requirements, {
            fileName: file.name,
            sensitivity: input.sensitivity
          })
        } catch (error) {
          if (!isAppError(error)) throw error
          refused.push({ fileName: file.name, error: error.toIpcError() })
          continue
        }
        const job = await queue.enqueue({
          id: randomUUID(),
          specCode: input.specCode,
          specName: spec.name,
          mode: input.mode,
          outputFormat: input.outputFormat ?? 'IMAGE_BASE64',
          ...(input.customer ? { customer: input.customer } : {}),
          ...(input.mode === 'watermark' ? { watermarkText: input.watermarkText ?? 'Preview' } : {}),
          ...(input.sensitivity ? { sensitivity: input.sensitivity } : {}),
          ...(input.sheetSizes && input.sheetSizes.length > 0 ? { sheetSizes: input.sheetSizes } : {}),
          source: { fileName: file.name, bytes: file.bytes }
        })
        accepted.push({ fileName: file.name, jobId: job.id })
      }
      // Only a spec that was actually used becomes "recent" and "last".
      if (accepted.length > 0) await deps.markSpecUsed(input.specCode)
      return { accepted, refused }
    },
    'photos:list-jobs': async () => (await queue.listQueue()).map(view),
    'photos:get-job': async ({ jobId }) => view(await deps.mustJob(jobId)),
    // For a held job this is "Don't send": nothing was sent and no quota was used.
    'photos:cancel': async ({ jobId }) => {
      if (!(await queue.cancel(jobId))) {
        throw new AppError('STATE_CONFLICT', t('photos.main.cannotCancel'))
      }
      return view(await deps.mustJob(jobId))
    },
    'photos:retry': async ({ jobId }) => view(await queue.retry(jobId)),
    // The schema already demands `confirmed: true`; the queue checks it again, so no path spends quota without it.
    'photos:remake': async ({ jobId, confirmed }) => view(await queue.remake(jobId, { confirmed })),
    'photos:clear-finished': async () => ({ cleared: await queue.clearFinished() }),
    'photos:unlock': async ({ jobId }) => {
      const job = view(await queue.unlock(jobId))
      deps.accountChanged()
      return job
    },
    'photos:send-anyway': async ({ jobId }) => view(await queue.sendAnyway(jobId)),
    'photos:accept-attention': async ({ jobId }) => view(await queue.acceptAttention(jobId)),
    'photos:pick-face': async ({ jobId, face }) => view(await queue.pickFace(jobId, face)),
    'photos:remove': async ({ jobId }) => {
      await queue.remove(jobId)
      deps.forget([jobId])
      return null
    }
  }
}
