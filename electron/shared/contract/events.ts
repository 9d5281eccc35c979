import type { JobView } from './photos'
import type { DocumentSessionView } from './documents'
import type { AppNotice } from './notices'
import type { SharedDbStatus } from './shared-db'
import type { HotFoldersView } from './capture'

/** Main → renderer events. Payloads are plain data; never a secret, a token or image bytes. */
export interface EventMap {
  /** A photo job changed state or progress. */
  'jobs:changed': JobView
  /** The account panel should refresh (after a job settles). */
  'account:changed': null
  /** The document viewing session changed: status, sizes, rate-limit countdown. */
  'documents:changed': DocumentSessionView
  /** The app menu asked the renderer for something (shortcuts live in the native menu). */
  'menu:command': MenuCommand
  /** The notices shown in the app shell changed (one added or dismissed): the whole list. */
  'notices:changed': AppNotice[]
  /** The shared studio database's status changed (connected, offline, changes waiting). */
  'chain:changed': SharedDbStatus
  /** A hot folder queued or refused a file, or a folder went missing or came back: the whole view. */
  'capture:hot-folders': HotFoldersView
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'navigate:photos'
  | 'navigate:sheets'
  | 'navigate:documents'
  | 'navigate:history'
  | 'navigate:settings'
  | 'viewer:zoom-in'
  | 'viewer:zoom-out'
  | 'viewer:fit'
  | 'viewer:actual-size'
  | 'viewer:rotate'
  | 'viewer:reset'
  | 'viewer:toggle-invert'
  | 'viewer:toggle-contrast'
  | 'viewer:toggle-link'
  | 'documents:clear'
  | 'photos:find-spec'
  | 'photos:add'
  | 'photos:next-customer'
  | 'photos:save'
  | 'photos:print'
  | 'photos:unlock'
  | 'help:shortcuts'

/** Event names. */
export type EventName = keyof EventMap

/** All event names, for the preload's validation of subscriptions. */
export const EVENT_NAMES: readonly EventName[] = [
  'jobs:changed',
  'account:changed',
  'documents:changed',
  'menu:command',
  'notices:changed',
  'chain:changed',
  'capture:hot-folders'
]
