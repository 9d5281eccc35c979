import { CameraSettings } from './CameraSettings'
import { HotFolderSettings } from './HotFolderSettings'
import './capture.css'

/** The capture sections of the Settings screen (its one mount point): Camera, then Hot folder. */
export function CaptureSettings() {
  return (
    <>
      <CameraSettings />
      <HotFolderSettings />
    </>
  )
}
