import { useT } from '../../lib/i18n'
/** The environment the viewer talks to, large on this screen; production is in the production colour. */
export function EnvironmentBar(props: { environment: 'demo' | 'sandbox' | 'production' }) {
  const { t } = useT()
  const { environment } = props
  return (
    <div className={`doc-env doc-env-${environment}`} data-testid="documents-environment">
      <strong>{t('documents.environment.badge', { environment })}</strong>
      <span>{t('documents.environment.text', { environment })}</span>
    </div>
  )
}
