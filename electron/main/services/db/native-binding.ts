import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/** Where scripts/electron-native.mjs puts better-sqlite3 built for Electron, relative to the project root. */
export const ELECTRON_NATIVE_DIR = 'native/electron'
/** The module's file name inside that folder. */
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node'

/**
 * better-sqlite3 is not N-API: the build in node_modules has Node's ABI (for the tests), and Electron needs its
 * own. Under Electron this returns the Electron build's path for better-sqlite3's `nativeBinding` option; under
 * plain Node, undefined (the build in node_modules is used). `mainUrl` is the bundled main script
 * (out/main/index.js), two folders below the project root, or below app.asar when packaged.
 */
export function nativeBindingFor(
  versions: NodeJS.ProcessVersions = process.versions,
  mainUrl: string = import.meta.url,
  exists: (path: string) => boolean = existsSync
): string | undefined {
  if (!versions.electron) return undefined
  const inRoot = fileURLToPath(new URL(`../../${ELECTRON_NATIVE_DIR}/${ELECTRON_NATIVE_FILE}`, mainUrl))
  // A packaged app reads native modules from app.asar.unpacked (electron-builder.yml: asarUnpack).
  const unpacked = inRoot.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
  for (const candidate of [unpacked, inRoot]) if (exists(candidate)) return candidate
  throw new AppError('FILE_SYSTEM', t('store.db.nativeMissing', { version: versions.electron, path: inRoot }))
}
