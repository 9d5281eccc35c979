/**
 * What services need from the desktop, as small interfaces: Electron provides the real ones in main,
 * and the browser harness provides its own at the edge.
 */

/** Native file dialogs. Each returns null when the person cancels. */
export interface Dialogs {
  /**
   * False where no real save dialog asks before a file is replaced (the browser build): saves then never replace a
   * file, they take the next free number (services/files/save-file.ts). Missing means a native dialog that asks.
   */
  asksBeforeReplacing?: boolean
  chooseFolder(title: string): Promise<string | null>
  chooseSavePath(
    title: string,
    defaultName: string,
    filters: { name: string; extensions: string[] }[]
  ): Promise<string | null>
}

/** A printer as the print system lists it. */
export interface PrinterInfo {
  name: string
  isDefault: boolean
}

/** How a print reaches the paper. */
export interface PrintPath {
  /**
   * 'system': the OS print system (CUPS, Windows) is given the exact page with scaling off, so the size is true.
   * 'dialog': a print dialog takes the page, and the size is then up to the dialog's settings.
   */
  kind: 'system' | 'dialog'
  /** For the counter: "CUPS", "Windows printing (SumatraPDF)", "the print dialog". */
  label: string
}

/** One page to print, exactly the paper. */
export interface PrintJob {
  /** The page as a PDF: what "Save PDF" writes, with the printer's correction applied. */
  pdf: Uint8Array
  /** The page as laid out (a landscape sheet is wider than tall). */
  widthMm: number
  heightMm: number
  /** The printer; the system default when left out. */
  printerName?: string
  /** The job's name in the print queue: customer and spec, never a file path. */
  title: string
  /** True when the sheet has no margin, so a borderless paper size is asked for where the printer has one. */
  borderless: boolean
  /** The same page as an image, for a print path that cannot take a PDF; made only when asked for. */
  image(): Promise<{ bytes: Uint8Array; mime: 'image/png' }>
}

/** What became of a print. */
export interface PrintOutcome {
  /** False when the person cancelled a print dialog. */
  printed: boolean
  path: PrintPath
  /** The print system's job id ("Studio-12"), when it gives one. */
  jobId?: string
  /** Something the counter should check, e.g. the paper set in the printer's own settings. */
  note?: string
}

/** The OS printers and the print path. */
export interface Printer {
  path(): Promise<PrintPath>
  list(): Promise<PrinterInfo[]>
  /** Prints one page at true size; throws an AppError written for the counter when the printer cannot. */
  print(job: PrintJob): Promise<PrintOutcome>
}
