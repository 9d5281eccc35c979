import { join } from 'node:path'
import {
  createDemoService,
  DEMO_CREDENTIALS,
  startDemoHttpServer,
  type DemoHttpServer,
  type FaultRule
} from '../../../../../electron/main/demo'
import {
  createImageDownloader,
  httpsOnly
} from '../../../../../electron/main/services/passport-photo/image-download'
import {
  createPassportPhotoClient,
  type PassportPhotoClientDeps
} from '../../../../../electron/main/services/passport-photo/passport-photo-client'

/** The demo's Passport Photo account numbers, as GET /__demo/stats reports them. */
export interface DemoAccountNumbers {
  makeIdPhotoApiRemaining: number
  makeIdPhotoWatermarkApiRemaining: number
  charges: number
  calls: Record<string, number>
}

/** The real demo service over real HTTP on a free port, plus helpers to drive it through its control routes. */
export async function startDemo() {
  const service = createDemoService({ resourcesDir: join(__dirname, '../../../../../resources/demo') })
  const server: DemoHttpServer = await startDemoHttpServer({ service, port: 0 })
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    if (!response.ok)
      throw new Error(`demo control ${path}: HTTP ${response.status} ${await response.text()}`)
    return response.json() as Promise<unknown>
  }
  const origin = new URL(server.url).origin
  return {
    server,
    url: server.url,
    reset: () => control('POST', '/__demo/reset'),
    fault: (rule: FaultRule) => control('POST', '/__demo/faults', rule),
    account: (update: Record<string, unknown>) => control('POST', '/__demo/accounts', update),
    stats: async () =>
      (await control('GET', '/__demo/stats')) as {
        requestsByPath: Record<string, number>
        accounts: Record<string, DemoAccountNumbers>
      },
    /** The demo account's numbers. */
    demoAccount: async function () {
      const stats = await this.stats()
      return stats.accounts[DEMO_CREDENTIALS.passportPhoto.apiKey]!
    },
    client: (overrides: Partial<PassportPhotoClientDeps> = {}) =>
      createPassportPhotoClient({
        fetch,
        baseUrl: () => server.url,
        credentials: async () => ({ ...DEMO_CREDENTIALS.passportPhoto }),
        sleep: async () => undefined,
        ...overrides
      }),
    /** Demo mode's URL policy: https, or this demo server's own origin. */
    downloader: () =>
      createImageDownloader({ fetch, allowedUrl: (u) => httpsOnly(u) || u.origin === origin }),
    close: () => server.close()
  }
}
