import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from '../services/platform'

/** Native open/save dialogs, attached to the main window. */
export function createElectronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async chooseFolder(title) {
      const parent = window()
      const options = { title, properties: ['openDirectory', 'createDirectory'] as const }
      const result = parent
        ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseSavePath(title, defaultName, filters) {
      const parent = window()
      const options = { title, defaultPath: defaultName, filters }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    }
  }
}
