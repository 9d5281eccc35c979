import type { Printer } from '../platform'
import { createCupsPrinter, type CupsPrinter } from './cups-printer'
import { createWindowsPrinter, type PdfToPrinter } from './windows-printer'

/** What the chooser needs; tests give their own CUPS path or library. */
export interface SystemPrinterOptions {
  platform: NodeJS.Platform
  /** The last resort: a print dialog (Electron's), where the size is up to the dialog. */
  fallback: Printer
  cups?: CupsPrinter
  windows?: () => Promise<PdfToPrinter>
}

/**
 * The OS print system when there is one: CUPS on Linux, macOS and the BSDs when its commands are installed,
 * pdf-to-printer on Windows; otherwise the fallback. Decided once, on first use.
 */
export function createSystemPrinter(options: SystemPrinterOptions): Printer {
  let chosen: Promise<Printer> | null = null
  const choose = (): Promise<Printer> => {
    chosen ??= (async () => {
      if (options.platform === 'win32') {
        return createWindowsPrinter(options.windows ?? loadPdfToPrinter)
      }
      const cups = options.cups ?? createCupsPrinter()
      return (await cups.available()) ? cups : options.fallback
    })()
    return chosen
  }
  return {
    path: async () => (await choose()).path(),
    list: async () => (await choose()).list(),
    print: async (job) => (await choose()).print(job)
  }
}

/** pdf-to-printer is CommonJS; its functions are on the default export. */
async function loadPdfToPrinter(): Promise<PdfToPrinter> {
  const module = (await import('pdf-to-printer')) as unknown as { default?: PdfToPrinter } & PdfToPrinter
  return module.default ?? module
}
