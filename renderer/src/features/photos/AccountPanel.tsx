import { useCallback, useEffect, useState } from 'react'
import type { AccountView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { DemoBadge } from '../../components/DemoBadge'
import { useT } from '../../lib/i18n'

/** The API reports Unix seconds; accept milliseconds too, so a conversion on either side cannot show 1970. */
function when(time: number | null, dateTime: ReturnType<typeof useT>['dateTime']): string {
  if (time === null) return '—'
  return dateTime(time, { dateStyle: 'medium' })
}

function QuotaBar(props: { label: string; quota: { total: number; remaining: number } | null }) {
  const { t, rich } = useT()
  if (props.quota === null) {
    return (
      <p>
        {rich('photos.account.notReported', {
          label: props.label,
          muted: (chunks) => <span className="muted">{chunks}</span>
        })}
      </p>
    )
  }
  const { total, remaining } = props.quota
  return (
    <div className="quota">
      <span>{t('photos.account.left', { label: props.label, remaining, total })}</span>
      <meter
        min={0}
        max={Math.max(total, 1)}
        low={Math.max(total, 1) * 0.2}
        optimum={total}
        value={remaining}
        aria-label={t('photos.account.remaining', { label: props.label })}
      />
    </div>
  )
}

/** The Passport Photo account: region health, status, trial, subscription and quotas; refreshed after each job. */
export function AccountPanel(props: { refreshKey: number }) {
  const { t, dateTime } = useT()
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
    <section className="panel account" aria-label={t('photos.account.region')}>
      <h2>
        {t('photos.account.title')} {account?.demo && <DemoBadge />}{' '}
        <button
          type="button"
          className="link"
          onClick={() => void refresh()}
          aria-label={t('photos.account.refresh')}
        >
          ↻
        </button>
      </h2>
      {error && <p role="alert">{error}</p>}
      {account === null ? (
        !error && <p className="muted">{t('photos.account.checking')}</p>
      ) : (
        <>
          {account.warning && (
            <p className="banner banner-warn" role="alert">
              {account.warning}
            </p>
          )}
          {account.error && <p className="banner banner-error">{account.error.message}</p>}
          <dl className="account-facts">
            <dt>{t('photos.account.regionLabel')}</dt>
            <dd>{account.region}</dd>
            <dt>{t('photos.account.health')}</dt>
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
                {t('photos.account.healthValue', { health: account.health ?? 'UNKNOWN' })}
              </span>{' '}
              {account.healthMessage && <span className="muted">{account.healthMessage}</span>}
            </dd>
            <dt>{t('photos.account.account')}</dt>
            {/* The account's states are the service's own codes (FREE_TRIAL, ACTIVE…), shown as sent. */}
            <dd translate="no">{account.accountStatus ?? '—'}</dd>
            <dt>{t('photos.account.trialEnds')}</dt>
            <dd>{when(account.freeTrialEndTime, dateTime)}</dd>
            <dt>{t('photos.account.subscription')}</dt>
            <dd>
              <span translate="no">{account.subscriptionStatus ?? '—'}</span>
              {account.subscriptionResetTime !== null && (
                <span className="muted">
                  {t('photos.account.resets', { date: when(account.subscriptionResetTime, dateTime) })}
                </span>
              )}
            </dd>
          </dl>
          <QuotaBar label={t('photos.account.direct')} quota={account.quotas.makeIdPhoto} />
          <QuotaBar label={t('photos.account.watermark')} quota={account.quotas.makeIdPhotoWatermark} />
        </>
      )}
    </section>
  )
}
