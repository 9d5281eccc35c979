import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useAppState } from '../../app/app-state'
import { CriteriaPanel } from './CriteriaPanel'
import { FaceCheckPanel } from './FaceCheckPanel'
import { hasResultPhoto, isSavable, jobTitle, stateLabel } from './job-labels'
import { IssueList } from './IssueList'
import { FaceCheckMarks, MeasureMarks } from './PhotoOverlay'
import { ReportActions } from './ReportActions'
import { ResultActions } from './ResultActions'
import { SheetList } from './SheetList'
import { useJobImage } from './use-job-image'
import { ZoomablePhoto } from './ZoomablePhoto'
import { useRovingButtons } from '../../lib/roving'
import './face-check.css'
import { useT } from '../../lib/i18n'

type View = 'result' | 'checked' | 'source'

/**
 * The selected job: its photo at true size, the face check before sending (with the operator's decision for a
 * held job), the service's issues, the app's own measurement of the result, codes, the watermark unlock, saving,
 * and the check report.
 */
export function ResultView(props: { job: JobView; onJob: (job: JobView) => void }) {
  const { t, dateTime } = useT()
  const { job } = props
  const { printJob } = useAppState()
  const result = job.result
  const made = hasResultPhoto(job)
  const locked = result !== null && result.watermarked && !result.unlocked
  const checked = job.faceCheck !== null
  const views: View[] = [
    ...(made ? ['result' as const] : []),
    ...(checked ? ['checked' as const] : []),
    'source'
  ]
  const [view, setView] = useState<View | null>(null)
  const showing: View = view !== null && views.includes(view) ? view : (views[0] ?? 'source')
  const [faceMarks, setFaceMarks] = useState(true)
  const [measureMarks, setMeasureMarks] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const whichKeys = useRovingButtons<HTMLDivElement>()

  const kind = showing === 'result' ? (result?.watermarked && result.unlocked ? 'final' : 'result') : showing
  const { image, error: imageError } = useJobImage(job.photosPurged ? null : { jobId: job.id, kind })

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
      return t('photos.result.unlocked')
    })
  const saveSheet = (key: string) =>
    run(async () => {
      const saved = await call('photos:save', { jobId: job.id, what: 'sheet', key })
      return saved.path === null ? null : t('photos.result.savedTo', { path: saved.path })
    })
  const copyCode = (code: string) =>
    run(async () => {
      await navigator.clipboard.writeText(code)
      return t('photos.result.copied', { code })
    })

  const title = jobTitle(job)
  const alt = t('photos.result.alt', { view: showing, title })
  const overlay =
    showing === 'checked' && faceMarks && job.faceCheck?.overlay ? (
      <FaceCheckMarks overlay={job.faceCheck.overlay} />
    ) : showing === 'result' && measureMarks && job.appCheck?.overlay ? (
      <MeasureMarks overlay={job.appCheck.overlay} />
    ) : undefined
  const appFailed = job.state === 'needs-attention' && job.appCheck?.verdict === 'fail'
  return (
    <section className="result-view" aria-label={t('photos.result.region')}>
      <div className="result-head">
        {/* Focus comes here when the current job finishes (PhotosScreen), so the heading takes it. */}
        <h2 id="result-heading" tabIndex={-1}>
          {title}
        </h2>
        <p className="muted">
          {stateLabel(job.state)} ·{' '}
          {t('photos.result.mode', {
            mode: job.mode !== 'watermark' ? 'direct' : result?.unlocked ? 'unlocked' : 'preview'
          })}
          {job.attentionAccepted &&
            t('photos.result.confirmedAt', {
              time: dateTime(job.attentionAccepted.at, { timeStyle: 'medium' })
            })}
        </p>
        {result && made && (
          <ResultActions
            job={job}
            busy={busy}
            locked={locked}
            run={run}
            onJob={props.onJob}
            onUnlock={() => void unlock()}
            onPrint={printJob}
          />
        )}
      </div>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      {job.state === 'failed' && job.error && <p className="banner banner-error">{job.error.message}</p>}
      {appFailed && <p className="banner banner-error">{t('photos.result.appFailed')}</p>}
      {locked && made && (
        <p className="banner banner-warn preview-banner" role="note">
          {t('photos.result.previewBanner')}
        </p>
      )}
      {job.photosPurged ? (
        <p className="muted">{t('photos.result.purged')}</p>
      ) : (
        <>
          {views.length > 1 && (
            <div
              className="row"
              role="toolbar"
              aria-label={t('photos.result.which')}
              ref={whichKeys.ref}
              onKeyDown={whichKeys.onKeyDown}
              onFocus={whichKeys.onFocus}
            >
              {views.map((v) => (
                <button key={v} type="button" aria-pressed={showing === v} onClick={() => setView(v)}>
                  {t('photos.result.view', { view: v })}
                </button>
              ))}
            </div>
          )}
          {imageError && <p className="muted">{imageError}</p>}
          {image && (
            <ZoomablePhoto
              key={`${job.id}-${showing}`}
              image={image}
              alt={alt}
              {...(showing === 'result' && locked ? { marker: t('photos.result.marker') } : {})}
              {...(overlay ? { overlay } : {})}
            />
          )}
          {showing === 'checked' && job.faceCheck?.overlay && (
            <div className="row face-marks">
              <button type="button" aria-pressed={faceMarks} onClick={() => setFaceMarks((on) => !on)}>
                {t('photos.result.faceMarks')}
              </button>
              {faceMarks && (
                <span className="muted">
                  {t('photos.result.faceMarksKey', { faces: job.faceCheck.overlay.faces.length })}
                </span>
              )}
            </div>
          )}
        </>
      )}
      <FaceCheckPanel job={job} busy={busy} run={run} onJob={props.onJob} />
      {result && !made && !job.photosPurged && (
        <p className="banner banner-warn">{t('photos.result.noPhoto')}</p>
      )}
      {result && <IssueList issues={result.issues} />}
      {made && job.appCheck && (
        <CriteriaPanel
          check={job.appCheck}
          marks={
            job.appCheck.overlay
              ? {
                  shown: measureMarks && showing === 'result',
                  toggle: () => {
                    setView('result')
                    setMeasureMarks((on) => !(on && showing === 'result'))
                  }
                }
              : null
          }
        />
      )}
      {result && made && (
        <>
          <dl className="result-facts">
            <dt>{t('photos.result.photoId')}</dt>
            <dd>
              <code>{result.photoUuid ?? '—'}</code>
            </dd>
            {result.idPhotoCode && (
              <>
                <dt>{t('photos.result.ukCode')}</dt>
                <dd>
                  <code>{result.idPhotoCode}</code>{' '}
                  <button type="button" onClick={() => void copyCode(result.idPhotoCode ?? '')}>
                    {t('photos.result.copy')}
                  </button>
                </dd>
              </>
            )}
          </dl>
          <p className="muted">
            {isSavable(job) ? t('photos.result.printHint') : t('photos.result.unlockHint')}
            {job.savedTo && t('photos.result.lastSaved', { path: job.savedTo })}
          </p>
          {isSavable(job) && <ReportActions job={job} busy={busy} run={run} />}
          <SheetList job={job} savable={isSavable(job)} onSave={(key) => void saveSheet(key)} />
        </>
      )}
    </section>
  )
}
