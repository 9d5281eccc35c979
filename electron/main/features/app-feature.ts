import { AppError } from '../../shared/errors'
import type { PartialRegistry } from '../ipc/registry'
import type { Core } from '../core'
import type { DocumentsFeature, PhotosFeature } from './feature-types'
import { isAllowedExternalUrl } from '../shell/security-policy'
import { mainLocale, t } from '../services/i18n/main-language'

type AppChannels =
  | 'app:get-info'
  | 'app:open-external'
  | 'secrets:status'
  | 'secrets:set-passport-photo'
  | 'secrets:delete-passport-photo'
  | 'secrets:set-document-token'
  | 'secrets:delete-document-token'
  | 'secrets:test-connection'
  | 'settings:get'
  | 'settings:update'
  | 'settings:choose-output-folder'

/** App info, credentials and settings. Secrets go in; only `{ configured }` comes out. */
export function createAppHandlers(
  core: Core,
  features: { photos: PhotosFeature; documents: DocumentsFeature },
  openExternal: (url: string) => Promise<void>
): PartialRegistry<AppChannels> {
  const { host, settings, credentials } = core
  return {
    'app:get-info': async () => {
      const keychain = await host.secretStore.availability()
      const current = settings.get()
      return {
        name: 'ID Photo Studio',
        version: host.version,
        platform: host.platform,
        demo: {
          passportPhoto: current.passportPhoto.region === 'demo',
          documents: current.documents.environment === 'demo'
        },
        documentsEnvironment: current.documents.environment,
        keychain,
        harness: host.harness,
        locale: { ...mainLocale(), pseudoOffered: host.development === true }
      }
    },
    'app:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new AppError('BAD_REQUEST', t('errors.link.notAllowed'))
      }
      await openExternal(url)
      return null
    },
    'secrets:status': () => credentials.status(),
    'secrets:set-passport-photo': async (input) => {
      await credentials.setPassportPhoto(input)
      return credentials.status()
    },
    'secrets:delete-passport-photo': async () => {
      await credentials.deletePassportPhoto()
      return credentials.status()
    },
    'secrets:set-document-token': async ({ environment, apiToken }) => {
      await credentials.setDocumentToken(environment, apiToken)
      return credentials.status()
    },
    'secrets:delete-document-token': async ({ environment }) => {
      await credentials.deleteDocumentToken(environment)
      return credentials.status()
    },
    'secrets:test-connection': ({ service }) =>
      service === 'passport-photo' ? features.photos.testConnection() : features.documents.testConnection(),
    'settings:get': async () => settings.get(),
    'settings:update': async (update) => {
      const before = settings.get().documents.environment
      const next = await settings.update(update)
      // Documents from one environment must never stay on screen after switching to another.
      if (next.documents.environment !== before) await features.documents.clear('environment-changed')
      return next
    },
    'settings:choose-output-folder': async () => {
      const folder = await host.dialogs.chooseFolder(t('dialogs.outputFolder.title'))
      return folder === null ? settings.get() : settings.setOutputFolder(folder)
    }
  }
}
