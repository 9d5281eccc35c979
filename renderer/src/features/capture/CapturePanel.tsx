import { useState } from 'react'
import type { Sensitivity } from '../../../../electron/shared/contract'
import { CameraView } from './CameraView'
import { HotFolderActivity } from './HotFolderActivity'
import './capture.css'

/**
 * Capture on the Photos screen (its one mount point): the Camera view, opened and closed by the operator (the
 * camera runs only while it is open), and the hot folders' activity. A photo taken goes through `onCapture`, the
 * screen's own submit, so it gets the customer name, the spec and the options of any dropped photo.
 */
export function CapturePanel(props: {
  specCode: string | null
  sensitivity: Sensitivity
  onCapture: (files: File[]) => Promise<void>
}) {
  const [cameraOpen, setCameraOpen] = useState(false)
  return (
    <div className="capture-panel">
      {cameraOpen ? (
        <CameraView
          specCode={props.specCode}
          sensitivity={props.sensitivity}
          onCapture={props.onCapture}
          onClose={() => setCameraOpen(false)}
        />
      ) : (
        <button type="button" className="camera-open" onClick={() => setCameraOpen(true)}>
          Camera: take the photo here
        </button>
      )}
      <HotFolderActivity />
    </div>
  )
}
