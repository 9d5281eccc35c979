import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'
import type { ResolvedLocale } from '../i18n/locale'

/** What the renderer needs to know about the app and the connections in use. */
export interface AppInfo {
  name: string
  version: string
  platform: string
  /** True where the in-process demo service answers instead of the real API. */
  demo: { passportPhoto: boolean; documents: boolean }
  documentsEnvironment: 'demo' | 'sandbox' | 'production'
  keychain: { available: boolean; message: string | null }
  /** True when running in the browser harness (tests, `npm run demo:web`), not in Electron. */
  harness: boolean
  /** The language in use (the Settings choice resolved against the operating system's) and its conventions. */
  locale: ResolvedLocale & {
    /** True in development builds, where Settings also offers the pseudo-locale. */
    pseudoOffered: boolean
  }
}

/** App-level channels. */
export const appChannels = {
  'app:get-info': channel<AppInfo>()(noInput),
  'app:open-external': channel<null>()(z.object({ url: z.string().url().max(2048) }).strict())
}
