import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import sharp from 'sharp'
import { expect, test } from '@playwright/test'
import { locateFaceAssets } from '../../electron/main/services/face/face-assets'
import type { FaceWorkerResponse } from '../../electron/main/services/face/face-worker'
import { MOUTH_OPEN_ABOVE } from '../../electron/main/services/face/thresholds'

// The face worker as electron-vite builds it (out/main/face-worker.js), loaded the way the packaged app loads it:
// a plain worker thread, no TypeScript loader, the models and the WebAssembly found by path.
const BUILT = fileURLToPath(new URL('../../out/main/face-worker.js', import.meta.url))

test('the built face worker loads its models from disk and finds the astronaut’s face', async () => {
  expect(existsSync(BUILT), 'run `npm run build` first').toBe(true)
  const worker = new Worker(BUILT, { workerData: locateFaceAssets() })
  try {
    const messages: FaceWorkerResponse[] = []
    const next = (type: FaceWorkerResponse['type']) =>
      new Promise<FaceWorkerResponse>((resolve, reject) => {
        const check = () => {
          const found = messages.find((m) => m.type === type || m.type === 'failed')
          if (found) resolve(found)
          else setTimeout(check, 20)
        }
        worker.once('error', reject)
        check()
      })
    worker.on('message', (message: FaceWorkerResponse) => messages.push(message))
    expect((await next('ready')).type).toBe('ready')
    const { data, info } = await sharp(
      readFileSync(fileURLToPath(new URL('../fixtures/photos/astronaut.png', import.meta.url)))
    )
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    worker.postMessage({
      type: 'measure',
      id: 1,
      image: { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 }
    })
    const answer = await next('result')
    expect(answer.type).toBe('result')
    if (answer.type !== 'result') return
    expect(answer.measurement.faces).toHaveLength(1)
    expect(answer.measurement.faces[0]!.mouthOpenness).toBeGreaterThan(MOUTH_OPEN_ABOVE)
  } finally {
    await worker.terminate()
  }
})
