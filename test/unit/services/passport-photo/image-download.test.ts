import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createImageDownloader } from '../../../../electron/main/services/passport-photo/image-download'

// A tiny local server for what the demo never sends: a non-image, an oversize stream with no length.
let server: Server
let base: string
let bytesSent = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/text') {
      res.end('<html>not a photo</html>')
    } else if (req.url === '/endless') {
      // Streams without Content-Length until the client goes away: the cap must stop it mid-stream.
      res.writeHead(200, { 'content-type': 'image/jpeg' })
      const chunk = Buffer.alloc(64 * 1024, 0xff)
      const timer = setInterval(() => {
        bytesSent += chunk.length
        res.write(chunk)
      }, 1)
      res.on('close', () => clearInterval(timer))
    } else if (req.url === '/png') {
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    } else if (req.url === '/webp') {
      res.end(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const local = () => createImageDownloader({ fetch, allowedUrl: (u) => u.origin === base })
const options = { timeoutMs: 5000, maxBytes: 1_000_000 }

describe('downloadImage', () => {
  it('refuses plain http unless the policy allows that origin (demo mode only)', async () => {
    const strict = createImageDownloader({ fetch })
    await expect(strict(`${base}/png`, options)).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' })
    await expect(strict('https://user:pw@example.com/a.jpg', options)).rejects.toMatchObject({
      code: 'MALFORMED_RESPONSE'
    })
    expect((await local()(`${base}/png`, options)).type).toBe('png')
  })

  it('keeps signed query strings out of the error message', async () => {
    const strict = createImageDownloader({ fetch })
    const error = await strict('http://bucket.example/p.jpg?X-Amz-Signature=secret', options).catch((e) => e)
    expect(String(error.message)).not.toContain('secret')
  })

  it('detects WebP by its bytes', async () => {
    expect((await local()(`${base}/webp`, options)).type).toBe('webp')
  })

  it('rejects something that is not an image → NOT_IMAGE', async () => {
    await expect(local()(`${base}/text`, options)).rejects.toMatchObject({ code: 'NOT_IMAGE' })
  })

  it('stops an oversize stream while it arrives → IMAGE_TOO_LARGE', async () => {
    bytesSent = 0
    await expect(local()(`${base}/endless`, { ...options, maxBytes: 512 * 1024 })).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE'
    })
    await new Promise((r) => setTimeout(r, 50))
    const sentAfterStop = bytesSent
    await new Promise((r) => setTimeout(r, 100))
    expect(bytesSent - sentAfterStop).toBeLessThan(4 * 64 * 1024) // the server stopped sending
  })

  it('an expired link → NOT_FOUND', async () => {
    await expect(local()(`${base}/gone`, options)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
