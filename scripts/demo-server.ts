/**
 * Starts the demo Passport Photo and Document Passback services on 127.0.0.1.
 * Usage: npm run demo:server -- [--port N]   (0 or no port: a free one). Ctrl-C stops it.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createDemoService, DEMO_CREDENTIALS, startDemoHttpServer } from '../electron/main/demo'

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a whole number from 0 to 65535 (got "${values.port}").`)
  process.exit(2)
}

const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources/demo')
const service = createDemoService({ resourcesDir })
const server = await startDemoHttpServer({ service, port })

console.log(`Demo services listening on ${server.url}`)
console.log(`  Passport Photo:    ${server.url}/v2/health  (apiKey ${DEMO_CREDENTIALS.passportPhoto.apiKey})`)
console.log(`  Document Passback: ${server.url}/api/public/v3/attributes.json`)
console.log(`  Control:           ${server.url}/__demo/stats`)
console.log('Press Ctrl-C to stop.')

let stopping = false
function stop(): void {
  if (stopping) return
  stopping = true
  server.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
