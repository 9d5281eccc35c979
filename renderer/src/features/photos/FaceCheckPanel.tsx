import type { FindingView, JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { translateNow, useT } from '../../lib/i18n'

/** How each finding weighs on this job, in words (never by colour alone). */
function weight(job: JobView, finding: FindingView): string {
  const weight =
    finding.kind === 'refusal'
      ? 'refusal'
      : job.faceCheck?.hold?.warnings.includes(finding.code)
        ? 'holds'
        : job.sentAnyway?.warnings.includes(finding.code)
          ? 'sentAnyway'
          : 'shown'
  return translateNow('photos.face.weight', { weight })
}

/** "left", "middle", "right" for a face, so the operator can tell them apart without the numbers too. */
function whereIs(box: { left: number; width: number }, width: number): string {
  const centre = (box.left + box.width / 2) / width
  return translateNow('photos.face.where', {
    where: centre < 0.4 ? 'left' : centre > 0.6 ? 'right' : 'middle'
  })
}

/**
 * What the local face check found on the photo as it would be sent, before any quota: each finding in plain words
 * with what to do, and, for a held job, the operator's decision: "Send anyway" (one click, recorded on the job),
 * one face among several, or "Don't send". Every action is a button, so the keyboard reaches it.
 */
export function FaceCheckPanel(props: {
  job: JobView
  busy: boolean
  /** Runs an action and shows its error, if any. */
  run: (work: () => Promise<string | null>) => Promise<void>
  onJob: (job: JobView) => void
}) {
  const { t, dateTime } = useT()
  const { job } = props
  const check = job.faceCheck
  if (!check) return null
  const held = job.state === 'held'
  const act = (work: () => Promise<JobView>, said: string) =>
    props.run(async () => {
      props.onJob(await work())
      return said
    })
  const faces = check.findings.find((f) => f.code === 'MULTIPLE_FACES')?.faces ?? []
  const width = check.overlay?.width ?? 1
  return (
    <section className="face-check" aria-labelledby={`face-check-${job.id}`}>
      <h3 id={`face-check-${job.id}`}>{t('photos.face.title')}</h3>
      {held && <p className="banner banner-warn face-check-held">{t('photos.face.held')}</p>}
      {check.unchecked && (
        <p className="banner banner-warn">{t('photos.face.unchecked', { message: check.message ?? '' })}</p>
      )}
      {!check.unchecked && check.findings.length === 0 && <p className="muted">{t('photos.face.nothing')}</p>}
      {check.findings.length > 0 && (
        <ul className="findings" aria-label={t('photos.face.findings')}>
          {check.findings.map((finding) => (
            <li key={finding.code} data-kind={finding.kind}>
              <span className={finding.kind === 'refusal' ? 'pill pill-err' : 'pill pill-warn'}>
                {weight(job, finding)}
              </span>{' '}
              <strong>{finding.message}</strong> <span>{finding.advice}</span>
            </li>
          ))}
        </ul>
      )}
      {held && job.canPickFace && faces.length > 0 && (
        <div className="row face-pick" role="group" aria-label={t('photos.face.pickGroup')}>
          {faces.map((box, index) => (
            <button
              key={index}
              type="button"
              disabled={props.busy}
              onClick={() =>
                void act(
                  () => call('photos:pick-face', { jobId: job.id, face: index }),
                  t('photos.face.picked', { number: index + 1 })
                )
              }
            >
              {t('photos.face.use', { number: index + 1, where: whereIs(box, width) })}
            </button>
          ))}
        </div>
      )}
      {held && (
        <div className="row face-decision">
          {job.canSendAnyway && (
            <button
              type="button"
              className="primary"
              disabled={props.busy}
              onClick={() =>
                void act(() => call('photos:send-anyway', { jobId: job.id }), t('photos.face.sentAnywaySaid'))
              }
            >
              {t('photos.face.sendAnyway')}
            </button>
          )}
          <button
            type="button"
            disabled={props.busy}
            onClick={() => void act(() => call('photos:cancel', { jobId: job.id }), t('photos.face.notSent'))}
          >
            {t('photos.face.dontSend')}
          </button>
          {job.canSendAnyway && <span className="muted">{t('photos.face.quotaNote')}</span>}
        </div>
      )}
      {job.faceChoice && (
        <p className="muted">
          {t('photos.face.cropped', {
            number: job.faceChoice.index + 1,
            time: dateTime(job.faceChoice.at, { timeStyle: 'short' })
          })}
        </p>
      )}
      {job.sentAnyway && (
        <p className="muted sent-anyway">
          {t('photos.face.sentAnywayAt', {
            time: dateTime(job.sentAnyway.at, { timeStyle: 'short' }),
            despite: describeAccepted(job)
          })}
        </p>
      )}
    </section>
  )
}

function describeAccepted(job: JobView): string {
  const accepted = job.sentAnyway
  if (!accepted) return ''
  const words = (job.faceCheck?.findings ?? [])
    .filter((f) => accepted.warnings.includes(f.code))
    .map((f) => f.message.replace(/\.$/, '').toLowerCase())
  if (accepted.unchecked) words.push(translateNow('photos.face.notCheckedWords'))
  return words.length > 0 ? translateNow('photos.face.despite', { words: words.join('; ') }) : ''
}
