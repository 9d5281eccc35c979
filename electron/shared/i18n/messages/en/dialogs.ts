/** Titles and file-type names of the native open and save dialogs main shows. */
export const dialogs = {
  'dialogs.outputFolder.title': 'Choose where finished photos are saved',
  'dialogs.documentImage.title': 'Save document image',
  'dialogs.auditExport.title': 'Export audit log',
  'dialogs.sheet.title': 'Save the print sheet',
  'dialogs.filter.image': 'Image',
  'dialogs.filter.jsonLines': 'JSON lines'
}
