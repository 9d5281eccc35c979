import type { AccountView } from '../../shared/contract'
import { isAppError } from '../../shared/errors'
import type { Core } from '../core'
import type { PassportPhotoClient } from '../services/passport-photo/passport-photo-client'
import { t } from '../services/i18n/main-language'

/** The account panel: health of the selected region, account and subscription state, and quota with a warning. */
export async function accountStatus(
  core: Core,
  client: Pick<PassportPhotoClient, 'health' | 'queryAccountStatus'>
): Promise<AccountView> {
  const connection = core.passportPhoto()
  const region = core.currentSettings().passportPhoto.region
  const view: AccountView = {
    demo: connection.demo,
    region:
      region === 'demo'
        ? t('app.badge.demo')
        : region === 'custom'
          ? connection.baseUrl
          : region.toUpperCase(),
    health: 'UNKNOWN',
    healthMessage: null,
    accountStatus: null,
    freeTrialEndTime: null,
    subscriptionStatus: null,
    subscriptionResetTime: null,
    quotas: { makeIdPhoto: null, makeIdPhotoWatermark: null },
    warning: null,
    error: null
  }
  try {
    const health = await client.health()
    view.health = health.status === 'GOOD' ? 'GOOD' : 'DOWN'
    view.healthMessage =
      health.status === 'GOOD' ? null : t('passportPhoto.health.status', { status: health.status })
  } catch (error) {
    view.health = 'DOWN'
    view.healthMessage = isAppError(error) ? error.message : t('passportPhoto.health.noAnswer')
  }
  try {
    const status = await client.queryAccountStatus()
    const sub = status.subscription
    view.accountStatus = status.accountStatus
    // The API speaks Unix seconds; everything in the contract is epoch milliseconds.
    view.freeTrialEndTime = toMs(status.freeTrialEndTime)
    view.subscriptionStatus = sub?.subscriptionStatus ?? null
    view.subscriptionResetTime = toMs(sub?.subscriptionResetTime)
    const quota = (total: number | null | undefined, remaining: number | null | undefined) =>
      typeof total === 'number' && typeof remaining === 'number' ? { total, remaining } : null
    view.quotas = {
      makeIdPhoto: quota(sub?.makeIdPhotoApiQuota, sub?.makeIdPhotoApiRemaining),
      makeIdPhotoWatermark: quota(sub?.makeIdPhotoWatermarkApiQuota, sub?.makeIdPhotoWatermarkApiRemaining)
    }
    const threshold = core.currentSettings().quotaWarningBelow
    const low: string[] = []
    for (const [what, q] of [
      ['photos', view.quotas.makeIdPhoto],
      ['watermarked previews', view.quotas.makeIdPhotoWatermark]
    ] as const) {
      if (q === null || q.remaining >= threshold) continue
      low.push(
        q.remaining === 0 ? `No ${what} left in the quota.` : `Only ${q.remaining} ${what} left in the quota.`
      )
    }
    if (low.length > 0) view.warning = `${low.join(' ')} Renew the subscription before the next customer.`
    if (
      status.accountStatus === 'FREE_TRIAL' &&
      view.freeTrialEndTime !== null &&
      view.freeTrialEndTime < core.now()
    ) {
      view.warning = `${view.warning ?? ''} The free trial has ended.`.trim()
    }
  } catch (error) {
    view.error = isAppError(error)
      ? error.toIpcError()
      : { code: 'INTERNAL', message: t('passportPhoto.account.unreadable') }
  }
  return view
}

function toMs(seconds: number | null | undefined): number | null {
  return typeof seconds === 'number' ? seconds * 1000 : null
}
