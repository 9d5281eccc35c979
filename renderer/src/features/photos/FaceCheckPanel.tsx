import type { FindingView, JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

/** How each finding weighs on this job, in words (never by colour alone). */
function weight(job: JobView, finding: FindingView): string {
  if (finding.kind === 'refusal') return 'Not sent'
  if (job.faceCheck?.hold?.warnings.includes(finding.code)) return 'Holds the photo'
  if (job.sentAnyway?.warnings.includes(finding.code)) return 'Sent anyway'
  return 'Shown only'
}

/** "left", "middle", "right" for a face, so the operator can tell them apart without the numbers too. */
function whereIs(box: { left: number; width: number }, width: number): string {
  const centre = (box.left + box.width / 2) / width
  return centre < 0.4 ? 'on the left' : centre > 0.6 ? 'on the right' : 'in the middle'
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
      <h3 id={`face-check-${job.id}`}>Face check before sending</h3>
      {held && (
        <p className="banner banner-warn face-check-held">
          Held: this photo has not been sent and no quota was used.
        </p>
      )}
      {check.unchecked && (
        <p className="banner banner-warn">The face was not checked. {check.message ?? ''}</p>
      )}
      {!check.unchecked && check.findings.length === 0 && (
        <p className="muted">One face, and nothing to point out.</p>
      )}
      {check.findings.length > 0 && (
        <ul className="findings" aria-label="Face check findings">
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
        <div className="row face-pick" role="group" aria-label="Pick the customer’s face">
          {faces.map((box, index) => (
            <button
              key={index}
              type="button"
              disabled={props.busy}
              onClick={() =>
                void act(
                  () => call('photos:pick-face', { jobId: job.id, face: index }),
                  `Face ${index + 1} picked: the photo is cropped to it and checked again.`
                )
              }
            >
              Use face {index + 1} ({whereIs(box, width)})
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
                void act(
                  () => call('photos:send-anyway', { jobId: job.id }),
                  'Sent anyway: your decision is recorded on the job.'
                )
              }
            >
              Send anyway
            </button>
          )}
          <button
            type="button"
            disabled={props.busy}
            onClick={() =>
              void act(() => call('photos:cancel', { jobId: job.id }), 'Not sent. No quota was used.')
            }
          >
            Don’t send
          </button>
          {job.canSendAnyway && (
            <span className="muted">Send anyway uses one photo from the quota, as any photo does.</span>
          )}
        </div>
      )}
      {job.faceChoice && (
        <p className="muted">
          Cropped to face {job.faceChoice.index + 1}, picked at {TIME.format(job.faceChoice.at)}.
        </p>
      )}
      {job.sentAnyway && (
        <p className="muted sent-anyway">
          Sent anyway at {TIME.format(job.sentAnyway.at)} by the operator’s decision
          {describeAccepted(job)}.
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
  if (accepted.unchecked) words.push('the face not checked')
  return words.length > 0 ? `, despite: ${words.join('; ')}` : ''
}
