import type { SharedDbStatus } from '../../../shared/contract'

const changes = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'change' : 'changes'}`

/** The status line the counter reads (Settings, History, the notice while offline). */
export function statusMessage(status: SharedDbStatus, reason: string, target: string): string {
  const as = status.counterName ? ` as “${status.counterName}”` : ''
  switch (status.state) {
    case 'off':
      return 'Not used: this counter keeps its history to itself.'
    case 'connecting':
      return `Connecting to the shared database${target ? ` (${target})` : ''}…`
    case 'online':
      return status.pending > 0
        ? `Connected${as}: sending ${changes(status.pending)}…`
        : `Connected to ${target}${as}: every change has been sent.`
    case 'offline':
      return (
        `Shared database offline — ${changes(status.pending)} waiting. This counter keeps working on its own and ` +
        `sends them, in order, when the database is back.${reason ? ` (${reason})` : ''}`
      )
    case 'setup-needed':
      return `${reason}${status.pending > 0 ? ` ${changes(status.pending)} waiting.` : ''}`
  }
}
