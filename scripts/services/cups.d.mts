/** Types for cups.mjs (the private CUPS the print tests use). */

/** The private CUPS's environment for the tests. */
export interface CupsEnv {
  CUPS_SERVER: string
  STUDIO_CUPS_OUT: string
  STUDIO_CUPS_PRINTER: string
  STUDIO_CUPS_PRINTER_NO_CUSTOM: string
}

/** A running private CUPS. */
export interface RunningCups {
  env: CupsEnv
  pid: number
  stop(): void
  stopAndWait(): Promise<void>
}

export const PRINTERS: { pdf: string; noCustom: string }
export function unavailableReason(): string | null
export function startCups(): Promise<RunningCups>
export function startForTests(): Promise<void>
