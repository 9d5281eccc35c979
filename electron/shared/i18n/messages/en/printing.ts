/** Printing through the OS print system (services/printing, shell/electron-printer.ts). */
export const printing = {
  'printing.path.cups': 'CUPS',
  'printing.path.windows': 'Windows printing (SumatraPDF)',
  'printing.path.dialog': 'the print dialog',
  'printing.path.harness': 'the harness',
  'printing.noReason': 'no reason given',
  'printing.theSheet': 'the sheet',
  'printing.noDefault': 'There is no default printer. Choose a printer, then print again.',
  'printing.gone':
    'The printer "{name}" is no longer set up on this computer. Choose another printer, then print again.',
  'printing.cups.notRunning':
    'The print system (CUPS) is not running. Start the printing service (or restart the computer), then try again.',
  'printing.cups.notInstalled':
    'The print system (CUPS) is not installed on this computer. Install CUPS, add the printer, then print again.',
  'printing.cups.noPrinter':
    'No printer is set up on this computer. Add the printer in the system settings, then print again.',
  'printing.cups.refused':
    'The printer "{name}" refused the job: {reason}. Check the printer in the system settings, then print again.',
  'printing.cups.noBorderless':
    '"{name}" has no borderless version of this paper: photos at the edge may be cut off by its unprintable border. If they are, set a margin for this printer.',
  'printing.cups.stopped': `The printer "{name}" is stopped{reason, select, none {} other { (the printer says: {reason})}}. Resume it in the system's printer settings, then print again.`,
  'printing.cups.paperUnsupported':
    'The printer "{name}" does not offer this paper size ({width, number}×{height, number} mm), nor custom sizes. Choose a paper size the printer offers, or add this size in its settings.',
  'printing.windows.unavailable':
    'Windows printing could not be started. Reinstall ID Photo Studio, then print again.',
  'printing.windows.listFailed':
    'Windows could not list the printers ({reason}). Check the printers in Windows Settings, then try again.',
  'printing.windows.refused':
    'The printer "{name}" refused the job: {reason}. Check the printer in Windows Settings, then print again.',
  'printing.windows.noPrinter':
    'No printer is set up on this computer. Add the printer in Windows Settings, then print again.',
  'printing.windows.paperUnsupported':
    'The printer "{name}" does not list this paper size. Choose a paper size it offers, or add the size in its printing preferences.',
  'printing.windows.checkPaper':
    'Check that "{name}" has the photo paper selected in its printing preferences.'
}
