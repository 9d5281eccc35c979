import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'
import { sheetPreferencesSchema } from './sheets'
import { defaultSharedDatabaseSettings, sharedDatabaseSettingsSchema } from './shared-db'
import { captureSettingsSchema, defaultCaptureSettings } from './capture'
import {
  defaultFaceChecksSettings,
  faceChecksSettingsSchema,
  faceChecksUpdateSchema,
  studioSettingsSchema
} from './face-check'
import { LANGUAGE_CHOICES } from '../i18n/locale'

/** User settings; persisted by main. */
export const settingsSchema = z.object({
  passportPhoto: z.object({
    region: z.enum(['demo', 'us', 'eu', 'custom']),
    customBaseUrl: z.string().url().startsWith('https://').nullable()
  }),
  documents: z.object({
    environment: z.enum(['demo', 'sandbox', 'production']),
    idleTimeoutMinutes: z.number().int().min(1).max(120)
  }),
  jobs: z.object({
    concurrency: z.number().int().min(1).max(8),
    retentionDays: z.number().int().min(0).max(3650),
    outputFolder: z.string().max(4096).nullable()
  }),
  quotaWarningBelow: z.number().int().min(0).max(100000),
  /** The sheets screen's remembered settings; a settings file from before they existed loads with none. */
  sheets: sheetPreferencesSchema.default(() => ({ papers: [], printers: [] })),
  /** Light or dark: follow the operating system, or keep one. */
  appearance: z.object({
    theme: z.enum(['system', 'light', 'dark'])
  }),
  /** The shared studio database (studio-chain mode); a settings file from before it existed loads with it off. */
  sharedDatabase: sharedDatabaseSettingsSchema.default(defaultSharedDatabaseSettings),
  /** The webcam's remembered choices and the hot folders (see contract/capture.ts). */
  capture: captureSettingsSchema.default(defaultCaptureSettings),
  /** Which warnings of the local face check hold a job for the operator's decision (see contract/face-check.ts). */
  faceChecks: faceChecksSettingsSchema.default(defaultFaceChecksSettings),
  /** The studio, as its check reports name it. */
  studio: studioSettingsSchema.default(() => ({ name: '' })),
  /** The app's language: follow the operating system, or keep one ('pseudo' is for development). */
  locale: z.object({ language: z.enum(LANGUAGE_CHOICES) }).default(() => ({ language: 'system' as const }))
})

/** User settings. */
export type Settings = z.infer<typeof settingsSchema>

/** A partial update; switching documents to production needs `confirmProduction: true`. */
export const settingsUpdateSchema = z
  .object({
    passportPhoto: settingsSchema.shape.passportPhoto.partial().optional(),
    documents: settingsSchema.shape.documents.partial().optional(),
    jobs: settingsSchema.shape.jobs.omit({ outputFolder: true }).partial().optional(),
    quotaWarningBelow: settingsSchema.shape.quotaWarningBelow.optional(),
    appearance: settingsSchema.shape.appearance.partial().optional(),
    faceChecks: faceChecksUpdateSchema.optional(),
    studio: studioSettingsSchema.partial().optional(),
    locale: z.object({ language: z.enum(LANGUAGE_CHOICES) }).optional(),
    confirmProduction: z.literal(true).optional()
  })
  .strict()

/** Settings channels. */
export const settingsChannels = {
  'settings:get': channel<Settings>()(noInput),
  'settings:update': channel<Settings>()(settingsUpdateSchema),
  'settings:choose-output-folder': channel<Settings>()(noInput)
}
