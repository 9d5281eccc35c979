import type { Session, WebContents } from 'electron'
import { isAllowedExternalUrl, isAllowedRendererRequest, isPermissionAllowed } from './security-policy'

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
 * #9 deny permissions nothing needs; and the renderer's session refuses network requests, so even a bug
 * in the renderer cannot send data anywhere (all requests go through main).
 */
export function hardenSession(session: HardenableSession, devServerOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission))
  )
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission))
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRendererRequest(details.url, devServerOrigin) })
  })
}
