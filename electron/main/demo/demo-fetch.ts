import type { FetchLike } from '../services/http/http-client'
import type { DemoService } from './demo-service'
import { DemoConnectionDropped } from './fault-controller'

/**
 * An in-process fetch for Demo mode: no socket. Relative URLs resolve against `origin`; absolute URLs keep
 * their host (so image URLs the service returned come back to it). It behaves like real fetch where a client
 * can tell: an aborted signal rejects with the signal's reason, and a dropped connection rejects with
 * TypeError('fetch failed').
 */
export function createDemoFetch(service: DemoService, origin = 'http://demo.localhost'): FetchLike {
  return async (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    if (signal?.aborted) throw signal.reason
    const request =
      input instanceof Request ? new Request(input, init) : new Request(new URL(String(input), origin), init)
    const answer = service.handle(request).catch((error: unknown) => {
      if (error instanceof DemoConnectionDropped) throw new TypeError('fetch failed', { cause: error })
      throw error
    })
    if (!signal) return answer
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason)
      signal.addEventListener('abort', onAbort, { once: true })
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}
