/** The environment the viewer talks to, large on this screen; production is in the production colour. */
export function EnvironmentBar(props: { environment: 'demo' | 'sandbox' | 'production' }) {
  const { environment } = props
  const text =
    environment === 'production'
      ? 'PRODUCTION: real people’s identity documents. Every view and export is audited.'
      : environment === 'sandbox'
        ? 'Sandbox: ID.me test environment.'
        : 'Demo: simulated service with a specimen document; nothing leaves this computer.'
  return (
    <div className={`doc-env doc-env-${environment}`} data-testid="documents-environment">
      <strong>
        {environment === 'production' ? 'PRODUCTION' : environment === 'sandbox' ? 'Sandbox' : 'Demo'}
      </strong>
      <span>{text}</span>
    </div>
  )
}
