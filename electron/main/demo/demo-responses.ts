/** Error codes in the demo's JSON error bodies (see the comment at the top of demo-service.ts). */
export type DemoErrorCode =
  | 'INVALID_REQUEST'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_REVOKED'
  | 'QUOTA_EXHAUSTED'
  | 'SPEC_NOT_FOUND'
  | 'PHOTO_NOT_FOUND'
  | 'DOCUMENT_NOT_FOUND'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'SERVER_ERROR'

/** A JSON response with the given status. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
  })
}

/** The demo's error body: `{ code, message }`, the message written for a person. */
export function errorResponse(
  status: number,
  code: DemoErrorCode,
  message: string,
  headers: Record<string, string> = {}
): Response {
  return jsonResponse(status, { code, message }, headers)
}

/** Raw bytes with a content type. */
export function bytesResponse(bytes: Uint8Array, contentType: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { 'content-type': contentType, 'content-length': String(bytes.byteLength) }
  })
}

/** Largest request body the demo accepts (the real services have a cap too; the docs do not give it). */
export const MAX_BODY_BYTES = 40 * 1024 * 1024

/** The 413 answer, shared by the in-process path and the HTTP server. */
export function payloadTooLarge(): Response {
  return errorResponse(
    413,
    'PAYLOAD_TOO_LARGE',
    'The photo is too large to upload (over 40 MB). Use a smaller or more compressed image.'
  )
}

/** Reads a request body as JSON, or returns a 400/413 Response. */
export async function readJsonBody(
  request: Request
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) return { ok: false, response: payloadTooLarge() }
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > MAX_BODY_BYTES) return { ok: false, response: payloadTooLarge() }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) as unknown }
  } catch {
    return {
      ok: false,
      response: errorResponse(
        400,
        'INVALID_REQUEST',
        'The request body is not valid JSON. Send a JSON object.'
      )
    }
  }
}
