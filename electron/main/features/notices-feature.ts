import type { PartialRegistry } from '../ipc/registry'
import type { Core } from '../core'

/** The shell's notices: listed on start, dismissed by the person, pushed as 'notices:changed'. */
export function createNoticesHandlers(core: Core): PartialRegistry<'notices:list' | 'notices:dismiss'> {
  core.notices.onChange((notices) => core.host.emit('notices:changed', notices))
  return {
    'notices:list': async () => core.notices.list(),
    'notices:dismiss': async ({ id }) => core.notices.dismiss(id)
  }
}
