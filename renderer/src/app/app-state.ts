import { createContext, useContext } from 'react'
import type { AppInfo, Settings } from '../../../electron/shared/contract'

/** App-wide state the screens read: what the app is connected to, and the settings. */
export interface AppState {
  info: AppInfo
  settings: Settings
  /** Re-reads info and settings from main after a change. */
  reload: () => Promise<void>
  /** Opens the Print sheets screen with this finished photo already on the sheet. */
  printJob: (jobId: string) => void
  /** The photo a "Print…" asked for, handed to the Print sheets screen once. */
  takePrintJob: () => string | null
}

/** The app-wide state. */
export const AppStateContext = createContext<AppState | null>(null)

/** Reads the app-wide state; only inside <App>. */
export function useAppState(): AppState {
  const state = useContext(AppStateContext)
  if (state === null) throw new Error('useAppState outside <App>')
  return state
}
