import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppLog } from '../../../../electron/main/services/log/app-log'
import { AppError } from '../../../../electron/shared/errors'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-log-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const read = () =>
  readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('')

describe('the app log', () => {
  it('writes no secret, token or image data, whatever reaches it', () => {
    const log = createAppLog({ dir })
    const apiToken = 'liveApiToken_9f8e7d6c5b4a'
    const documentToken = '3b241101-e2bb-4255-8caf-4136c566a962'
    const hexToken = '0123456789abcdef0123456789abcdef'
    const accessToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig-part_x'
    const imageBase64 = Buffer.alloc(6000, 7).toString('base64')
    const secrets = [
      apiToken,
      documentToken,
      hexToken,
      accessToken,
      'S3cr3t-key-value',
      'k-canary-123',
      imageBase64
    ]

    log.write(
      'error',
      `fetch failed for https://api.id.me/api/public/v3/documents/${documentToken}?token=${apiToken}`
    )
    log.write(
      'warn',
      `POST https://api.idmelabs.com/api/public/v3/documents/refresh/${hexToken}?token=${apiToken}&x=1`
    )
    log.write('warn', 'headers', { authorization: `Bearer ${accessToken}` })
    log.write(
      'error',
      'request body',
      JSON.stringify({ apiKey: 'k-canary-123', apiSecret: 'S3cr3t-key-value', imageBase64 })
    )
    log.write('error', 'a data URL', `<img src="data:image/jpeg;base64,${imageBase64}">`)
    log.write('error', 'bytes', { image: new Uint8Array(5000).fill(255) })
    log.write('error', 'wrapped', new Error('outer', { cause: new Error(`inner ?token=${apiToken}`) }))

    const text = read()
    for (const secret of secrets) expect(text, secret.slice(0, 12)).not.toContain(secret)
    expect(text).not.toContain('255,255')
    expect(text).toContain('[5000 bytes]')
    expect(text).toContain('token=[redacted]')
    expect(text).toMatch(/"authorization":\s*(?:"Bearer )?\[redacted\]/)
    // What is left is still useful: the host, the endpoint and the error chain.
    expect(text).toContain('https://api.id.me/api/public/v3/documents/[redacted]')
    expect(text).toContain('caused by: Error: inner')
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\S+ ERROR /m)
  })

  it('keeps an error’s stack and code, so support can see where it came from', () => {
    const log = createAppLog({ dir })
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    log.write('error', 'The app could not start.', error)
    log.write('warn', 'plain', new AppError('FILE_SYSTEM', 'Could not write the file.'))
    const text = read()
    expect(text).toContain('EACCES: permission denied')
    expect(text).toMatch(/\n\s+at /)
    expect(text).toContain('AppError: Could not write the file.')
  })

  it('rotates: never more than the set number of files, each about the set size', () => {
    const log = createAppLog({ dir, maxBytes: 2_000, files: 3 })
    for (let i = 0; i < 200; i++) log.write('info', `line ${i} ${'x'.repeat(80)}`)
    const names = readdirSync(dir).sort()
    expect(names).toEqual(['main.1.log', 'main.2.log', 'main.log'])
    for (const name of names) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(2_000)
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('line 199 ')
    expect(readFileSync(join(dir, 'main.2.log'), 'utf8')).not.toContain('line 0 ')
    expect(log.path).toBe(join(dir, 'main.log'))
  })

  it('never throws when the folder cannot be written', () => {
    writeFileSync(join(dir, 'blocked'), 'a file where the log folder would go')
    const log = createAppLog({ dir: join(dir, 'blocked', 'logs') })
    expect(() => log.write('error', 'still running')).not.toThrow()
  })
})
