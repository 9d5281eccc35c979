import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  appUrlToRelativePath,
  isAllowedExternalUrl,
  isAllowedRendererRequest,
  isOwnRendererUrl,
  isCameraAllowed,
  isPermissionAllowed,
  secureWebPreferences
} from '../../../../electron/main/shell/security-policy'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name ?? '', values]
    })
  )
}

describe('window options', () => {
  it('sandboxes the renderer with context isolation and no Node integration', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs'
    })
  })
})

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)

  it('defaults to nothing and allows scripts only from the app itself, never eval or inline', () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  })

  it('names no remote origin anywhere', () => {
    for (const [, values] of csp) {
      for (const value of values) expect(value).not.toMatch(/^(https?:|wss?:|\*)/)
    }
  })

  it('forbids objects, frames, base-uri tricks and being framed', () => {
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('puts the same policy in the meta tag, less frame-ancestors (ignored there, so it lives in the header)', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY)
    expect(meta.has('frame-ancestors')).toBe(false)
    expect(new Map([...meta, ['frame-ancestors', ["'none'"]]])).toEqual(csp)
  })
})

describe('external links', () => {
  it('opens only https links on the allowlist', () => {
    expect(isAllowedExternalUrl('https://developers.id.me/documentation')).toBe(true)
    expect(isAllowedExternalUrl('http://developers.id.me/')).toBe(false)
    expect(isAllowedExternalUrl('https://evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://developers.id.me.evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://user:pw@developers.id.me/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isAllowedExternalUrl('not a url')).toBe(false)
  })
})

describe('renderer network', () => {
  it('refuses every http(s) and websocket request in production', () => {
    for (const url of [
      'https://api-us.idphotoapp.com/v2/health',
      'http://127.0.0.1:8080/',
      'wss://x.example/',
      'ftp://x/'
    ]) {
      expect(isAllowedRendererRequest(url, null)).toBe(false)
    }
  })

  it('allows the app scheme, blob and data URLs', () => {
    expect(isAllowedRendererRequest('app://studio/assets/index.js', null)).toBe(true)
    expect(isAllowedRendererRequest('app://other/x', null)).toBe(false)
    expect(isAllowedRendererRequest('blob:app://studio/1234', null)).toBe(true)
    expect(isAllowedRendererRequest('data:image/png;base64,AAAA', null)).toBe(true)
  })

  it('allows the dev server only in development', () => {
    expect(isAllowedRendererRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRendererRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRendererRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })

  it('trusts only our own renderer URLs as IPC senders', () => {
    expect(isOwnRendererUrl(new URL('app://studio/index.html'), null)).toBe(true)
    expect(isOwnRendererUrl(new URL('app://evil/index.html'), null)).toBe(false)
    expect(isOwnRendererUrl(new URL('https://studio/index.html'), null)).toBe(false)
    expect(isOwnRendererUrl(new URL('http://localhost:5173/'), null)).toBe(false)
    expect(isOwnRendererUrl(new URL('http://localhost:5173/'), 'http://localhost:5173')).toBe(true)
  })
})

describe('permissions', () => {
  it('denies everything a feature does not need', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'openExternal',
      'fullscreen',
      'clipboard-read',
      'hid',
      'serial'
    ]) {
      expect(isPermissionAllowed(p)).toBe(false)
    }
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true)
  })
})

describe('the camera', () => {
  const ask = {
    permission: 'media',
    requestingUrl: 'app://studio/index.html',
    isMainFrame: true,
    mediaTypes: ['video']
  }
  const open = { cameraViewOpen: true, devServerOrigin: null }

  it('is allowed for our renderer, for video, while the Camera view is open', () => {
    expect(isCameraAllowed(ask, open)).toBe(true)
    expect(isCameraAllowed(ask, { ...open, cameraViewOpen: false })).toBe(false)
  })

  it('is refused for the microphone, a screen, another origin, a subframe or an unknown kind', () => {
    const refused = [
      { ...ask, mediaTypes: ['audio'] },
      { ...ask, mediaTypes: ['video', 'audio'] },
      { ...ask, mediaTypes: [] },
      { ...ask, mediaTypes: undefined },
      { ...ask, mediaTypes: ['unknown'] },
      { ...ask, permission: 'display-capture' },
      { ...ask, permission: 'geolocation' },
      { ...ask, isMainFrame: false },
      { ...ask, requestingUrl: 'https://studio/index.html' },
      { ...ask, requestingUrl: 'app://evil/index.html' },
      { ...ask, requestingUrl: 'http://localhost:5173/' },
      { ...ask, requestingUrl: 'not a url' },
      { ...ask, requestingUrl: undefined }
    ]
    for (const request of refused) expect(isCameraAllowed(request, open)).toBe(false)
  })

  it('trusts the dev server only in development', () => {
    const dev = { ...ask, requestingUrl: 'http://localhost:5173/' }
    expect(isCameraAllowed(dev, { cameraViewOpen: true, devServerOrigin: 'http://localhost:5173' })).toBe(
      true
    )
  })

  it('keeps media-src closed: the live view is a MediaStream, not a URL', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("media-src 'none'")
  })
})

describe('app protocol paths', () => {
  it('maps app URLs into the renderer folder and refuses traversal', () => {
    expect(appUrlToRelativePath('app://studio/')).toBe('index.html')
    expect(appUrlToRelativePath('app://studio/assets/a.js')).toBe('assets/a.js')
    // The URL parser resolves dot segments first, so an escape attempt lands back inside the renderer folder.
    expect(appUrlToRelativePath('app://studio/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd')
    expect(appUrlToRelativePath('app://studio/assets/..%5c..%5csecret')).toBeNull()
    expect(appUrlToRelativePath('app://other/index.html')).toBeNull()
    expect(appUrlToRelativePath('file:///etc/passwd')).toBeNull()
  })
})
