import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import type { PrinterInfo, PrintJob, PrintOutcome, PrintPath, Printer } from '../platform'
import { sumatraPaperName, windowsNamesPaper } from './media'
import { spoolFileName, withSpoolFile } from './spool-file'

/** The part of pdf-to-printer this uses (its own documented API). */
export interface PdfToPrinter {
  print(
    pdf: string,
    options: {
      printer?: string
      scale?: 'noscale'
      paperSize?: string
      silent?: boolean
      sumatraPdfPath?: string
    }
  ): Promise<void>
  getPrinters(): Promise<{ name: string; paperSizes: string[] }[]>
  getDefaultPrinter(): Promise<{ name: string } | null>
}

/** The path, named in the language in use when it is asked for. */
const path = (): PrintPath => ({ kind: 'system', label: t('printing.path.windows') })

/**
 * Prints on Windows with pdf-to-printer, which runs its bundled SumatraPDF with `-print-to <printer> -silent` and
 * `-print-settings noscale[,paper=…]`: the PDF at 100 %, no fit to page. SumatraPDF names only office papers
 * (A4, A5, A6, letter); for photo sizes the printer's own paper setting must be the paper, so the outcome says
 * to check it, and a printer whose paper list has no such size is refused before anything is sent.
 * SumatraPDF names the spooler job after the file, so the spool file is named after the job (customer and spec).
 */
export function createWindowsPrinter(
  load: () => Promise<PdfToPrinter>,
  options: { tempRoot?: string } = {}
): Printer {
  const lib = () =>
    load().catch((error: unknown) => {
      throw new AppError('PRINT_SYSTEM_UNAVAILABLE', t('printing.windows.unavailable'), { cause: error })
    })
  // Listing goes through PowerShell; when that fails, nothing can be printed, and the counter is told why.
  const printers = async () => {
    const printer = await lib()
    try {
      const [all, fallback] = await Promise.all([printer.getPrinters(), printer.getDefaultPrinter()])
      return { printer, all, fallback }
    } catch (error) {
      throw new AppError(
        'PRINT_SYSTEM_UNAVAILABLE',
        t('printing.windows.listFailed', { reason: messageOf(error) }),
        {
          cause: error
        }
      )
    }
  }
  const refused = (name: string, error: unknown) =>
    new AppError('PRINT_REFUSED', t('printing.windows.refused', { name, reason: messageOf(error) }), {
      cause: error
    })

  return {
    async path() {
      return path()
    },
    async list(): Promise<PrinterInfo[]> {
      const { all, fallback } = await printers()
      return all.map((p) => ({ name: p.name, isDefault: p.name === fallback?.name }))
    },
    async print(job: PrintJob): Promise<PrintOutcome> {
      const { printer, all, fallback } = await printers()
      const name = job.printerName ?? fallback?.name
      const entry = all.find((p) => p.name === name)
      if (!name || !entry) {
        throw new AppError(
          'NO_PRINTER',
          name ? t('printing.gone', { name }) : t('printing.windows.noPrinter')
        )
      }
      const paper = { widthMm: job.widthMm, heightMm: job.heightMm }
      const named = sumatraPaperName(paper)
      const listed = entry.paperSizes.some((size) => windowsNamesPaper(size, paper))
      if (named === null && !listed) {
        throw new AppError('PAPER_UNSUPPORTED', t('printing.windows.paperUnsupported', { name }))
      }
      await withSpoolFile(
        job.pdf,
        spoolFileName(job.title),
        (file) =>
          printer
            .print(file, {
              printer: name,
              scale: 'noscale',
              silent: true,
              ...(named ? { paperSize: named } : {})
            })
            .catch((error: unknown) => {
              throw refused(name, error)
            }),
        options.tempRoot
      )
      const outcome: PrintOutcome = { printed: true, path: path() }
      if (named === null) outcome.note = t('printing.windows.checkPaper', { name })
      return outcome
    }
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // Never echo a file path back to the counter: the spool file's path is nobody's business.
  return (
    text.replace(/[A-Za-z]:\\[^\s"']+|\/[^\s"']+\.pdf/g, t('printing.theSheet')).slice(0, 300) ||
    t('printing.noReason')
  )
}
