import { AppError } from '../../../shared/errors'
import type { PrinterInfo, PrintJob, PrintOutcome, PrintPath, Printer } from '../platform'
import {
  cupsMessage,
  parseDefaultDestination,
  parseDestinations,
  parseJobId,
  parsePrinterState
} from './cups-output'
import { chooseCupsMedia, parsePageSizes, type MediaChoice } from './media'
import { CommandMissingError, runCommand, type CommandResult, type RunCommand } from './run-command'
import { spoolFileName, withSpoolFile } from './spool-file'

/** Options for the CUPS print path; tests pass their own runner, environment (CUPS_SERVER) and temp folder. */
export interface CupsPrinterOptions {
  run?: RunCommand
  /** The environment the commands see; CUPS_SERVER in it picks the server. process.env when left out. */
  env?: NodeJS.ProcessEnv
  /** Where owner-only spool files are made (the OS temp folder when left out). */
  tempRoot?: string
}

const PATH: PrintPath = { kind: 'system', label: 'CUPS' }

/** The CUPS print path, plus whether CUPS's commands are installed at all. */
export interface CupsPrinter extends Printer {
  available(): Promise<boolean>
}

/**
 * Prints through CUPS (Linux, macOS) with its own commands: `lpstat` to list printers and read their state,
 * `lpoptions` for the paper sizes a printer offers, `lp` to hand over the PDF. The page goes with the exact
 * media (the printer's own name for the paper, or Custom.WxHmm) and `print-scaling=none`, so nothing is fitted
 * to the page; the job is named after the customer and spec (`-t`), never after the temp file.
 */
export function createCupsPrinter(options: CupsPrinterOptions = {}): CupsPrinter {
  return new CupsPrintPath(options)
}

class CupsPrintPath implements CupsPrinter {
  private readonly run: RunCommand
  private readonly env: NodeJS.ProcessEnv

  constructor(private readonly options: CupsPrinterOptions) {
    this.run = options.run ?? runCommand
    // CUPS's English wording whatever the desktop's language, so the output can be read.
    this.env = { ...(options.env ?? process.env), LC_ALL: 'C', LANG: 'C' }
  }

  async available(): Promise<boolean> {
    try {
      await this.run('lpstat', ['-r'], { env: this.env, timeoutMs: 10_000 })
      return true
    } catch (error) {
      if (error instanceof CommandMissingError) return false
      throw error
    }
  }

  async path(): Promise<PrintPath> {
    return PATH
  }

  async list(): Promise<PrinterInfo[]> {
    const [destinations, fallback] = await Promise.all([
      this.cups('lpstat', ['-e']),
      this.cups('lpstat', ['-d'])
    ])
    const names = destinations.code === 0 ? parseDestinations(destinations.stdout) : []
    if (names.length === 0) {
      // No printers, or no scheduler to ask: lpstat says nothing either way, `lpstat -r` tells them apart.
      const scheduler = await this.cups('lpstat', ['-r'])
      if (/not running/i.test(scheduler.stdout + scheduler.stderr)) {
        throw new AppError(
          'PRINT_SYSTEM_UNAVAILABLE',
          'The print system (CUPS) is not running. Start the printing service (or restart the computer), then ' +
            'try again.'
        )
      }
      return []
    }
    const byDefault = parseDefaultDestination(fallback.stdout)
    return names.map((name) => ({ name, isDefault: name === byDefault }))
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    // The printer's state and paper sizes are asked for while the list is checked: each is a process to start.
    const asked = job.printerName
    const [name, state, sizes] = await Promise.all([
      this.chosenPrinter(asked),
      asked ? this.cups('lpstat', ['-p', asked]) : null,
      asked ? this.cups('lpoptions', ['-p', asked, '-l']) : null
    ])
    checkReady(name, state ?? (await this.cups('lpstat', ['-p', name])))
    const choice = mediaFor(name, job, sizes ?? (await this.cups('lpoptions', ['-p', name, '-l'])))
    const args = ['-d', name, '-t', job.title, '-n', '1', '-o', `media=${choice.media}`]
    args.push('-o', 'print-scaling=none')
    const submitted = await withSpoolFile(
      job.pdf,
      spoolFileName('sheet'),
      (file) => this.cups('lp', [...args, '--', file]),
      this.options.tempRoot
    )
    if (submitted.code !== 0) {
      throw new AppError(
        'PRINT_REFUSED',
        `The printer "${name}" refused the job: ${cupsMessage(submitted.stderr, 'no reason given')}. ` +
          'Check the printer in the system settings, then print again.'
      )
    }
    const outcome: PrintOutcome = { printed: true, path: PATH }
    const jobId = parseJobId(submitted.stdout)
    if (jobId) outcome.jobId = jobId
    if (job.borderless && !choice.borderless && choice.named) {
      outcome.note =
        `"${name}" has no borderless version of this paper: photos at the edge may be cut off by its ` +
        'unprintable border. If they are, set a margin for this printer.'
    }
    return outcome
  }

  private cups(file: string, args: readonly string[]): Promise<CommandResult> {
    return this.run(file, args, { env: this.env, timeoutMs: 20_000 }).catch((error: unknown) => {
      if (error instanceof CommandMissingError) {
        throw new AppError(
          'PRINT_SYSTEM_UNAVAILABLE',
          'The print system (CUPS) is not installed on this computer. Install CUPS, add the printer, then print again.'
        )
      }
      throw error
    })
  }

  private async chosenPrinter(name: string | undefined): Promise<string> {
    const printers = await this.list()
    if (printers.length === 0) {
      throw new AppError(
        'NO_PRINTER',
        'No printer is set up on this computer. Add the printer in the system settings, then print again.'
      )
    }
    const wanted = name ?? printers.find((p) => p.isDefault)?.name ?? null
    if (wanted === null) {
      throw new AppError('NO_PRINTER', 'There is no default printer. Choose a printer, then print again.')
    }
    if (!printers.some((p) => p.name === wanted)) {
      throw new AppError(
        'NO_PRINTER',
        `The printer "${wanted}" is no longer set up on this computer. Choose another printer, then print again.`
      )
    }
    return wanted
  }
}

/**
 * A stopped (paused) printer would hold the job silently: say so instead. A queue that rejects jobs is left to
 * `lp`, whose refusal carries CUPS's own words.
 */
function checkReady(name: string, printerState: CommandResult): void {
  const state = parsePrinterState(printerState.stdout, '')
  if (!state.stopped) return
  const why = state.reason ? ` (the printer says: ${state.reason})` : ''
  throw new AppError(
    'PRINTER_STOPPED',
    `The printer "${name}" is stopped${why}. Resume it in the system's printer settings, then print again.`
  )
}

/** The media for the job from the printer's page sizes (`lpoptions -l`), or a plain refusal. */
function mediaFor(name: string, job: PrintJob, lpoptions: CommandResult): MediaChoice {
  const sizes = lpoptions.code === 0 ? parsePageSizes(lpoptions.stdout) : null
  const paper = { widthMm: job.widthMm, heightMm: job.heightMm }
  const choice = chooseCupsMedia(sizes, paper, job.borderless)
  if (choice === null) {
    throw new AppError(
      'PAPER_UNSUPPORTED',
      `The printer "${name}" does not offer this paper size (${mm(paper)}), nor custom sizes. Choose a paper ` +
        'size the printer offers, or add this size in its settings.'
    )
  }
  return choice
}

function mm(paper: { widthMm: number; heightMm: number }): string {
  const r = (v: number) => Math.round(v * 10) / 10
  return `${r(Math.min(paper.widthMm, paper.heightMm))}×${r(Math.max(paper.widthMm, paper.heightMm))} mm`
}
