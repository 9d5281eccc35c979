import { useT } from '../lib/i18n'

/** Says plainly that the simulated service answers, never the real one. */
export function DemoBadge(props: { what?: 'passportPhoto' | 'documents' }) {
  const { t } = useT()
  const text =
    props.what === 'passportPhoto'
      ? t('app.badge.demoPassportPhoto')
      : props.what === 'documents'
        ? t('app.badge.demoDocuments')
        : t('app.badge.demo')
  return (
    <span className="badge badge-demo" title={t('app.badge.demoTitle')}>
      {text}
    </span>
  )
}
