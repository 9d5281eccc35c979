import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DemoService } from './demo-service'
import { MAX_BODY_BYTES, payloadTooLarge } from './demo-responses'
import { DemoConnectionDropped } from './fault-controller'

/** Options for startDemoHttpServer. */
export interface DemoHttpServerOptions {
  service: DemoService
  /** 0 (the default) picks a free port. */
  port?: number
  /** Only loopback: the demo has fixed, public credentials and must not be reachable from the network. */
  host?: '127.0.0.1'
}

/** A running demo HTTP server. */
export interface DemoHttpServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Serves the demo service over node:http on 127.0.0.1. */
export async function startDemoHttpServer(options: DemoHttpServerOptions): Promise<DemoHttpServer> {
  const host = '127.0.0.1'
  const server = createServer((req, res) => {
    void serve(options.service, req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}

async function serve(service: DemoService, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const abort = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) abort.abort(new DOMException('The client went away.', 'AbortError'))
  })
  try {
    const body = await readCapped(req)
    if (body === 'too-large') {
      res.setHeader('connection', 'close')
      await send(res, payloadTooLarge())
      return
    }
    const origin = `http://${req.headers.host ?? `127.0.0.1:${req.socket.localPort ?? 0}`}`
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
    }
    const method = req.method ?? 'GET'
    const request = new Request(new URL(req.url ?? '/', origin), {
      method,
      headers,
      signal: abort.signal,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body) })
    })
    await send(res, await service.handle(request))
  } catch (error) {
    if (error instanceof DemoConnectionDropped) {
      req.socket.destroy()
      return
    }
    if (abort.signal.aborted) return
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(
        JSON.stringify({ code: 'SERVER_ERROR', message: 'The demo service failed unexpectedly. Try again.' })
      )
    } else {
      res.destroy()
    }
  }
}

async function readCapped(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? '0') > MAX_BODY_BYTES) {
    req.resume()
    return 'too-large'
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.byteLength
    if (size > MAX_BODY_BYTES) {
      req.resume()
      return 'too-large'
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  headers['content-length'] = String(bytes.byteLength)
  res.writeHead(response.status, headers)
  res.end(bytes)
}
