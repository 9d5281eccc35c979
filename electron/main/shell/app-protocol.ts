import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  appUrlToRelativePath,
  contentTypeFor
} from './security-policy'

/** Must run before the app is ready: `app://` is a standard, secure scheme (checklist #18). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false }
    }
  ])
}

/** In-memory documents served for a moment under `app://studio/__transient/…` (the print path). */
const transient = new Map<string, { body: Uint8Array; type: string; csp: string }>()

/**
 * Serves bytes from memory at a one-off `app://` URL until `remove` is called: printing a customer's sheet never
 * writes it to a temp file, and a sheet of several megabytes does not have to fit in a data: URL.
 */
export function serveTransient(files: { name: string; body: Uint8Array; type: string; csp: string }[]): {
  urlOf: (name: string) => string
  remove: () => void
} {
  const id = randomUUID()
  for (const file of files) transient.set(`__transient/${id}/${file.name}`, file)
  return {
    urlOf: (name) => `${APP_ORIGIN}/__transient/${id}/${name}`,
    remove: () => {
      for (const file of files) transient.delete(`__transient/${id}/${file.name}`)
    }
  }
}

/** Serves the built renderer from `rendererDir` under `app://studio/`, with the CSP as a header too. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const relative = appUrlToRelativePath(request.url)
    if (relative === null) return new Response('Not found', { status: 404 })
    const held = transient.get(relative)
    if (held) {
      return new Response(new Uint8Array(held.body), {
        headers: {
          'content-type': held.type,
          'content-security-policy': held.csp,
          'cache-control': 'no-store'
        }
      })
    }
    try {
      const body = await readFile(join(rendererDir, relative))
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(relative),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff'
        }
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
