#!/usr/bin/env node
// A private CUPS for the print tests: its own cupsd on 127.0.0.1, configured in a temp folder, with virtual PDF
// printers (printer-driver-cups-pdf) that write each job into a folder the tests read back. It never touches the
// machine's own print queues: the tests reach it through CUPS_SERVER=127.0.0.1:<port>.
//
//   node scripts/services/cups.mjs run -- <command…>   start it, run the command with its environment, stop it
//   import { startForTests } from './services/cups.mjs' (scripts/test.mjs) — start it for this process, stop at exit
//
// What it needs: cupsd, lpadmin, lpstat (Debian: cups cups-client cups-bsd), the cups-pdf backend and PPD
// (printer-driver-cups-pdf), and root: cups-pdf runs only as root, and its per-printer settings can only live in
// /etc/cups (it reads no other folder), so one file /etc/cups/cups-pdf-studio-test-<port>.conf is written for the
// run and removed after it. The tests read the output with poppler-utils (pdfimages) and pdf-lib.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { freePort, isAlive, stopPidSync } from './process-tools.mjs'

const CUPS_PDF_BACKEND = '/usr/lib/cups/backend/cups-pdf'
const CUPS_PDF_PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd'
const INSTANCE_DIR = '/etc/cups'
const INSTANCE_PREFIX = 'cups-pdf-studio-test-'

/** The queue names the tests use. */
export const PRINTERS = { pdf: 'StudioPDF', noCustom: 'StudioPDF-NoCustom' }

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0

/** Why the private CUPS cannot run here, or null when it can. */
export function unavailableReason() {
  if (process.platform !== 'linux') return 'the CUPS print tests use the Linux cups-pdf virtual printer'
  const missing = ['cupsd', 'lpadmin', 'lpstat', 'lp', 'cupsdisable', 'pdfimages'].filter((cmd) => !has(cmd))
  if (!existsSync(CUPS_PDF_BACKEND) || !existsSync(CUPS_PDF_PPD)) missing.push('the cups-pdf printer')
  if (missing.length > 0) {
    return (
      `${missing.join(', ')} not installed ` +
      '(sudo apt-get install cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils)'
    )
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return 'they need root: the cups-pdf printer runs only as root (run npm test as root, as CI does)'
  }
  return null
}

/** Starts the private CUPS; resolves with its environment and a stop(). Throws when it cannot start. */
export async function startCups() {
  const reason = unavailableReason()
  if (reason) throw new Error(`The private CUPS cannot run here: ${reason}.`)
  removeStaleInstances()
  const dir = mkdtempSync(join(tmpdir(), 'studio-cups-'))
  for (const sub of ['spool/tmp', 'cache', 'state', 'log', 'out', 'cups-pdf']) {
    mkdirSync(join(dir, sub), { recursive: true })
  }
  const port = await freePort()
  const server = `127.0.0.1:${port}`
  const instance = `studio-test-${port}`
  const instanceFile = join(INSTANCE_DIR, `${INSTANCE_PREFIX}${port}.conf`)
  writeConfig(dir, port)
  writeFileSync(
    instanceFile,
    [
      `# Written by ID Photo Studio's test run (pid ${process.pid}); removed when it ends.`,
      `Out ${dir}/out`,
      `AnonDirName ${dir}/out`,
      `Spool ${dir}/cups-pdf`,
      `Log ${dir}/log`,
      `GSTmp ${dir}/cups-pdf`,
      'Grp root',
      'Label 1',
      ''
    ].join('\n')
  )
  const daemon = spawn('cupsd', ['-f', '-c', join(dir, 'cupsd.conf'), '-s', join(dir, 'cups-files.conf')], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let daemonError = ''
  daemon.stderr.on('data', (chunk) => (daemonError += chunk))
  const stop = () => stopSync(daemon, dir, instanceFile)
  // The same, waiting for cupsd's exit to be collected, for callers that can wait.
  const stopAndWait = async () => {
    const exited = daemon.exitCode === null ? new Promise((resolve) => daemon.once('exit', resolve)) : null
    stop()
    if (exited) await Promise.race([exited, sleep(2000)])
  }
  try {
    await waitUntilRunning(server, daemon, () => daemonError)
    const admin = (args) => run('lpadmin', ['-h', server, ...args])
    admin(['-p', PRINTERS.pdf, '-E', '-v', `cups-pdf:/${instance}`, '-P', CUPS_PDF_PPD])
    // The same virtual printer without custom page sizes: a printer that does not offer 4×6 in.
    const noCustom = join(dir, 'no-custom.ppd')
    writeFileSync(noCustom, withoutCustomSizes(readFileSync(CUPS_PDF_PPD, 'latin1')), 'latin1')
    admin(['-p', PRINTERS.noCustom, '-E', '-v', `cups-pdf:/${instance}`, '-P', noCustom])
    admin(['-d', PRINTERS.pdf])
  } catch (error) {
    stop()
    throw error
  }
  return {
    env: {
      CUPS_SERVER: server,
      STUDIO_CUPS_OUT: join(dir, 'out'),
      STUDIO_CUPS_PRINTER: PRINTERS.pdf,
      STUDIO_CUPS_PRINTER_NO_CUSTOM: PRINTERS.noCustom
    },
    pid: daemon.pid,
    stop,
    stopAndWait
  }
}

/**
 * For scripts/test.mjs: starts the private CUPS unless one is already given (CUPS_SERVER and STUDIO_CUPS_OUT set,
 * as `cups.mjs run` does), puts its environment into process.env for the test runs, and stops it when this
 * process exits. Where it cannot run, says why and the print tests skip (they fail instead when
 * STUDIO_REQUIRE_CUPS=1, as in CI).
 */
export async function startForTests() {
  if (process.env.CUPS_SERVER && process.env.STUDIO_CUPS_OUT) return
  const reason = unavailableReason()
  if (reason) {
    console.warn(`CUPS print tests will be skipped: ${reason}.`)
    return
  }
  let cups
  try {
    cups = await startCups()
  } catch (error) {
    console.warn(`CUPS print tests will be skipped: ${error instanceof Error ? error.message : error}`)
    return
  }
  Object.assign(process.env, cups.env)
  console.log(`Private CUPS for the print tests on ${cups.env.CUPS_SERVER} (cupsd pid ${cups.pid}).`)
  process.on('exit', cups.stop)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      cups.stop()
      process.exit(130)
    })
  }
}

/** The PPD without its custom page size block (from the CustomPageSize order line to the last parameter). */
function withoutCustomSizes(ppd) {
  const lines = ppd.split(/\r?\n/)
  const first = lines.findIndex((line) => /^\*NonUIOrderDependency:.*\*CustomPageSize/.test(line))
  const last = lines.findLastIndex((line) => line.startsWith('*ParamCustomPageSize'))
  if (first < 0 || last < first) throw new Error('The cups-pdf PPD has no custom page size block to remove.')
  lines.splice(first, last - first + 1)
  return lines
    .map((line) => line.replace(/^\*VariablePaperSize: True/, '*VariablePaperSize: False'))
    .join('\n')
}

function writeConfig(dir, port) {
  writeFileSync(
    join(dir, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'WebInterface No',
      'Browsing Off',
      'BrowseLocalProtocols none',
      'DefaultShared No',
      'DefaultAuthType None',
      'JobRetryLimit 0',
      '<Location />',
      '  Order allow,deny',
      '  Allow 127.0.0.1',
      '</Location>',
      // Everything is allowed, without a password: only this machine can reach it, and only for the tests.
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      ''
    ].join('\n')
  )
  writeFileSync(
    join(dir, 'cups-files.conf'),
    [
      `ServerRoot ${dir}`,
      `RequestRoot ${dir}/spool`,
      `TempDir ${dir}/spool/tmp`,
      `CacheDir ${dir}/cache`,
      `StateDir ${dir}/state`,
      `AccessLog ${dir}/log/access_log`,
      `ErrorLog ${dir}/log/error_log`,
      `PageLog ${dir}/log/page_log`,
      `Printcap ${dir}/printcap`,
      'ServerBin /usr/lib/cups',
      'DataDir /usr/share/cups',
      'DocumentRoot /usr/share/cups/doc-root',
      'User lp',
      'Group lp',
      'SystemGroup root',
      ''
    ].join('\n')
  )
}

async function waitUntilRunning(server, daemon, errors) {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null)
      throw new Error(`cupsd stopped at start: ${errors().trim() || 'no reason given'}`)
    const probe = spawnSync('lpstat', ['-h', server, '-r'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' }
    })
    if (/scheduler is running/.test(probe.stdout)) return
    await sleep(100)
  }
  throw new Error('cupsd did not start within 15 s.')
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${result.stderr.trim()}`)
  return result.stdout
}

/** Stops cupsd by its own pid, then removes the run's folder and cups-pdf settings file. Synchronous, for 'exit'. */
function stopSync(daemon, dir, instanceFile) {
  if (daemon.exitCode === null && daemon.pid !== undefined) stopPidSync(daemon.pid, 'SIGTERM', 5000)
  rmSync(instanceFile, { force: true })
  rmSync(dir, { recursive: true, force: true })
}

/** An instance file left by a run that was killed: its writer's pid is gone. */
function removeStaleInstances() {
  for (const name of readdirSync(INSTANCE_DIR).filter((n) => n.startsWith(INSTANCE_PREFIX))) {
    const path = join(INSTANCE_DIR, name)
    const pid = Number(/pid (\d+)/.exec(readFileSync(path, 'utf8'))?.[1])
    if (!Number.isInteger(pid) || !isAlive(pid)) rmSync(path, { force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...rest] = process.argv.slice(2)
  const argv = rest[0] === '--' ? rest.slice(1) : rest
  if (command !== 'run' || argv.length === 0) {
    console.error('Usage: node scripts/services/cups.mjs run -- <command…>')
    process.exit(2)
  }
  const cups = await startCups()
  console.log(`Private CUPS on ${cups.env.CUPS_SERVER} (cupsd pid ${cups.pid}).`)
  const child = spawnSync(argv[0], argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...cups.env, STUDIO_REQUIRE_CUPS: '1' }
  })
  await cups.stopAndWait()
  process.exit(child.status ?? 1)
}
