import { useId, useState, type FormEvent } from 'react'
import { accessTokenError, documentTokenError } from './token-rules'

/**
 * The two ways to get document tokens: paste an access token (the app asks ID.me for the attributes), or
 * paste the front and/or back token. Fields are cleared once main has the tokens: they live in main's memory.
 */
export function TokenEntry(props: {
  idleMinutes: number
  onAccessToken: (accessToken: string) => Promise<boolean>
  onDocumentTokens: (tokens: { front?: string; back?: string }) => Promise<boolean>
}) {
  const id = useId()
  const [accessToken, setAccessToken] = useState('')
  const [front, setFront] = useState('')
  const [back, setBack] = useState('')
  const [errors, setErrors] = useState<{ access?: string; front?: string; back?: string; pair?: string }>({})
  const [busy, setBusy] = useState(false)

  const submitAccess = async (event: FormEvent) => {
    event.preventDefault()
    const access = accessTokenError(accessToken)
    setErrors(access === null ? {} : { access })
    if (access !== null) return
    setBusy(true)
    if (await props.onAccessToken(accessToken.trim())) setAccessToken('')
    setBusy(false)
  }

  const submitDocuments = async (event: FormEvent) => {
    event.preventDefault()
    const next: typeof errors = {}
    const frontError = documentTokenError(front)
    const backError = documentTokenError(back)
    if (frontError !== null) next.front = frontError
    if (backError !== null) next.back = backError
    if (front.trim() === '' && back.trim() === '') next.pair = 'Paste a front or a back document token.'
    setErrors(next)
    if (Object.keys(next).length > 0) return
    setBusy(true)
    const tokens = {
      ...(front.trim() === '' ? {} : { front: front.trim() }),
      ...(back.trim() === '' ? {} : { back: back.trim() })
    }
    if (await props.onDocumentTokens(tokens)) {
      setFront('')
      setBack('')
    }
    setBusy(false)
  }

  const field = (
    key: 'access' | 'front' | 'back',
    label: string,
    value: string,
    set: (value: string) => void
  ) => (
    <div className="doc-token-field">
      <label>
        {label}
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={errors[key] !== undefined}
          aria-describedby={errors[key] !== undefined ? `${id}-${key}` : undefined}
          onChange={(e) => {
            set(e.target.value)
            if (errors[key] !== undefined || errors.pair !== undefined) setErrors({})
          }}
        />
      </label>
      {errors[key] !== undefined && (
        <p className="doc-field-error" id={`${id}-${key}`}>
          {errors[key]}
        </p>
      )}
    </div>
  )

  return (
    <section className="panel doc-tokens" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Document tokens</h2>
      <p className="muted">
        Each attributes call gives new front and back tokens that work only for that call; an older token may
        be refused. Tokens are kept in this app’s memory only, never saved to disk, and cleared with the
        images (Clear now, or after {props.idleMinutes} minutes without activity).
      </p>
      <div className="doc-token-forms">
        <form onSubmit={(e) => void submitAccess(e)} aria-label="Get tokens with an access token">
          <h3>With an access token</h3>
          {field('access', 'Access token', accessToken, setAccessToken)}
          <button type="submit" className="primary" disabled={busy}>
            Get tokens
          </button>
        </form>
        <form onSubmit={(e) => void submitDocuments(e)} aria-label="Paste document tokens">
          <h3>Or paste document tokens</h3>
          {field('front', 'Front document token', front, setFront)}
          {field('back', 'Back document token', back, setBack)}
          {errors.pair !== undefined && <p className="doc-field-error">{errors.pair}</p>}
          <button type="submit" disabled={busy}>
            Use these tokens
          </button>
        </form>
      </div>
    </section>
  )
}
