import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppContext, type AppContext } from '../../../electron/main/app-context'
import type { EmitEvent, HostEnvironment } from '../../../electron/main/core'
import { createDemoService, type DemoService } from '../../../electron/main/demo'
import { createDispatcher } from '../../../electron/main/ipc/dispatch'
import type { Dialogs, Printer } from '../../../electron/main/services/platform'
import { KeytarSecretStore } from '../../../electron/main/services/secrets/keytar-secret-store'
import type { SecretStore } from '../../../electron/main/services/secrets/secret-store'
import {
  appUrlToRelativePath,
  contentTypeFor,
  CONTENT_SECURITY_POLICY
} from '../../../electron/main/shell/security-policy'
import { CHANNELS, EVENT_NAMES } from '../../../electron/shared/contract'
import { decodeWire, encodeWire } from './wire-codec'
import { t } from '../../../electron/main/services/i18n/main-language'

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)))

/** What a test can steer at the edge of the harness: dialogs' answers and the printer. */
export interface HarnessEdges {
  /** The folder that "Choose folder…" answers, and where "Save as…" files go. */
  saveFolder: string
  /** Set to false to make the next save dialog behave as cancelled. */
  nextDialogConfirms: boolean
  /** Every page the app printed: its size, the PDF's byte count, the printer and the job's name. */
  printed: { widthMm: number; heightMm: number; bytes: number; printerName?: string; title: string }[]
  /**
   * Set to a real print path (e.g. CUPS on a private test server) to print through it; the harness still records
   * each page. Left null, "Harness Printer" takes every page and prints nothing.
   */
  printer: Printer | null
  /** Links the app asked to open in the browser (the harness opens none). */
  opened: string[]
}

/** A running harness. */
export interface Harness {
  url: string
  context: AppContext
  demo: DemoService
  edges: HarnessEdges
  close(): Promise<void>
}

/**
 * The browser harness: serves the built renderer on 127.0.0.1 with a bridge in place of the preload, backed by
 * the real handler registry, the real services, the real keychain and the demo service. Used by the Playwright
 * tests and by `npm run demo:web`.
 */
export async function startHarness(options: {
  dataDir: string
  saveFolder: string
  port?: number
  secretStore?: SecretStore
  rendererDir?: string
  /** The "operating system's" locale until the browser says its own language (each IPC request carries it). */
  systemLocale?: string
}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? join(root, 'out/renderer')
  const demo = createDemoService({ resourcesDir: join(root, 'resources/demo') })
  const subscribers = new Set<ServerResponse>()
  const emit: EmitEvent = (event, payload) => {
    const line = `data: ${encodeWire({ event, payload })}\n\n`
    for (const response of subscribers) response.write(line)
  }
  const edges: HarnessEdges = {
    saveFolder: options.saveFolder,
    nextDialogConfirms: true,
    printed: [],
    printer: null,
    opened: []
  }
  const dialogs: Dialogs = {
    // The browser build has no save dialog that asks before replacing: saves take the next free number instead.
    asksBeforeReplacing: false,
    async chooseFolder() {
      return takeConfirm(edges) ? edges.saveFolder : null
    },
    async chooseSavePath(_title, defaultName) {
      return takeConfirm(edges) ? join(edges.saveFolder, basename(defaultName)) : null
    }
  }
  const printer: Printer = {
    async path() {
      return edges.printer ? edges.printer.path() : { kind: 'system', label: t('printing.path.harness') }
    },
    async list() {
      return edges.printer ? edges.printer.list() : [{ name: 'Harness Printer', isDefault: true }]
    },
    async print(job) {
      edges.printed.push({
        widthMm: job.widthMm,
        heightMm: job.heightMm,
        bytes: job.pdf.byteLength,
        title: job.title,
        ...(job.printerName ? { printerName: job.printerName } : {})
      })
      return edges.printer ? edges.printer.print(job) : { printed: true, path: await printer.path() }
    }
  }
  // The browser's language plays the operating system's: the bridge sends navigator.language with every call.
  let systemLocale = options.systemLocale ?? 'en-US'
  const host: HostEnvironment = {
    dataDir: options.dataDir,
    resourcesDir: join(root, 'resources'),
    secretStore: options.secretStore ?? new KeytarSecretStore('ID Photo Studio (tests)'),
    // The harness is demo-only: a real request would leave 127.0.0.1, so it is refused.
    networkFetch: async () => {
      throw new TypeError('The browser harness is demo-only; it makes no network requests.')
    },
    dialogs,
    printer,
    openExternal: async (url) => {
      edges.opened.push(url)
    },
    emit,
    osUser: 'harness',
    version: '0.0.0-harness',
    platform: process.platform,
    harness: true,
    demo,
    systemLocale: () => systemLocale,
    development: true
  }
  const context = await createAppContext(host)
  let origin = ''
  const dispatch = createDispatcher({
    registry: context.registry,
    isTrustedUrl: (url) => url.origin === origin
  })

  const server = createServer((request, response) => {
    void route(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    if (url.pathname.startsWith('/__ipc/') && request.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/__ipc/'.length))
      const browserLocale = request.headers['x-system-locale']
      if (typeof browserLocale === 'string' && browserLocale !== '' && browserLocale !== systemLocale) {
        systemLocale = browserLocale.slice(0, 64)
        context.refreshLocale()
      }
      const input = decodeWire((await readBody(request)).toString('utf8'))
      const sender = {
        frameUrl: typeof request.headers.referer === 'string' ? request.headers.referer : null,
        isTopFrame:
          request.headers['x-top-frame'] === 'true' && request.headers['sec-fetch-site'] !== 'cross-site'
      }
      const result = await dispatch(channel, input ?? undefined, sender)
      response.writeHead(200, { 'content-type': 'application/json' }).end(encodeWire(result))
      return
    }
    if (url.pathname === '/__events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      response.write(': connected\n\n')
      subscribers.add(response)
      request.on('close', () => subscribers.delete(response))
      return
    }
    if (url.pathname.startsWith('/__demo/')) {
      const body =
        request.method === 'GET' || request.method === 'HEAD'
          ? undefined
          : new Uint8Array(await readBody(request))
      const answer = await demo.handle(
        new Request(new URL(url.pathname + url.search, origin), {
          method: request.method ?? 'GET',
          body,
          headers: { 'content-type': 'application/json' }
        })
      )
      response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json'
      })
      response.end(Buffer.from(await answer.arrayBuffer()))
      return
    }
    if (url.pathname === '/__harness/bridge.js') {
      const script = await readFile(join(root, 'test/helpers/harness/bridge.js'))
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script)
      return
    }
    const relative = appUrlToRelativePath(`app://studio${url.pathname}`)
    if (relative === null) {
      response.writeHead(404).end()
      return
    }
    let body: Buffer
    try {
      body = await readFile(join(rendererDir, relative))
    } catch {
      response.writeHead(404).end()
      return
    }
    if (relative === 'index.html') body = Buffer.from(injectBridge(body.toString('utf8')))
    response
      .writeHead(200, {
        'content-type': contentTypeFor(relative),
        'content-security-policy': CONTENT_SECURITY_POLICY
      })
      .end(body)
  }

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('harness: no address')
  origin = `http://127.0.0.1:${address.port}`

  return {
    url: origin,
    context,
    demo,
    edges,
    async close() {
      for (const response of subscribers) response.end()
      await context.dispose()
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()))
      server.closeAllConnections()
      await closed
    }
  }
}

function injectBridge(html: string): string {
  const config = JSON.stringify({ channels: CHANNELS, events: EVENT_NAMES }).replace(/</g, '\\u003c')
  const tags = `<script type="application/json" id="harness-config">${config}</script><script src="/__harness/bridge.js"></script>`
  return html.replace('</head>', `${tags}</head>`)
}

function takeConfirm(edges: HarnessEdges): boolean {
  const confirm = edges.nextDialogConfirms
  edges.nextDialogConfirms = true
  return confirm
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
