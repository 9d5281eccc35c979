import type { ReactNode } from 'react'
import { DocumentsScreen } from '../features/documents/DocumentsScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { PhotosScreen } from '../features/photos/PhotosScreen'
import { SheetsScreen } from '../features/sheets/SheetsScreen'

/** The screens in the main navigation. */
export type ScreenId = 'photos' | 'sheets' | 'documents' | 'history' | 'settings'

/** Navigation entries; each feature renders its own screen. `ownHeading`: the screen has its own h1. */
export const screens: { id: ScreenId; label: string; ownHeading: boolean; render: () => ReactNode }[] = [
  { id: 'photos', label: 'Photos', ownHeading: false, render: () => <PhotosScreen /> },
  { id: 'sheets', label: 'Print sheets', ownHeading: false, render: () => <SheetsScreen /> },
  { id: 'documents', label: 'Documents', ownHeading: true, render: () => <DocumentsScreen /> },
  { id: 'history', label: 'History', ownHeading: true, render: () => <HistoryScreen /> },
  { id: 'settings', label: 'Settings', ownHeading: true, render: () => null }
]
