import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APP_SCHEME, CONTENT_SECURITY_POLICY, appUrlToRelativePath, contentTypeFor } from './security-policy'

/** Must run before the app is ready: `app://` is a standard, secure scheme (checklist #18). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false }
    }
  ])
}

/** Serves the built renderer from `rendererDir` under `app://studio/`, with the CSP as a header too. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const relative = appUrlToRelativePath(request.url)
    if (relative === null) return new Response('Not found', { status: 404 })
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
