import type { SharedDbStatus } from '../../../shared/contract'
import { t } from '../i18n/main-language'

const changes = (n: number) => t('sharedDb.status.changes', { count: n })

/** The status line the counter reads (Settings, History, the notice while offline). */
export function statusMessage(status: SharedDbStatus, reason: string, target: string): string {
  const named = { named: status.counterName ? 'yes' : 'no', name: status.counterName ?? '' }
  switch (status.state) {
    case 'off':
      return t('sharedDb.status.off')
    case 'connecting':
      return t('sharedDb.status.connecting', { known: target ? 'yes' : 'no', target })
    case 'online':
      return status.pending > 0
        ? t('sharedDb.status.sending', { ...named, changes: changes(status.pending) })
        : t('sharedDb.status.sent', { ...named, target })
    case 'offline':
      return t('sharedDb.status.offline', {
        changes: changes(status.pending),
        known: reason ? 'yes' : 'no',
        reason
      })
    case 'setup-needed':
      return t('sharedDb.status.setupNeeded', {
        reason,
        pending: status.pending,
        changes: changes(status.pending)
      })
  }
}
