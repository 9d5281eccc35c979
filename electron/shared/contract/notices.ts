import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'

/**
 * A message from main to the person about something that happened outside any action of theirs, typically at
 * start-up (a damaged settings file was repaired, history records could not be read). Shown in the app shell
 * until dismissed; never a secret or a token.
 */
export interface AppNotice {
  /** Stable per cause, so the same notice added twice is shown once. */
  id: string
  level: 'info' | 'warning' | 'error'
  title: string
  /** What happened, what was kept, and what to do, in plain words. */
  message: string
  /** When it was raised (epoch ms). */
  at: number
}

/** Notice channels. */
export const noticesChannels = {
  'notices:list': channel<AppNotice[]>()(noInput),
  'notices:dismiss': channel<AppNotice[]>()(z.object({ id: z.string().min(1).max(200) }).strict())
}
