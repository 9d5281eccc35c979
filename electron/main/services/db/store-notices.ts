import type { StoreNotice } from '../../../shared/contract/history'

/**
 * What the person should be told about the stored history and audit log: an import waiting for confirmation,
 * records set aside as damaged, a write that failed. Kept in memory for the session; the facts themselves are in
 * the database and the set-aside files.
 */
export interface StoreNotices {
  list(): StoreNotice[]
  /** Adds a notice; one with the same id replaces it. */
  add(notice: {
    id: string
    level: StoreNotice['level']
    message: string
    action?: StoreNotice['action']
  }): void
  dismiss(id: string): void
  /** Called after every change, with the whole list. */
  onChange(listener: (notices: StoreNotice[]) => void): () => void
}

/** Creates the notices list. */
export function createStoreNotices(now: () => number): StoreNotices {
  let notices: StoreNotice[] = []
  const listeners = new Set<(notices: StoreNotice[]) => void>()
  const tell = () => listeners.forEach((l) => l(structuredClone(notices)))
  return {
    list: () => structuredClone(notices),
    add(notice) {
      const next: StoreNotice = { action: null, ...notice, at: now() }
      notices = [...notices.filter((n) => n.id !== notice.id), next]
      tell()
    },
    dismiss(id) {
      const before = notices.length
      notices = notices.filter((n) => n.id !== id)
      if (notices.length !== before) tell()
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
