#!/usr/bin/env node
// A throwaway PostgreSQL for the shared-database tests and the bench: its own cluster (initdb) in a temp folder,
// listening on 127.0.0.1 at a free port, with TLS (a CA and a server certificate made for the run), an app role
// that is not a superuser, and a database it owns. Nothing of the machine's own clusters is touched.
//
//   node scripts/services/postgres.mjs run -- <command…>   start it, run the command with its environment, stop it
//   import { startForTests } from './services/postgres.mjs' (scripts/test.mjs) — start it for this process
//   import { startPostgres } from … (tests that stop and start the server themselves, the bench)
//
// The environment it gives: STUDIO_TEST_PG_URL (the app role's connection), STUDIO_TEST_PG_CA (the CA that signed
// the server's certificate, for TLS verify-full).
//
// What it needs: PostgreSQL's server binaries (Debian: postgresql, in /usr/lib/postgresql/<version>/bin; elsewhere
// initdb on the PATH or PG_BIN) and openssl for the certificates (without it the cluster runs without TLS).
// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user (the folder is
// chowned to it and every server program is started with its uid); as anyone else, to that user.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { makeCertificates } from './postgres-tls.mjs'
import { freePort, stopChild, stopPidSync } from './process-tools.mjs'

const APP_ROLE = 'studio_app'
const APP_DATABASE = 'studio_test'
const INITDB_ARGS = (data) => [
  '-D',
  data,
  '-U',
  'postgres',
  '-E',
  'UTF8',
  '--locale=C',
  '--no-sync',
  '--auth=trust'
]
const PSQL_ARGS = ['-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtc']

/** The folder holding initdb, postgres and psql, or null. */
export function binDir() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return join(debian, versions[0], 'bin')
  }
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' })
  const fromConfig = config.status === 0 ? config.stdout.trim() : ''
  if (fromConfig && existsSync(join(fromConfig, 'initdb'))) return fromConfig
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  return which.status === 0 && which.stdout.trim() ? join(which.stdout.trim(), '..') : null
}

/** Who runs the server: the postgres system user when we are root, else ourselves. */
function serverUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
  if (uid.status !== 0 || gid.status !== 0) return undefined
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) }
}

/** Why the throwaway PostgreSQL cannot run here, or null when it can. */
export function unavailableReason() {
  if (process.platform === 'win32')
    return 'the PostgreSQL tests start a throwaway cluster on Linux or macOS only'
  if (!binDir()) {
    return 'PostgreSQL is not installed (Debian or Ubuntu: sudo apt-get install postgresql postgresql-contrib)'
  }
  if (serverUser() === undefined) {
    return 'PostgreSQL refuses to run as root, and there is no `postgres` system user to run it as'
  }
  return null
}

/**
 * Starts a throwaway cluster; resolves with its environment, its pid, stop() and, for tests of a server that goes
 * away, stopServer() and startServer() (the same cluster, the same port). Throws when it cannot start.
 */
export async function startPostgres() {
  const reason = unavailableReason()
  if (reason) throw new Error(`The throwaway PostgreSQL cannot run here: ${reason}.`)
  const bin = binDir()
  const user = serverUser()
  const owner = user ? { uid: user.uid, gid: user.gid } : {}
  const dir = mkdtempSync(join(tmpdir(), 'studio-pg-'))
  const data = join(dir, 'data')
  const sock = join(dir, 'sock')
  mkdirSync(sock)
  chmodSync(dir, 0o700)
  if (user) for (const path of [dir, sock]) chownSync(path, user.uid, user.gid)
  const pub = mkdtempSync(join(tmpdir(), 'studio-pg-ca-'))

  const runOwned = (cmd, args) => {
    const result = spawnSync(join(bin, cmd), args, { cwd: dir, encoding: 'utf8', ...owner, env: pgEnv() })
    if (result.status !== 0) throw new Error(`${cmd} failed: ${(result.stderr || result.stdout).trim()}`)
    return result.stdout
  }
  try {
    runOwned('initdb', INITDB_ARGS(data))
    const port = await freePort()
    const tls = makeCertificates(data, pub, user)
    configure(data, { port, sock, tls, user })

    const { server, startServer, stopServer } = serverControl({ bin, dir, data, sock, port, owner })
    await startServer()
    const password = randomBytes(18).toString('hex')
    const psql = (sql) =>
      runOwned('psql', ['-h', sock, '-p', String(port), '-U', 'postgres', ...PSQL_ARGS, sql])
    // Not a superuser: the audit table's REVOKEs and the app's privileges are tested as a real app role would be.
    // CREATEDB so that each test file can make a database of its own.
    psql(`create role ${APP_ROLE} login createdb password '${password}'`)
    psql(`create database ${APP_DATABASE} owner ${APP_ROLE}`)
    const env = {
      STUDIO_TEST_PG_URL: `postgres://${APP_ROLE}:${password}@127.0.0.1:${port}/${APP_DATABASE}`,
      ...(tls ? { STUDIO_TEST_PG_CA: tls.ca } : {})
    }
    const removeFolders = () => {
      rmSync(dir, { recursive: true, force: true })
      rmSync(pub, { recursive: true, force: true })
    }
    return {
      env,
      get pid() {
        return server.process?.pid
      },
      port,
      stop: async () => {
        await stopServer()
        removeFolders()
      },
      stopSync: () => {
        const child = server.process
        if (child?.pid !== undefined && child.exitCode === null) stopPidSync(child.pid, 'SIGINT')
        removeFolders()
      },
      stopServer,
      startServer
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    rmSync(pub, { recursive: true, force: true })
    throw error
  }
}

/**
 * For scripts/test.mjs: starts the throwaway PostgreSQL unless one is given (STUDIO_TEST_PG_URL set, as
 * `postgres.mjs run` does), puts its environment into process.env and stops it when this process exits. Where it
 * cannot run, says why and the PostgreSQL tests skip (they fail instead when STUDIO_REQUIRE_PG=1, as in CI).
 */
export async function startForTests() {
  if (process.env.STUDIO_TEST_PG_URL) return
  const reason = unavailableReason()
  if (reason) {
    console.warn(`PostgreSQL tests will be skipped: ${reason}.`)
    return
  }
  let pg
  try {
    pg = await startPostgres()
  } catch (error) {
    console.warn(`PostgreSQL tests will be skipped: ${error instanceof Error ? error.message : error}`)
    return
  }
  Object.assign(process.env, pg.env)
  console.log(`Throwaway PostgreSQL for the shared-database tests on 127.0.0.1:${pg.port} (pid ${pg.pid}).`)
  process.on('exit', pg.stopSync)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      pg.stopSync()
      process.exit(130)
    })
  }
}

/** Starts and stops the cluster's server by its own pid; `server.process` is the running one, or null. */
function serverControl({ bin, dir, data, sock, port, owner }) {
  const server = { process: null }
  const startServer = async () => {
    const child = spawn(join(bin, 'postgres'), ['-D', data], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      ...owner,
      env: pgEnv()
    })
    let log = ''
    child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)))
    server.process = child
    await waitUntilReady(bin, sock, port, child, () => log, owner)
  }
  const stopServer = async () => {
    const child = server.process
    server.process = null
    if (child) await stopChild(child, 'SIGINT') // fast shutdown
  }
  return { server, startServer, stopServer }
}

/** The run's settings: 127.0.0.1 only, its own socket folder, durable commits, TLS when there are certificates. */
function configure(data, { port, sock, tls, user }) {
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      '',
      '# The throwaway test cluster of scripts/services/postgres.mjs.',
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${sock}'`,
      'max_connections = 80',
      'shared_buffers = 32MB',
      // Durable commits, as a real server: the tests' promises about committed work mean something.
      'fsync = on',
      'synchronous_commit = on',
      ...(tls ? ['ssl = on', "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"] : []),
      ''
    ].join('\n')
  )
  // The superuser only through the socket in the run's own 0700 folder; everyone else by password on 127.0.0.1.
  writeFileSync(
    join(data, 'pg_hba.conf'),
    'local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n'
  )
  if (user) chownSync(join(data, 'pg_hba.conf'), user.uid, user.gid)
}

function pgEnv() {
  // A fixed, plain environment: no PG* variables of the caller's reach the test cluster.
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC' }
}

async function waitUntilReady(bin, sock, port, child, log, owner) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`postgres stopped at start: ${log().trim() || 'no reason given'}`)
    const probe = spawnSync(join(bin, 'pg_isready'), ['-h', sock, '-p', String(port), '-U', 'postgres'], {
      stdio: 'ignore',
      ...owner
    })
    if (probe.status === 0) return
    await sleep(100)
  }
  throw new Error('postgres did not start within 30 s.')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...rest] = process.argv.slice(2)
  const argv = rest[0] === '--' ? rest.slice(1) : rest
  if (command !== 'run' || argv.length === 0) {
    console.error('Usage: node scripts/services/postgres.mjs run -- <command…>')
    process.exit(2)
  }
  const pg = await startPostgres()
  console.log(`Throwaway PostgreSQL on 127.0.0.1:${pg.port} (pid ${pg.pid}).`)
  const child = spawnSync(argv[0], argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...pg.env, STUDIO_REQUIRE_PG: '1' }
  })
  await pg.stop()
  process.exit(child.status ?? 1)
}
