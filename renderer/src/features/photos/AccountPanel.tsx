import { useCallback, useEffect, useState } from 'react'
import type { AccountView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { DemoBadge } from '../../components/DemoBadge'

/** The API reports Unix seconds; accept milliseconds too, so a conversion on either side cannot show 1970. */
function when(time: number | null): string {
  if (time === null) return '—'
  return new Date(time).toLocaleDateString()
}

function QuotaBar(props: { label: string; quota: { total: number; remaining: number } | null }) {
  if (props.quota === null) {
    return (
      <p>
        {props.label}: <span className="muted">not reported</span>
      </p>
    )
  }
  const { total, remaining } = props.quota
  return (
    <div className="quota">
      <span>
        {props.label}: {remaining} of {total} left
      </span>
      <meter
        min={0}
        max={Math.max(total, 1)}
        low={Math.max(total, 1) * 0.2}
        optimum={total}
        value={remaining}
        aria-label={`${props.label} remaining`}
      />
    </div>
  )
}

/** The Passport Photo account: region health, status, trial, subscription and quotas; refreshed after each job. */
export function AccountPanel(props: { refreshKey: number }) {
  const [account, setAccount] = useState<AccountView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      setAccount(await call('account:status'))
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }, [])

  useEffect(() => void refresh(), [refresh, props.refreshKey])
  useStudioEvent('account:changed', () => void refresh())

  return (
    <section className="panel account" aria-label="Account">
      <h2>
        Account {account?.demo && <DemoBadge />}{' '}
        <button type="button" className="link" onClick={() => void refresh()} aria-label="Refresh account">
          ↻
        </button>
      </h2>
      {error && <p role="alert">{error}</p>}
      {account === null ? (
        !error && <p className="muted">Checking the account…</p>
      ) : (
        <>
          {account.warning && (
            <p className="banner banner-warn" role="alert">
              {account.warning}
            </p>
          )}
          {account.error && <p className="banner banner-error">{account.error.message}</p>}
          <dl className="account-facts">
            <dt>Region</dt>
            <dd>{account.region}</dd>
            <dt>Health</dt>
            <dd>
              <span
                className={
                  account.health === 'GOOD'
                    ? 'pill pill-ok'
                    : account.health === 'DOWN'
                      ? 'pill pill-err'
                      : 'pill'
                }
              >
                {account.health === 'GOOD' ? 'Good' : account.health === 'DOWN' ? 'Down' : 'Unknown'}
              </span>{' '}
              {account.healthMessage && <span className="muted">{account.healthMessage}</span>}
            </dd>
            <dt>Account</dt>
            <dd>{account.accountStatus ?? '—'}</dd>
            <dt>Trial ends</dt>
            <dd>{when(account.freeTrialEndTime)}</dd>
            <dt>Subscription</dt>
            <dd>
              {account.subscriptionStatus ?? '—'}
              {account.subscriptionResetTime !== null && (
                <span className="muted"> · quota resets {when(account.subscriptionResetTime)}</span>
              )}
            </dd>
          </dl>
          <QuotaBar label="Direct photos" quota={account.quotas.makeIdPhoto} />
          <QuotaBar label="Watermark previews" quota={account.quotas.makeIdPhotoWatermark} />
        </>
      )}
    </section>
  )
}
