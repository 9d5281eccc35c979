import type { Session, WebContents } from 'electron'
import {
  isAllowedExternalUrl,
  isAllowedRendererRequest,
  isCameraAllowed,
  isPermissionAllowed
} from './security-policy'

/** The parts of WebContents this module uses, so tests can pass a small fake. */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * One handler for navigation and new windows, shared by every WebContents (after Signal Desktop).
 * #13 "Disable or limit navigation", #14 "Disable or limit creation of new windows", #12 no <webview>.
 * An https link on the allowlist opens in the user's browser instead.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The parts of Session this module uses. */
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>
}

/**
 * #9 deny permissions nothing needs (the camera only for our renderer, only video, only while the Camera view is
 * open: isCameraAllowed); and the renderer's session refuses network requests, so even a bug in the renderer
 * cannot send data anywhere (all requests go through main).
 */
export function hardenSession(
  session: HardenableSession,
  devServerOrigin: string | null,
  camera: { viewOpen: () => boolean } = { viewOpen: () => false }
): void {
  const context = () => ({ cameraViewOpen: camera.viewOpen(), devServerOrigin })
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = (details ?? {}) as { requestingUrl?: string; isMainFrame?: boolean; mediaTypes?: string[] }
    callback(
      isPermissionAllowed(permission) ||
        isCameraAllowed(
          {
            permission,
            requestingUrl: media.requestingUrl,
            isMainFrame: media.isMainFrame === true,
            mediaTypes: media.mediaTypes
          },
          context()
        )
    )
  })
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      isPermissionAllowed(permission) ||
      isCameraAllowed(
        {
          permission,
          requestingUrl: details?.requestingUrl ?? requestingOrigin,
          isMainFrame: details?.isMainFrame === true,
          mediaTypes: details?.mediaType ? [details.mediaType] : undefined
        },
        context()
      )
  )
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRendererRequest(details.url, devServerOrigin) })
  })
}
