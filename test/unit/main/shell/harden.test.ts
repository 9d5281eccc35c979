import { describe, expect, it, vi } from 'vitest'
import {
  hardenSession,
  hardenWebContents,
  type HardenableContents,
  type HardenableSession
} from '../../../../electron/main/shell/harden'

type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener)
      return contents
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler
    }
  }
  return {
    contents: contents as unknown as HardenableContents,
    fire(name: string, ...args: unknown[]) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, ...args)
      return event
    },
    open: (url: string) => openHandler?.({ url })
  }
}

describe('hardenWebContents', () => {
  it('denies every new window, and hands only allowlisted https links to the browser', () => {
    const fake = fakeContents()
    const openExternal = vi.fn()
    hardenWebContents(fake.contents, openExternal)
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' })
    expect(fake.open('https://developers.id.me/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://developers.id.me/')
  })

  it('prevents navigation, redirects and webviews', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, vi.fn())
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(fake.fire(name, 'https://evil.example/').preventDefault).toHaveBeenCalledTimes(1)
    }
  })
})

describe('hardenSession', () => {
  type Details = { requestingUrl?: string; isMainFrame?: boolean; mediaTypes?: string[]; mediaType?: string }
  function fakeSession() {
    let request:
      ((c: unknown, permission: string, cb: (ok: boolean) => void, details?: Details) => void) | null = null
    let check: ((c: unknown, permission: string, origin?: string, details?: Details) => boolean) | null = null
    let before: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof before) => (before = h) }
    }
    return {
      session: session as unknown as HardenableSession,
      ask: (permission: string, details?: Details) =>
        new Promise<boolean>((resolve) => request?.(null, permission, resolve, details)),
      check: (permission: string, origin?: string, details?: Details) =>
        check?.(null, permission, origin, details),
      load: (url: string) => new Promise<boolean>((resolve) => before?.({ url }, (r) => resolve(!r.cancel)))
    }
  }

  it('denies permission requests and checks', async () => {
    const fake = fakeSession()
    hardenSession(fake.session, null)
    expect(await fake.ask('media')).toBe(false)
    expect(await fake.ask('geolocation')).toBe(false)
    expect(fake.check('notifications')).toBe(false)
  })

  it('allows the camera only while the Camera view is open, only video, only to our own top frame', async () => {
    const fake = fakeSession()
    let open = false
    hardenSession(fake.session, null, { viewOpen: () => open })
    const camera = { requestingUrl: 'app://studio/index.html', isMainFrame: true, mediaTypes: ['video'] }
    expect(await fake.ask('media', camera)).toBe(false)
    open = true
    expect(await fake.ask('media', camera)).toBe(true)
    expect(await fake.ask('media', { ...camera, mediaTypes: ['video', 'audio'] })).toBe(false)
    expect(await fake.ask('media', { ...camera, mediaTypes: ['audio'] })).toBe(false)
    expect(await fake.ask('media', { ...camera, isMainFrame: false })).toBe(false)
    expect(await fake.ask('media', { ...camera, requestingUrl: 'https://evil.example/' })).toBe(false)
    expect(await fake.ask('display-capture', camera)).toBe(false)
    expect(await fake.ask('geolocation', camera)).toBe(false)
    // Checks (device labels) follow the same rule.
    expect(fake.check('media', 'app://studio', { isMainFrame: true, mediaType: 'video' })).toBe(true)
    expect(fake.check('media', 'app://studio', { isMainFrame: true, mediaType: 'audio' })).toBe(false)
    open = false
    expect(fake.check('media', 'app://studio', { isMainFrame: true, mediaType: 'video' })).toBe(false)
    expect(await fake.ask('media', camera)).toBe(false)
  })

  it('cancels network requests from the renderer', async () => {
    const fake = fakeSession()
    hardenSession(fake.session, null)
    expect(await fake.load('https://api-us.idphotoapp.com/v2/health')).toBe(false)
    expect(await fake.load('app://studio/index.html')).toBe(true)
  })
})
