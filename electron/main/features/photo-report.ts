import type { AppCheckView } from '../../shared/contract/face-check'
import { AppError } from '../../shared/errors'
import type { Core } from '../core'
import type { PartialRegistry } from '../ipc/registry'
import type { PostCheck } from '../services/face/post-check'
import type { AppCheck } from '../services/jobs/app-check'
import type { JobQueue } from '../services/jobs/job-queue-api'
import type { JobRecord } from '../services/jobs/job-types'
import { saveFileName } from '../services/files/save-name'
import { saveNoClobber } from '../services/files/save-file'
import { renderCheckReport, renderCheckReportImage, reportPaper } from '../services/report'
import type { SpecRequirements } from '../services/specs/spec-parse'
import { purgedError } from './photo-images'
import { t } from '../services/i18n/main-language'

/**
 * The photo check report of a finished photo: one PDF page (services/report), saved where the photos are saved,
 * under the photos' own naming, or printed through the same OS print path as the sheets (core.host.printer), at
 * true size with scaling off.
 */
export function createPhotoReportHandlers(deps: {
  core: Core
  queue: JobQueue
  mustJob: (jobId: string) => Promise<JobRecord>
  requirementsFor: (specCode: string) => Promise<SpecRequirements>
  appCheck: AppCheck
  outputFolder: () => Promise<string | null>
}): PartialRegistry<'photos:save-report' | 'photos:print-report'> {
  const { core } = deps

  /** Everything the page needs: the final photo, the spec, the app's measurement, the service's issues. */
  const reportFor = async (jobId: string) => {
    const job = await deps.mustJob(jobId)
    const photo = await deps.queue.finalPhotoFor(jobId)
    if (photo === null) {
      throw job.watermarked && !job.unlocked
        ? new AppError('CONFIRMATION_REQUIRED', t('jobs.error.stillPreviewReport'))
        : purgedError(job)
    }
    const requirements = await deps.requirementsFor(job.specCode)
    // A job made before the app measured photos has no check yet: it is measured now, as it would have been.
    const check =
      job.appCheck?.status === 'measured' ? job.appCheck : await deps.appCheck(photo, requirements)
    if (check.status !== 'measured') {
      throw new AppError(
        'FACE_CHECK_UNAVAILABLE',
        t('jobs.check.noMeasurement', { message: check.message ?? t('jobs.check.couldNotMeasure') })
      )
    }
    const paper = reportPaper()
    const input = {
      photo,
      requirements,
      check: asPostCheck(check),
      serviceIssues: job.issues ?? [],
      studioName: core.currentSettings().studio.name,
      date: new Date(check.at),
      ...(job.customer ? { customer: job.customer } : {}),
      paper: paper.name
    }
    return { job, input, paper, pdf: await renderCheckReport(input) }
  }

  return {
    'photos:save-report': async ({ jobId }) => {
      const { job, pdf } = await reportFor(jobId)
      const folder = await deps.outputFolder()
      if (folder === null) return { path: null }
      const name = saveFileName({
        customer: job.customer,
        specCode: job.specCode,
        kind: 'check-report',
        date: job.createdAt,
        extension: 'pdf'
      })
      return { path: await saveNoClobber(folder, name, pdf) }
    },
    'photos:print-report': async ({ jobId, printerName }) => {
      const { job, input, paper, pdf } = await reportFor(jobId)
      const outcome = await core.host.printer.print({
        pdf,
        widthMm: paper.widthMm,
        heightMm: paper.heightMm,
        ...(printerName ? { printerName } : {}),
        title: `${job.customer ? `${job.customer} · ` : ''}${job.specName ?? job.specCode} · check report`,
        borderless: false,
        image: async () => ({ bytes: await renderCheckReportImage(input), mime: 'image/png' })
      })
      return {
        printed: outcome.printed,
        printerName: printerName ?? null,
        path: outcome.path.label,
        note: outcome.note ?? null
      }
    }
  }
}

/** The kept measurement as the report reads it (its overlay is for the screen only). */
function asPostCheck(check: AppCheckView): PostCheck {
  return {
    source: 'app-measurement',
    verdict: check.verdict,
    specHasNumbers: check.specHasNumbers,
    specConflict: check.specConflict,
    criteria: check.criteria,
    overlay: check.overlay ?? { width: 0, height: 0, lines: [], bands: [] },
    crownMethod: check.crownMethod
  }
}
