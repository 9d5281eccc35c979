import { useState, type ReactNode } from 'react'
import type { Sensitivity } from '../../../../electron/shared/contract'
import { CameraView } from './CameraView'
import { HotFolderActivity } from './HotFolderActivity'
import './capture.css'
import { useT } from '../../lib/i18n'

/**
 * Capture on the Photos screen: the Camera toggle (shown beside "Add photos…", in the same toolbar, so it costs
 * the keyboard path no extra Tab stop), and the panel below the drop zone with the Camera view, opened and closed
 * by the operator (the camera runs only while it is open), and the hot folders' activity. A photo taken goes
 * through `onCapture`, the screen's own submit, so it gets the customer name, the spec and the options of any
 * dropped photo.
 */
export function useCapturePanel(props: {
  specCode: string | null
  sensitivity: Sensitivity
  onCapture: (files: File[]) => Promise<void>
}): { toggle: ReactNode; panel: ReactNode } {
  const { t } = useT()
  const [cameraOpen, setCameraOpen] = useState(false)
  const toggle = (
    <button
      type="button"
      aria-pressed={cameraOpen}
      onClick={(e) => {
        // The drop zone around it opens the file picker on a click.
        e.stopPropagation()
        setCameraOpen((open) => !open)
      }}
    >
      {t('camera.view.toggle')}
    </button>
  )
  const panel = (
    <div className="capture-panel">
      {cameraOpen && (
        <CameraView
          specCode={props.specCode}
          sensitivity={props.sensitivity}
          onCapture={props.onCapture}
          onClose={() => setCameraOpen(false)}
        />
      )}
      <HotFolderActivity />
    </div>
  )
  return { toggle, panel }
}
