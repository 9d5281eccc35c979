import type { StudioApi } from '../../electron/shared/contract'

declare global {
  interface Window {
    /** The preload's API (the harness bridge in browser tests). */
    studio: StudioApi
  }
}
