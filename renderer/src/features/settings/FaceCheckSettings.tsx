import { useState } from 'react'
import { DEFAULT_HOLDS, WARNING_CODES, type WarningCode } from '../../../../electron/shared/face-codes'
import { call, messageOf } from '../../lib/studio'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import './face-check-settings.css'

/** Each warning of the face check, as the counter reads it. */
const WARNING_LABELS: Record<WarningCode, string> = {
  HEAD_TOO_SMALL: 'Head too small for the spec (too far away, or too few pixels)',
  CROWN_CUT_OFF: 'Top of the head cut off',
  CHIN_CUT_OFF: 'Chin cut off',
  NO_ROOM_BELOW_CHIN: 'No room below the chin for the shoulders',
  TOO_CLOSE_TO_SIDE: 'Head too close to the side of the photo',
  HEAD_TILTED: 'Head tilted towards a shoulder',
  HEAD_TURNED: 'Head turned to the side',
  HEAD_UP_OR_DOWN: 'Chin raised or lowered',
  EYES_CLOSED: 'Eyes closed',
  MOUTH_OPEN: 'Mouth open (teeth or a smile)',
  FACE_BLURRED: 'Face blurred',
  FACE_TOO_DARK: 'Face too dark',
  FACE_TOO_BRIGHT: 'Face too bright',
  FACE_UNEVEN_LIGHT: 'Face unevenly lit',
  GREYSCALE_PHOTO: 'Black and white photo for a colour spec'
}

/**
 * Settings → Face checks: which warnings of the check before sending hold a photo for the operator's decision
 * ("Send anyway" or not), and which are only shown; each with its default. No face, or several faces, always hold
 * a photo. And the studio's name, printed on check reports.
 */
export function FaceCheckSettings() {
  const { settings, reload } = useAppState()
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [studio, setStudio] = useState(settings.studio.name)
  const holds = settings.faceChecks.hold

  const save = async (patch: Parameters<typeof call<'settings:update'>>[1], said: string) => {
    setError(null)
    setNotice(null)
    try {
      await call('settings:update', patch)
      await reload()
      setNotice(said)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const changed = WARNING_CODES.filter((code) => holds[code] !== DEFAULT_HOLDS[code])
  return (
    <section aria-labelledby="face-checks-heading">
      <h2 id="face-checks-heading">Face checks before sending</h2>
      <p className="muted">
        Each photo is checked on this computer before any quota is used. No face, or more than one face,
        always holds it. Choose which warnings also hold it for your decision (“Send anyway” or not); the
        others are shown on the job and the photo goes on.
      </p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      <fieldset className="face-check-holds">
        <legend>Hold the photo for my decision when…</legend>
        {WARNING_CODES.map((code) => (
          <label key={code} className="inline face-check-hold">
            <input
              type="checkbox"
              checked={holds[code]}
              onChange={(e) =>
                void save(
                  { faceChecks: { hold: { [code]: e.target.checked } } },
                  `${WARNING_LABELS[code]}: ${e.target.checked ? 'holds the photo' : 'shown only'}.`
                )
              }
            />
            {WARNING_LABELS[code]}
            <span className="muted"> (default: {DEFAULT_HOLDS[code] ? 'holds' : 'shown only'})</span>
          </label>
        ))}
      </fieldset>
      <p>
        <button
          type="button"
          disabled={changed.length === 0}
          onClick={() =>
            void save(
              { faceChecks: { hold: { ...DEFAULT_HOLDS } } },
              'Face checks are back to their defaults.'
            )
          }
        >
          Use the defaults
        </button>
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          void save({ studio: { name: studio.trim() } }, 'Studio name saved.')
        }}
      >
        <label>
          Studio name on check reports
          <input value={studio} maxLength={120} onChange={(e) => setStudio(e.target.value)} />
        </label>
        <button type="submit" disabled={studio.trim() === settings.studio.name}>
          Save name
        </button>
      </form>
    </section>
  )
}
