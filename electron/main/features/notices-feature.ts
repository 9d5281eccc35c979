import type { PartialRegistry } from '../ipc/registry'
import type { Core } from '../core'
import { onMainLocaleChange } from '../services/i18n/main-language'

/** The shell's notices: listed on start, dismissed by the person, pushed as 'notices:changed'. */
export function createNoticesHandlers(core: Core): PartialRegistry<'notices:list' | 'notices:dismiss'> {
  core.notices.onChange((notices) => core.host.emit('notices:changed', notices))
  // Notices on screen follow a change of language at once.
  onMainLocaleChange(() => core.notices.retell())
  return {
    'notices:list': async () => core.notices.list(),
    'notices:dismiss': async ({ id }) => core.notices.dismiss(id)
  }
}
