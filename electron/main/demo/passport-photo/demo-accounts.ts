import { z } from 'zod'
import { DEMO_CREDENTIALS } from '../demo-credentials'

const DAY_MS = 24 * 60 * 60 * 1000

/** The subscription object of queryAccountStatus, as documented. */
export interface DemoSubscription {
  subscriptionStatus: string
  subscriptionResetTime: number
  makeIdPhotoApiQuota: number
  makeIdPhotoWatermarkApiQuota: number
  makeIdPhotoApiRemaining: number
  makeIdPhotoWatermarkApiRemaining: number
}

/** One Passport Photo account as the demo keeps it. */
export interface DemoAccount {
  apiKey: string
  apiSecret: string
  accountStatus: 'FREE_TRIAL' | 'SUBSCRIBED'
  /** Unix seconds; only reported for FREE_TRIAL. */
  freeTrialEndTime: number
  subscription: DemoSubscription
  revoked: boolean
  /** Quota units spent since the last reset. */
  charges: number
  /** Calls per endpoint name (makeIdPhoto, health, ...), whatever their outcome. */
  calls: Record<string, number>
}

/** What tests may change on an account (POST /__demo/accounts takes the same JSON). */
export const accountUpdateSchema = z.strictObject({
  apiKey: z.string().min(1),
  makeIdPhotoApiRemaining: z.number().int().min(0).optional(),
  makeIdPhotoWatermarkApiRemaining: z.number().int().min(0).optional(),
  revoked: z.boolean().optional(),
  accountStatus: z.enum(['FREE_TRIAL', 'SUBSCRIBED']).optional(),
  subscriptionStatus: z
    .enum([
      'SUBSCRIPTION_PENDING',
      'SUBSCRIPTION_COMPLETE',
      'SUBSCRIPTION_FAILED',
      'SUBSCRIPTION_DELETED',
      'SUBSCRIPTION_CANCELED'
    ])
    .optional()
})

/** A change to one account. */
export type DemoAccountUpdate = z.infer<typeof accountUpdateSchema>

/** Per-account numbers in the demo's stats. */
export interface DemoAccountStats {
  makeIdPhotoApiRemaining: number
  makeIdPhotoWatermarkApiRemaining: number
  charges: number
  calls: Record<string, number>
}

/** The demo's Passport Photo accounts. */
export interface DemoAccounts {
  /** Applies a change; throws when the apiKey is unknown or the update is invalid. */
  update(change: DemoAccountUpdate): void
  /** The account for a key and secret, or undefined when they do not match. */
  authenticate(apiKey: string, apiSecret: string): DemoAccount | undefined
  /** The account for a key, whatever the secret (for counting calls). */
  find(apiKey: string): DemoAccount | undefined
  stats(): Record<string, DemoAccountStats>
  /** Back to the initial state: one fresh demo account. */
  reset(): void
}

/** Creates the accounts: only demo-key/demo-secret, on a 14-day free trial with 100/100 quotas. */
export function createDemoAccounts(now: () => number): DemoAccounts {
  const accounts = new Map<string, DemoAccount>()

  function seed(): void {
    accounts.clear()
    const t = now()
    const { apiKey, apiSecret } = DEMO_CREDENTIALS.passportPhoto
    accounts.set(apiKey, {
      apiKey,
      apiSecret,
      accountStatus: 'FREE_TRIAL',
      freeTrialEndTime: Math.floor((t + 14 * DAY_MS) / 1000),
      subscription: {
        subscriptionStatus: 'SUBSCRIPTION_COMPLETE',
        subscriptionResetTime: Math.floor((t + 30 * DAY_MS) / 1000),
        makeIdPhotoApiQuota: 100,
        makeIdPhotoWatermarkApiQuota: 100,
        makeIdPhotoApiRemaining: 100,
        makeIdPhotoWatermarkApiRemaining: 100
      },
      revoked: false,
      charges: 0,
      calls: {}
    })
  }
  seed()

  return {
    update(raw) {
      const change = accountUpdateSchema.parse(raw)
      const account = accounts.get(change.apiKey)
      if (account === undefined) throw new Error(`No demo account has the key "${change.apiKey}".`)
      const s = account.subscription
      if (change.makeIdPhotoApiRemaining !== undefined)
        s.makeIdPhotoApiRemaining = change.makeIdPhotoApiRemaining
      if (change.makeIdPhotoWatermarkApiRemaining !== undefined) {
        s.makeIdPhotoWatermarkApiRemaining = change.makeIdPhotoWatermarkApiRemaining
      }
      if (change.subscriptionStatus !== undefined) s.subscriptionStatus = change.subscriptionStatus
      if (change.revoked !== undefined) account.revoked = change.revoked
      if (change.accountStatus !== undefined) account.accountStatus = change.accountStatus
    },
    authenticate(apiKey, apiSecret) {
      const account = accounts.get(apiKey)
      return account !== undefined && account.apiSecret === apiSecret ? account : undefined
    },
    find: (apiKey) => accounts.get(apiKey),
    stats: () =>
      Object.fromEntries(
        [...accounts.values()].map((a) => [
          a.apiKey,
          {
            makeIdPhotoApiRemaining: a.subscription.makeIdPhotoApiRemaining,
            makeIdPhotoWatermarkApiRemaining: a.subscription.makeIdPhotoWatermarkApiRemaining,
            charges: a.charges,
            calls: { ...a.calls }
          }
        ])
      ),
    reset: seed
  }
}
