/** Print sheets, main's side (services/sheets, features/sheets-*): layout notes, hints, errors, the ruler page. */
export const sheetsMain = {
  'sheetsMain.size.noResolution':
    'This spec has no print size and no resolution to work one out. Choose a print size.',
  'sheetsMain.size.derivedNote':
    'No physical size: printed at {dpi, number} dpi → {width, number}×{height, number} mm{specDpi, select, false { (the spec gives no dpi)} other {}}',
  'sheetsMain.size.noSize':
    'This spec gives neither a print size nor a pixel size, so it cannot be printed. Choose another spec.',
  'sheetsMain.note.forSpec': '{spec}: {note}',
  'sheetsMain.layout.unknownPaper': 'The paper size "{paper}" is not known. Choose a paper from the list.',
  'sheetsMain.layout.noRoom':
    'The margins leave no room for photos on this paper. Make the margin smaller or choose larger paper.',
  'sheetsMain.layout.noCopyFits':
    'No copy of {name} fits in the space left on this paper. Choose larger paper or fewer other copies.',
  'sheetsMain.layout.onlySome':
    'Only {placed, number} of {asked, number} copies of {name} fit on this paper. Print the rest on another sheet, make the margin or gap smaller, or choose larger paper.',
  'sheetsMain.layout.labelLeftOff':
    'The label was left off: there is no room for it without losing copies ({without, number} fit without it, {with, number} with it). Ask for fewer copies to make room, or turn the label off.',
  'sheetsMain.layout.invalid':
    'The print sheet could not be laid out: {problem, select, paper {the paper size must be greater than zero} margin {the margin must be zero or more} gap {the gap between copies must be zero or more} dpi {the print resolution must be between 1 and 2400 dpi} label {the label height must be greater than zero} twice {the item "{name}" appears twice} size {the photo size of {name} must be greater than zero} copies {the number of copies of {name} must be a whole number} other {a setting is not valid}}. Check the sheet settings.',
  'sheetsMain.layout.cutOffByCalibration':
    "With this printer's calibration, photos at the edge of the sheet would be cut off. Make the margin larger.",
  'sheetsMain.layout.customSizeMissing': 'Enter the custom paper width and height.',
  'sheetsMain.hint.margin': 'margin {margin, number}',
  'sheetsMain.hint.noGap': 'gap 0',
  'sheetsMain.hint.autoOrientation': 'automatic orientation',
  'sheetsMain.hint.noLabel': 'no label',
  'sheetsMain.hint.text': '{copies, number} would fit with {changes}',
  'sheetsMain.calibration.enterLength': 'Enter the measured length in millimetres, for example 100.5.',
  'sheetsMain.calibration.tooFarOff':
    '{measured, number} mm is more than 10% off the {expected, number} mm ruler, which is more than a printer drifts. Check the test page was printed at "Actual size" (100%), not "Fit to page", then measure again from the 0 mark to the last mark.',
  'sheetsMain.calibration.noPrinter': 'Choose a printer before saving its calibration.',
  'sheetsMain.calibration.storedTooFarOff':
    'This calibration is more than 10% off. Print the ruler page again at 100% and measure again.',
  'sheetsMain.render.dpi': 'The print resolution must be between 1 and 2400 dpi. Choose 300 or 600 dpi.',
  'sheetsMain.render.photoLargerThanPaper':
    'A photo is larger than the paper. Choose larger paper or a smaller photo size.',
  'sheetsMain.render.photoGone':
    'A photo on this sheet is no longer available. Make the photo again, then print.',
  'sheetsMain.render.photoUnreadable':
    'A photo on this sheet could not be read. Make the photo again, then print.',
  'sheetsMain.render.notJpegOrPng':
    'A photo on this sheet is not a JPEG or PNG image. Make the photo again, then print.',
  'sheetsMain.ruler.dpi': 'The ruler page needs a resolution between 150 and 1200 dpi. Choose 300 dpi.',
  'sheetsMain.ruler.documentTitle': 'Printer calibration ruler',
  'sheetsMain.ruler.jobTitle': 'Printer calibration ruler',
  'sheetsMain.ruler.paperTooSmall':
    'This paper is too small for the ruler test page, which carries a ruler across and a ruler down the page. Use A4, US Letter or A5 paper.',
  'sheetsMain.ruler.title': 'Printer calibration',
  'sheetsMain.ruler.printer': 'Printer: {printer}',
  'sheetsMain.ruler.line1':
    'Print this page at "Actual size" or 100%, never "Fit to page", on the paper you print photos on.',
  'sheetsMain.ruler.line2':
    'With a steel ruler, measure the ACROSS ruler from 0 to 100 and the DOWN ruler from 0 to 100, each to',
  'sheetsMain.ruler.line3':
    'the nearest 0.5 mm, and enter both lengths in the app. Check the inch ruler too: 0 to 4 should be 4 in.',
  'sheetsMain.ruler.across': 'ACROSS: {mm, number} mm (numbers are centimetres)',
  'sheetsMain.ruler.inches': '{inches, number} in ({mm, number} mm)',
  'sheetsMain.ruler.down': 'DOWN: {mm, number} mm, top to bottom',
  'sheetsMain.apiSheet.badSize':
    'The sheet size "{size}" is not in the width*height form. Choose another sheet size.',
  'sheetsMain.apiSheet.paper': '{pixels} — {paper} at {dpi, number} dpi',
  'sheetsMain.apiSheet.photoDpi': "{pixels} — {size} at the photo's {dpi, number} dpi",
  'sheetsMain.apiSheet.unknown': '{pixels} — print size unknown',
  'sheetsMain.jobTitle.noCustomer': '{specs} sheet',
  'sheetsMain.pdfTitle': 'ID photo sheet {name}',
  'sheetsMain.save.failed':
    'The sheet could not be saved: {why, select, full {the disk is full} permission {there is no permission to write in that folder} readOnly {that disk is read-only} gone {that folder no longer exists} other {the file could not be written}}. The file you chose was not changed. Choose another folder, or free some disk space, then save again.'
}
