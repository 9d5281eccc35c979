import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useAppState } from '../../app/app-state'
import { hasResultPhoto, isSavable, jobTitle, stateLabel } from './job-labels'
import { IssueList } from './IssueList'
import { SheetList } from './SheetList'
import { useJobImage } from './use-job-image'
import { ZoomablePhoto } from './ZoomablePhoto'
import { useRovingButtons } from '../../lib/roving'

/** The selected job: its photo at true size, codes, issues, the watermark unlock, and saving. */
export function ResultView(props: { job: JobView; onJob: (job: JobView) => void }) {
  const { job } = props
  const { printJob } = useAppState()
  const result = job.result
  const made = hasResultPhoto(job)
  const locked = result !== null && result.watermarked && !result.unlocked
  const [view, setView] = useState<'result' | 'source'>('result')
  const showing = made ? view : 'source'
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const whichKeys = useRovingButtons<HTMLDivElement>()

  const request = job.photosPurged
    ? null
    : showing === 'source'
      ? ({ jobId: job.id, kind: 'source' } as const)
      : ({ jobId: job.id, kind: result?.watermarked && result.unlocked ? 'final' : 'result' } as const)
  const { image, error: imageError } = useJobImage(request)

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setNotice(await work())
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const unlock = () =>
    run(async () => {
      props.onJob(await call('photos:unlock', { jobId: job.id }))
      return 'Final photo unlocked: it can now be saved and printed.'
    })
  const save = (what: 'photo' | 'sheet', key?: string) =>
    run(async () => {
      const saved = await call('photos:save', key ? { jobId: job.id, what, key } : { jobId: job.id, what })
      return saved.path === null ? null : `Saved to ${saved.path}`
    })
  const copyCode = (code: string) =>
    run(async () => {
      await navigator.clipboard.writeText(code)
      return `Copied photo code ${code}.`
    })

  const title = jobTitle(job)
  return (
    <section className="result-view" aria-label="Result">
      <h2>{title}</h2>
      <p className="muted">
        {stateLabel(job.state)} ·{' '}
        {job.mode !== 'watermark' ? 'Direct' : result?.unlocked ? 'Unlocked' : 'Watermark preview'}
      </p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      {job.state === 'failed' && job.error && <p className="banner banner-error">{job.error.message}</p>}
      {locked && made && (
        <p className="banner banner-warn preview-banner" role="note">
          PREVIEW — watermarked. Unlock the final photo once the customer has paid.
        </p>
      )}
      {job.photosPurged ? (
        <p className="muted">
          The photos of this job were deleted by the retention setting. The entry is kept.
        </p>
      ) : (
        <>
          {made && (
            <div
              className="row"
              role="toolbar"
              aria-label="Which photo"
              ref={whichKeys.ref}
              onKeyDown={whichKeys.onKeyDown}
              onFocus={whichKeys.onFocus}
            >
              <button type="button" aria-pressed={showing === 'result'} onClick={() => setView('result')}>
                ID photo
              </button>
              <button type="button" aria-pressed={showing === 'source'} onClick={() => setView('source')}>
                Original photo
              </button>
            </div>
          )}
          {imageError && <p className="muted">{imageError}</p>}
          {image && (
            <ZoomablePhoto
              key={`${job.id}-${showing}`}
              image={image}
              alt={showing === 'source' ? `Original photo of ${title}` : `ID photo of ${title}`}
              {...(showing === 'result' && locked ? { marker: 'PREVIEW' } : {})}
            />
          )}
        </>
      )}
      {result && !made && !job.photosPurged && (
        <p className="banner banner-warn">
          The service could not make a photo from this picture. Check the points below, take the photo again,
          and add it.
        </p>
      )}
      {result && <IssueList issues={result.issues} />}
      {result && made && (
        <>
          <dl className="result-facts">
            <dt>Photo ID</dt>
            <dd>
              <code>{result.photoUuid ?? '—'}</code>
            </dd>
            {result.idPhotoCode && (
              <>
                <dt>UK photo code</dt>
                <dd>
                  <code>{result.idPhotoCode}</code>{' '}
                  <button type="button" onClick={() => void copyCode(result.idPhotoCode ?? '')}>
                    Copy code
                  </button>
                </dd>
              </>
            )}
          </dl>
          <div className="row result-actions">
            {locked && (
              <button
                type="button"
                className="primary"
                data-command="photos:unlock"
                disabled={busy}
                onClick={() => void unlock()}
              >
                Unlock final photo
              </button>
            )}
            <button
              type="button"
              data-command="photos:save"
              disabled={busy || !isSavable(job)}
              onClick={() => void save('photo')}
            >
              Save photo
            </button>
            <button
              type="button"
              data-command="photos:print"
              disabled={busy || !isSavable(job)}
              onClick={() => printJob(job.id)}
            >
              Print…
            </button>
          </div>
          <p className="muted">
            {isSavable(job)
              ? 'Print… opens a print sheet with this photo at its exact size.'
              : 'Saving and printing open up after “Unlock final photo”.'}
            {job.savedTo && ` Last saved to ${job.savedTo}.`}
          </p>
          <SheetList job={job} savable={isSavable(job)} onSave={(key) => void save('sheet', key)} />
        </>
      )}
    </section>
  )
}
