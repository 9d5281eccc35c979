import { useT } from '../lib/i18n'

/** A readable error with an optional action, announced to screen readers. */
export function ErrorBanner(props: {
  message: string | null
  onDismiss?: () => void
  action?: { label: string; run: () => void }
}) {
  const { t } = useT()
  if (!props.message) return null
  return (
    <div className="banner banner-error" role="alert">
      <span>{props.message}</span>
      {props.action && (
        <button type="button" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
      {props.onDismiss && (
        <button type="button" className="link" onClick={props.onDismiss} aria-label={t('app.dismiss')}>
          ×
        </button>
      )}
    </div>
  )
}
