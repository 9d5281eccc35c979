import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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

/**
 * pdf-to-printer is CommonJS; its functions are on the default export. It finds its SumatraPDF beside itself and
 * swaps app.asar for app.asar.unpacked only when it can see the main module's path, which an ES-module main does
 * not give; so the unpacked path (electron-builder.yml unpacks the .exe) is passed to every print.
 */
async function loadPdfToPrinter(): Promise<PdfToPrinter> {
  const module = (await import('pdf-to-printer')) as unknown as { default?: PdfToPrinter } & PdfToPrinter
  const lib = module.default ?? module
  const bundle = createRequire(import.meta.url).resolve('pdf-to-printer')
  const sumatraPdfPath = join(dirname(bundle), SUMATRA_EXE).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  return { ...lib, print: (pdf, options) => lib.print(pdf, { ...options, sumatraPdfPath }) }
}

/** The SumatraPDF that pdf-to-printer 5.8 ships in its dist folder. */
const SUMATRA_EXE = 'SumatraPDF-3.4.6-32.exe'
