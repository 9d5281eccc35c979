import type { ReactNode } from 'react'
import type { MessageId } from '../../../electron/shared/i18n/messages'
import { DocumentsScreen } from '../features/documents/DocumentsScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { PhotosScreen } from '../features/photos/PhotosScreen'
import { SheetsScreen } from '../features/sheets/SheetsScreen'

/** The screens in the main navigation. */
export type ScreenId = 'photos' | 'sheets' | 'documents' | 'history' | 'settings'

/** Navigation entries; each feature renders its own screen. `ownHeading`: the screen has its own h1. */
export const screens: { id: ScreenId; label: MessageId; ownHeading: boolean; render: () => ReactNode }[] = [
  { id: 'photos', label: 'app.screen.photos', ownHeading: false, render: () => <PhotosScreen /> },
  { id: 'sheets', label: 'app.screen.sheets', ownHeading: false, render: () => <SheetsScreen /> },
  { id: 'documents', label: 'app.screen.documents', ownHeading: true, render: () => <DocumentsScreen /> },
  { id: 'history', label: 'app.screen.history', ownHeading: true, render: () => <HistoryScreen /> },
  { id: 'settings', label: 'app.screen.settings', ownHeading: true, render: () => null }
]
