/**
 * How the browser harness carries IPC values over HTTP: JSON, with Uint8Array as `{ "$bytes": base64 }`.
 * Electron's structured clone needs none of this; the harness transport does.
 */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array
      ? { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
      : v
  )
}

/** The inverse of encodeWire. */
export function decodeWire(text: string): unknown {
  if (text === '') return undefined
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && typeof (v as { $bytes?: unknown }).$bytes === 'string') {
      return new Uint8Array(Buffer.from((v as { $bytes: string }).$bytes, 'base64'))
    }
    return v
  })
}
