import type { AppNotice } from '../../../shared/contract'

/**
 * A notice's words: a function that translates them (`() => t('…')`), so a notice raised at start-up, before the
 * window said which language it reads, and one still shown when the language changes, are in the language in use
 * each time they are listed. A plain string is shown as it is (not yet converted callers).
 */
export type NoticeText = string | (() => string)

/** What a feature gives to raise a notice. */
export type NoticeInput = Omit<AppNotice, 'at' | 'title' | 'message'> & {
  title: NoticeText
  message: NoticeText
}

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
  /** Tells the listeners again, in words made now (the language changed). */
  retell(): void
}

/** Creates an empty board. */
export function createNoticeBoard(now: () => number = Date.now): NoticeBoard {
  const notices = new Map<string, NoticeInput & { at: number }>()
  const listeners = new Set<(notices: AppNotice[]) => void>()
  const words = (text: NoticeText) => (typeof text === 'function' ? text() : text)
  const list = (): AppNotice[] =>
    [...notices.values()].map((n) => ({ ...n, title: words(n.title), message: words(n.message) }))
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
    },
    retell() {
      if (notices.size > 0) changed()
    }
  }
}
