// Small process helpers shared by the throwaway services (cups.mjs, postgres.mjs): a free port on 127.0.0.1,
// whether a pid is still running, and stopping a server by its own pid (never by name).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** Whether the pid runs; a child that exited but was not yet reaped (a zombie, "Z") counts as gone. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) Z /.test(stat)
  } catch {
    return false
  }
}

function kill(pid, signal) {
  try {
    process.kill(pid, signal)
    return true
  } catch {
    return false // already gone
  }
}

/** Sends `signal` to the child by its own pid and waits for it to exit; SIGKILL if it has not gone in `graceMs`. */
export async function stopChild(child, signal, graceMs = 10_000) {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  if (!kill(child.pid, signal)) return
  const timeout = sleep(graceMs).then(() => 'timeout')
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    kill(child.pid, 'SIGKILL')
    await exited
  }
}

/** The same, synchronously (for a process 'exit' handler): signal, wait while it runs, SIGKILL after `graceMs`. */
export function stopPidSync(pid, signal, graceMs = 10_000) {
  if (!kill(pid, signal)) return
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline && isAlive(pid)) spawnSync('sleep', ['0.05'])
  if (isAlive(pid)) kill(pid, 'SIGKILL')
}
