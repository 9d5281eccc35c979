/** Printing through the operating system's print system, at true size: CUPS, Windows, or a fallback. */
export { createCupsPrinter, type CupsPrinter, type CupsPrinterOptions } from './cups-printer'
export { chooseCupsMedia, customMedia, parsePageSizes, type MediaChoice } from './media'
export { CommandMissingError, runCommand, type CommandResult, type RunCommand } from './run-command'
export { spoolFileName, withSpoolFile } from './spool-file'
export { createSystemPrinter, type SystemPrinterOptions } from './system-printer'
export { createWindowsPrinter, type PdfToPrinter } from './windows-printer'
