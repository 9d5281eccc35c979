import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
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

/** The path, named in the language in use when it is asked for. */
const path = (): PrintPath => ({ kind: 'system', label: t('printing.path.cups') })

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
    return path()
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
        throw new AppError('PRINT_SYSTEM_UNAVAILABLE', t('printing.cups.notRunning'))
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
        t('printing.cups.refused', { name, reason: cupsMessage(submitted.stderr, t('printing.noReason')) })
      )
    }
    const outcome: PrintOutcome = { printed: true, path: path() }
    const jobId = parseJobId(submitted.stdout)
    if (jobId) outcome.jobId = jobId
    if (job.borderless && !choice.borderless && choice.named) {
      outcome.note = t('printing.cups.noBorderless', { name })
    }
    return outcome
  }

  private cups(file: string, args: readonly string[]): Promise<CommandResult> {
    return this.run(file, args, { env: this.env, timeoutMs: 20_000 }).catch((error: unknown) => {
      if (error instanceof CommandMissingError) {
        throw new AppError('PRINT_SYSTEM_UNAVAILABLE', t('printing.cups.notInstalled'))
      }
      throw error
    })
  }

  private async chosenPrinter(name: string | undefined): Promise<string> {
    const printers = await this.list()
    if (printers.length === 0) {
      throw new AppError('NO_PRINTER', t('printing.cups.noPrinter'))
    }
    const wanted = name ?? printers.find((p) => p.isDefault)?.name ?? null
    if (wanted === null) {
      throw new AppError('NO_PRINTER', t('printing.noDefault'))
    }
    if (!printers.some((p) => p.name === wanted)) {
      throw new AppError('NO_PRINTER', t('printing.gone', { name: wanted }))
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
  throw new AppError('PRINTER_STOPPED', t('printing.cups.stopped', { name, reason: state.reason ?? 'none' }))
}

/** The media for the job from the printer's page sizes (`lpoptions -l`), or a plain refusal. */
function mediaFor(name: string, job: PrintJob, lpoptions: CommandResult): MediaChoice {
  const sizes = lpoptions.code === 0 ? parsePageSizes(lpoptions.stdout) : null
  const paper = { widthMm: job.widthMm, heightMm: job.heightMm }
  const choice = chooseCupsMedia(sizes, paper, job.borderless)
  if (choice === null) {
    throw new AppError('PAPER_UNSUPPORTED', t('printing.cups.paperUnsupported', { name, ...portrait(paper) }))
  }
  return choice
}

/** The paper's sides, short first, to one decimal (the message formats them for the locale). */
function portrait(paper: { widthMm: number; heightMm: number }): { width: number; height: number } {
  const r = (v: number) => Math.round(v * 10) / 10
  return {
    width: r(Math.min(paper.widthMm, paper.heightMm)),
    height: r(Math.max(paper.widthMm, paper.heightMm))
  }
}
