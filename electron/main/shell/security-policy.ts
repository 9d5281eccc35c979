/**
 * The security decisions of the Electron shell, as plain data and pure functions so that they are unit-tested
 * in Node. Numbers in comments refer to Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations).
 */

/** Our production scheme and host: the renderer is served from `app://studio/`, never `file://` (#18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'studio'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * The renderer's Content Security Policy (#7). No `unsafe-eval`, no `unsafe-inline` scripts, no remote origins:
 * `'self'` is `app://studio` in the app (a protocol that only serves the bundled files) and the harness's own
 * 127.0.0.1 origin in browser tests. Images come from blob: URLs that the renderer makes from IPC bytes.
 * `media-src 'none'` stays: the camera's live view is a MediaStream given to the video element as `srcObject`,
 * which loads nothing from a URL, so the CSP need not allow any media source (the capture e2e test runs under it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The same policy for the `<meta>` tag in index.html. `frame-ancestors` is left out there: browsers ignore it in a
 * meta tag (and say so in the console), so it lives only in the header that app:// and the harness send.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/** The command-line switch that turns DevTools on in a packaged build, for support sessions only. */
export const DEVTOOLS_SWITCH = 'enable-devtools'

/**
 * DevTools are on while developing and off in a packaged build, where they would let anyone at the counter read
 * and drive the renderer. Support can turn them on for one run by starting the app with `--enable-devtools`.
 */
export function devToolsAllowed(options: {
  packaged: boolean
  hasSwitch: (name: string) => boolean
}): boolean {
  return !options.packaged || options.hasSwitch(DEVTOOLS_SWITCH)
}

/** The webPreferences of every window (#2 no Node integration, #3 context isolation, #4 sandbox, #5/#6 defaults kept). */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean } = { devTools: false }
) {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools
  } as const
}

/** External links open in the browser only for https URLs on this allowlist (#14 "Do not use shell.openExternal with untrusted content"). */
export const EXTERNAL_HOSTS = new Set([
  'www.idphotoapp.com',
  'idphotoapp.com',
  'developers.id.me',
  'help.id.me',
  'www.electronjs.org'
])

/** True when `url` may be opened in the user's browser. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      EXTERNAL_HOSTS.has(parsed.hostname)
    )
  } catch {
    return false
  }
}

/**
 * Whether the renderer's session may load `url`. The renderer makes no network request (after Signal Desktop):
 * only our own scheme, blob/data for images, devtools, and in development the electron-vite dev server.
 */
export function isAllowedRendererRequest(url: string, devServerOrigin: string | null): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST
  if (parsed.protocol === 'blob:' || parsed.protocol === 'data:' || parsed.protocol === 'devtools:')
    return true
  if (devServerOrigin !== null) {
    const dev = new URL(devServerOrigin)
    if (parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:'))
      return true
  }
  return false
}

/** True for a URL of our own renderer, the only frames allowed to use the IPC (#17). */
export function isOwnRendererUrl(url: URL, devServerOrigin: string | null): boolean {
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  return devServerOrigin !== null && url.origin === new URL(devServerOrigin).origin
}

/** Permissions the app needs besides the camera (#9 "Handle session permission requests from remote content"). */
export function isPermissionAllowed(permission: string): boolean {
  // Writing to the clipboard (the "copy UK photo code" button) is the one thing a feature needs.
  return permission === 'clipboard-sanitized-write'
}

/** A request or check for the camera or microphone, as Electron describes it. */
export interface MediaPermissionAsk {
  permission: string
  /** The URL of the frame that asks (a request's `requestingUrl`; a check's, or its requesting origin). */
  requestingUrl: string | null | undefined
  isMainFrame: boolean
  /** A request's `mediaTypes`, or a check's single `mediaType`. */
  mediaTypes: readonly string[] | undefined
}

/**
 * The camera, and nothing else of `media` (#9): only for our own renderer's top frame, only video (never the
 * microphone, never a screen: `display-capture` is another permission and stays denied), and only while the
 * Camera view is open (`cameraViewOpen`, set by the view itself through capture:set-camera-view).
 */
export function isCameraAllowed(
  ask: MediaPermissionAsk,
  context: { cameraViewOpen: boolean; devServerOrigin: string | null }
): boolean {
  if (ask.permission !== 'media' || !context.cameraViewOpen || !ask.isMainFrame) return false
  if (!ask.mediaTypes || ask.mediaTypes.length === 0 || ask.mediaTypes.some((t) => t !== 'video'))
    return false
  if (!ask.requestingUrl) return false
  let url: URL
  try {
    url = new URL(ask.requestingUrl)
  } catch {
    return false
  }
  return isOwnRendererUrl(url, context.devServerOrigin)
}

/**
 * Maps an `app://studio/...` URL to a file under the renderer folder, refusing anything that would leave it.
 * Returns the relative path (POSIX separators), or null.
 */
export function appUrlToRelativePath(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path === '/' || path === '') return 'index.html'
  const segments = path.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0'))) return null
  return segments.join('/')
}

/** Content types for the files the renderer build contains. */
export function contentTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    svg: 'image/svg+xml',
    png: 'image/png',
    jpg: 'image/jpeg',
    woff2: 'font/woff2',
    json: 'application/json',
    ico: 'image/x-icon'
  }
  return types[ext] ?? 'application/octet-stream'
}
