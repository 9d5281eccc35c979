import { useId, useState, type FormEvent } from 'react'
import { accessTokenError, documentTokenError } from './token-rules'
import { useT } from '../../lib/i18n'
import type { MessageRef } from '../../../../electron/shared/i18n/translate'

/**
 * The two ways to get document tokens: paste an access token (the app asks ID.me for the attributes), or
 * paste the front and/or back token. Fields are cleared once main has the tokens: they live in main's memory.
 */
export function TokenEntry(props: {
  idleMinutes: number
  onAccessToken: (accessToken: string) => Promise<boolean>
  onDocumentTokens: (tokens: { front?: string; back?: string }) => Promise<boolean>
}) {
  const { t } = useT()
  const id = useId()
  const [accessToken, setAccessToken] = useState('')
  const [front, setFront] = useState('')
  const [back, setBack] = useState('')
  const [errors, setErrors] = useState<{
    access?: MessageRef
    front?: MessageRef
    back?: MessageRef
    pair?: MessageRef
  }>({})
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
    if (front.trim() === '' && back.trim() === '') next.pair = { id: 'documents.token.error.pair' }
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
          {t(errors[key].id, errors[key].values)}
        </p>
      )}
    </div>
  )

  return (
    <section className="panel doc-tokens" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('documents.tokens.title')}</h2>
      <p className="muted">{t('documents.tokens.intro', { minutes: props.idleMinutes })}</p>
      <div className="doc-token-forms">
        <form onSubmit={(e) => void submitAccess(e)} aria-label={t('documents.tokens.accessForm')}>
          <h3>{t('documents.tokens.accessTitle')}</h3>
          {field('access', t('documents.tokens.accessLabel'), accessToken, setAccessToken)}
          <button type="submit" className="primary" disabled={busy}>
            {t('documents.tokens.get')}
          </button>
        </form>
        <form onSubmit={(e) => void submitDocuments(e)} aria-label={t('documents.tokens.pasteForm')}>
          <h3>{t('documents.tokens.pasteTitle')}</h3>
          {field('front', t('documents.tokens.frontLabel'), front, setFront)}
          {field('back', t('documents.tokens.backLabel'), back, setBack)}
          {errors.pair !== undefined && <p className="doc-field-error">{t(errors.pair.id)}</p>}
          <button type="submit" disabled={busy}>
            {t('documents.tokens.use')}
          </button>
        </form>
      </div>
    </section>
  )
}
