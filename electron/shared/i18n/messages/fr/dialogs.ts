import type { dialogs as en } from '../en/dialogs'

export const dialogs: Record<keyof typeof en, string> = {
  'dialogs.outputFolder.title': 'Choisir où enregistrer les photos finies',
  'dialogs.documentImage.title': 'Enregistrer l’image du document',
  'dialogs.auditExport.title': 'Exporter le journal d’audit',
  'dialogs.sheet.title': 'Enregistrer la planche',
  'dialogs.filter.image': 'Image',
  'dialogs.filter.jsonLines': 'Lignes JSON'
}
