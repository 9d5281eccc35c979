/**
 * Readers for what the CUPS commands print. They run with LC_ALL=C, so the wording is CUPS's English, the same on
 * Linux and macOS (CUPS 2.x).
 */

/** `lpstat -e`: one destination name a line. */
export function parseDestinations(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/\s/.test(line))
}

/** `lpstat -d`: "system default destination: NAME", or "no system default destination". */
export function parseDefaultDestination(output: string): string | null {
  const match = /default destination:\s*(\S+)/.exec(output)
  return match ? (match[1] as string) : null
}

/** A printer's state as `lpstat -p NAME` and `lpstat -a NAME` tell it. */
export interface PrinterState {
  /** The printer was stopped (paused), with `cupsdisable` or the system's printer settings. */
  stopped: boolean
  /** The queue refuses new jobs (`cupsreject`). */
  rejecting: boolean
  /** The printer's own reason ("Paused", "Out of paper"), when it gave one. */
  reason: string | null
}

/**
 * Reads `lpstat -p NAME` ("printer NAME is idle.  enabled since …", "printer NAME disabled since … -" with the
 * reason on the next, indented line) and `lpstat -a NAME` ("NAME accepting requests since …" or "NAME not
 * accepting requests since … -" and a reason).
 */
export function parsePrinterState(printerOutput: string, acceptingOutput: string): PrinterState {
  const stopped = /^printer \S+ disabled since/m.test(printerOutput)
  const rejecting = /^\S+ not accepting requests/m.test(acceptingOutput)
  const reasonAfter = (output: string, pattern: RegExp): string | null => {
    const lines = output.split(/\r?\n/)
    const index = lines.findIndex((line) => pattern.test(line))
    const next = index >= 0 ? lines[index + 1] : undefined
    return next !== undefined && /^\s+\S/.test(next) ? next.trim() : null
  }
  const reason =
    (stopped ? reasonAfter(printerOutput, /disabled since/) : null) ??
    (rejecting ? reasonAfter(acceptingOutput, /not accepting requests/) : null)
  return { stopped, rejecting, reason }
}

/** `lp`: "request id is NAME-123 (1 file(s))". */
export function parseJobId(output: string): string | null {
  const match = /request id is (\S+)/.exec(output)
  return match ? (match[1] as string) : null
}

/** The last thing a CUPS command said on stderr, without the "lp: " prefix, for an error message. */
export function cupsMessage(stderr: string, fallback: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/deprecated/i.test(line))
  const last = lines[lines.length - 1]
  return last ? last.replace(/^(lp|lpstat|lpoptions):\s*(Error\s*-\s*)?/, '').replace(/\.+$/, '') : fallback
}
