import type { ReactNode } from 'react'
import { DocumentsScreen } from '../features/documents/DocumentsScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { PhotosScreen } from '../features/photos/PhotosScreen'
import { SheetsScreen } from '../features/sheets/SheetsScreen'

/** The screens in the main navigation. */
export type ScreenId = 'photos' | 'sheets' | 'documents' | 'history' | 'settings'

/** Navigation entries; each feature renders its own screen. */
export const screens: { id: ScreenId; label: string; render: () => ReactNode }[] = [
  { id: 'photos', label: 'Photos', render: () => <PhotosScreen /> },
  { id: 'sheets', label: 'Print sheets', render: () => <SheetsScreen /> },
  { id: 'documents', label: 'Documents', render: () => <DocumentsScreen /> },
  { id: 'history', label: 'History', render: () => <HistoryScreen /> },
  { id: 'settings', label: 'Settings', render: () => null }
]
