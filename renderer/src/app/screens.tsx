import type { ReactNode } from 'react'

/** The screens in the main navigation. */
export type ScreenId = 'photos' | 'sheets' | 'documents' | 'history' | 'settings'

/** Navigation entries; each feature renders its own screen. */
export const screens: { id: ScreenId; label: string; render: () => ReactNode }[] = [
  { id: 'photos', label: 'Photos', render: () => <p>Photos</p> },
  { id: 'sheets', label: 'Print sheets', render: () => <p>Print sheets</p> },
  { id: 'documents', label: 'Documents', render: () => <p>Documents</p> },
  { id: 'history', label: 'History', render: () => <p>History</p> },
  { id: 'settings', label: 'Settings', render: () => null }
]
