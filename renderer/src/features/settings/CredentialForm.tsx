import { useState } from 'react'
import { useT } from '../../lib/i18n'

/**
 * Enter, replace or delete one credential. The fields are write-only: the app never shows a saved secret,
 * it only says whether one is saved.
 */
export function CredentialForm(props: {
  title: string
  configured: boolean
  fields: { name: string; label: string }[]
  onSave: (values: Record<string, string>) => Promise<void>
  onDelete: () => Promise<void>
}) {
  const { t } = useT()
  const [values, setValues] = useState<Record<string, string>>({})
  const complete = props.fields.every((f) => (values[f.name] ?? '').trim() !== '')
  return (
    <form
      className="credential"
      onSubmit={(e) => {
        e.preventDefault()
        // The fields are emptied at once: a secret never stays in the window after it was handed to main,
        // even if saving fails (the error says so, and the person types it again).
        const submitted = values
        setValues({})
        void props.onSave(submitted)
      }}
    >
      <h3>
        {props.title}{' '}
        <span className={props.configured ? 'pill pill-ok' : 'pill'}>
          {props.configured ? t('settingsUi.cred.saved') : t('settingsUi.cred.notSet')}
        </span>
      </h3>
      {props.fields.map((f) => (
        <label key={f.name}>
          {f.label}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={values[f.name] ?? ''}
            onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
          />
        </label>
      ))}
      <div className="row">
        <button type="submit" disabled={!complete}>
          {props.configured ? t('settingsUi.cred.replace') : t('settingsUi.cred.save')}
        </button>
        {props.configured && (
          <button type="button" className="danger" onClick={() => void props.onDelete()}>
            {t('settingsUi.cred.delete')}
          </button>
        )}
      </div>
    </form>
  )
}
