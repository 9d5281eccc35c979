import { execFile } from 'node:child_process'

/** What a finished program left: its exit code and output. */
export interface CommandResult {
  /** 0 on success. */
  code: number
  stdout: string
  stderr: string
}

/** Runs one program with an argument array. The print services take this, so tests can watch the calls. */
export type RunCommand = (
  file: string,
  args: readonly string[],
  options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number }
) => Promise<CommandResult>

/** The program is not installed (ENOENT): the print system is not there, which is not the same as it failing. */
export class CommandMissingError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not installed`)
    this.name = 'CommandMissingError'
  }
}

/**
 * Runs a program directly, never through a shell, so a printer name or a job title is one argument whatever it
 * contains. A non-zero exit resolves with its code and output (the caller reads the print system's own words);
 * a missing program rejects with CommandMissingError; a program that hangs is killed after `timeoutMs`.
 */
export const runCommand: RunCommand = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 4 * 1024 * 1024,
        windowsHide: true,
        encoding: 'utf8',
        shell: false
      },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new CommandMissingError(file))
          return
        }
        const timedOut = error !== null && error.killed === true
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({
          code,
          stdout,
          stderr: timedOut ? `${stderr}\n${file} did not answer in time.`.trim() : stderr
        })
      }
    )
  })
