// The throwaway PostgreSQL's TLS: a CA and a server certificate for 127.0.0.1 and localhost, made with openssl for
// one run, so the shared-database tests can check verify-full with and without the CA.
import { spawnSync } from 'node:child_process'
import { chownSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes server.crt and server.key (0600, owned by the server's user) into the cluster's `data` folder and keeps
 * only ca.crt in `pub`, the folder the tests read. Null without openssl (the cluster then runs without TLS).
 */
export function makeCertificates(data, pub, user) {
  if (spawnSync('sh', ['-c', 'command -v openssl'], { stdio: 'ignore' }).status !== 0) return null
  const ssl = (args) => {
    const result = spawnSync('openssl', args, { cwd: pub, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr.trim()}`)
  }
  const key = ['-newkey', 'rsa:2048', '-nodes']
  ssl([
    'req',
    '-x509',
    ...key,
    '-days',
    '2',
    '-subj',
    '/CN=Studio test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt'
  ])
  ssl(['req', ...key, '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr'])
  writeFileSync(join(pub, 'san.ext'), 'subjectAltName = IP:127.0.0.1, DNS:localhost\n')
  ssl([
    ...['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial'],
    ...['-days', '2', '-extfile', 'san.ext', '-out', 'server.crt']
  ])
  for (const name of ['server.crt', 'server.key']) {
    const target = join(data, name)
    writeFileSync(target, readFileSync(join(pub, name)), { mode: 0o600 })
    if (user) chownSync(target, user.uid, user.gid)
  }
  for (const name of ['ca.key', 'server.key', 'server.csr', 'san.ext', 'ca.srl'])
    rmSync(join(pub, name), { force: true })
  return { ca: join(pub, 'ca.crt') }
}
