import type { AppNotice } from '../../../shared/contract'

/** What a feature gives to raise a notice. */
export type NoticeInput = Omit<AppNotice, 'at'>

/**
 * The app's notices for the person: any feature can add one (at start-up or later) and the shell shows them until
 * dismissed. Kept in memory for this run: what caused them has been dealt with, so they do not come back.
 */
export interface NoticeBoard {
  /** Adds a notice, or replaces the one with the same id. */
  add(notice: NoticeInput): void
  list(): AppNotice[]
  dismiss(id: string): AppNotice[]
  /** Called with the whole list after every change. */
  onChange(listener: (notices: AppNotice[]) => void): () => void
}

/** Creates an empty board. */
export function createNoticeBoard(now: () => number = Date.now): NoticeBoard {
  const notices = new Map<string, AppNotice>()
  const listeners = new Set<(notices: AppNotice[]) => void>()
  const list = () => [...notices.values()]
  const changed = () => {
    const current = list()
    for (const listener of listeners) listener(current)
  }
  return {
    add(notice) {
      notices.set(notice.id, { ...notice, at: now() })
      changed()
    },
    list,
    dismiss(id) {
      if (notices.delete(id)) changed()
      return list()
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
