/**
 * The one message catalogue, shared by main and the window: ICU MessageFormat, one module per namespace and
 * language. A namespace's ids all start with its name ("sheets.…"), so a key is found by searching for it, and
 * parallel work adds its own namespace files without touching others. French is typed against English: a key
 * missing from or added to one language only is a type error (and test/unit/shared/i18n-catalogue.test.ts says
 * which). To add a namespace: en/<ns>.ts, fr/<ns>.ts, and one line in each list below.
 */
import { app as enApp } from './en/app'
import { dialogs as enDialogs } from './en/dialogs'
import { documentsApi as enDocumentsApi } from './en/documents-api'
import { documents as enDocuments } from './en/documents'
import { errors as enErrors } from './en/errors'
import { image as enImage } from './en/image'
import { issues as enIssues } from './en/issues'
import { language as enLanguage } from './en/language'
import { menu as enMenu } from './en/menu'
import { passportPhoto as enPassportPhoto } from './en/passport-photo'
import { printing as enPrinting } from './en/printing'
import { report as enReport } from './en/report'
import { secrets as enSecrets } from './en/secrets'
import { settings as enSettings } from './en/settings'
import { sheetsMain as enSheetsMain } from './en/sheets-main'
import { sheets as enSheets } from './en/sheets'
import { shortcuts as enShortcuts } from './en/shortcuts'
import { start as enStart } from './en/start'
import { units as enUnits } from './en/units'
import { face as enFace } from './en/face'
import { jobs as enJobs } from './en/jobs'
import { capture as enCapture } from './en/capture'
import { store as enStore } from './en/store'
import { camera as enCamera } from './en/camera'
import { sharedDb as enSharedDb } from './en/shared-db'
import { history as enHistory } from './en/history'
import { settingsUi as enSettingsUi } from './en/settings-ui'
import { photos as enPhotos } from './en/photos'
import { app as frApp } from './fr/app'
import { dialogs as frDialogs } from './fr/dialogs'
import { documentsApi as frDocumentsApi } from './fr/documents-api'
import { documents as frDocuments } from './fr/documents'
import { errors as frErrors } from './fr/errors'
import { image as frImage } from './fr/image'
import { issues as frIssues } from './fr/issues'
import { language as frLanguage } from './fr/language'
import { menu as frMenu } from './fr/menu'
import { passportPhoto as frPassportPhoto } from './fr/passport-photo'
import { printing as frPrinting } from './fr/printing'
import { report as frReport } from './fr/report'
import { secrets as frSecrets } from './fr/secrets'
import { settings as frSettings } from './fr/settings'
import { sheetsMain as frSheetsMain } from './fr/sheets-main'
import { sheets as frSheets } from './fr/sheets'
import { shortcuts as frShortcuts } from './fr/shortcuts'
import { start as frStart } from './fr/start'
import { units as frUnits } from './fr/units'
import { face as frFace } from './fr/face'
import { jobs as frJobs } from './fr/jobs'
import { capture as frCapture } from './fr/capture'
import { store as frStore } from './fr/store'
import { camera as frCamera } from './fr/camera'
import { sharedDb as frSharedDb } from './fr/shared-db'
import { history as frHistory } from './fr/history'
import { settingsUi as frSettingsUi } from './fr/settings-ui'
import { photos as frPhotos } from './fr/photos'

/** Every namespace, in each language: the keys of a namespace start with its name and a dot. */
export const namespaces = {
  en: {
    app: enApp,
    dialogs: enDialogs,
    documentsApi: enDocumentsApi,
    documents: enDocuments,
    errors: enErrors,
    image: enImage,
    issues: enIssues,
    language: enLanguage,
    menu: enMenu,
    passportPhoto: enPassportPhoto,
    printing: enPrinting,
    report: enReport,
    secrets: enSecrets,
    settings: enSettings,
    sheetsMain: enSheetsMain,
    sheets: enSheets,
    shortcuts: enShortcuts,
    start: enStart,
    units: enUnits,
    face: enFace,
    jobs: enJobs,
    capture: enCapture,
    store: enStore,
    camera: enCamera,
    sharedDb: enSharedDb,
    history: enHistory,
    settingsUi: enSettingsUi,
    photos: enPhotos
  },
  fr: {
    app: frApp,
    dialogs: frDialogs,
    documentsApi: frDocumentsApi,
    documents: frDocuments,
    errors: frErrors,
    image: frImage,
    issues: frIssues,
    language: frLanguage,
    menu: frMenu,
    passportPhoto: frPassportPhoto,
    printing: frPrinting,
    report: frReport,
    secrets: frSecrets,
    settings: frSettings,
    sheetsMain: frSheetsMain,
    sheets: frSheets,
    shortcuts: frShortcuts,
    start: frStart,
    units: frUnits,
    face: frFace,
    jobs: frJobs,
    capture: frCapture,
    store: frStore,
    camera: frCamera,
    sharedDb: frSharedDb,
    history: frHistory,
    settingsUi: frSettingsUi,
    photos: frPhotos
  }
} satisfies Record<'en' | 'fr', Record<string, Record<string, string>>>

type English = (typeof namespaces)['en']

/** The id of a message: a key of the English catalogue. Only these can be passed to t(). */
export type MessageId = { [N in keyof English]: keyof English[N] }[keyof English] & string

/** A whole language: every id to its ICU message. */
export type Catalogue = Record<MessageId, string>

function merge(language: 'en' | 'fr'): Catalogue {
  return Object.assign({}, ...Object.values(namespaces[language])) as Catalogue
}

/** The two languages, complete. */
export const catalogue: Record<'en' | 'fr', Catalogue> = { en: merge('en'), fr: merge('fr') }
