import type { printing as en } from '../en/printing'

export const printing: Record<keyof typeof en, string> = {
  'printing.path.cups': 'CUPS',
  'printing.path.windows': 'l’impression Windows (SumatraPDF)',
  'printing.path.dialog': 'la boîte de dialogue d’impression',
  'printing.path.harness': 'le banc d’essai',
  'printing.noReason': 'aucune raison donnée',
  'printing.theSheet': 'la planche',
  'printing.noDefault':
    'Il n’y a pas d’imprimante par défaut. Choisissez une imprimante, puis imprimez de nouveau.',
  'printing.gone':
    'L’imprimante « {name} » n’est plus installée sur cet ordinateur. Choisissez une autre imprimante, puis imprimez de nouveau.',
  'printing.cups.notRunning':
    'Le système d’impression (CUPS) ne fonctionne pas. Démarrez le service d’impression (ou redémarrez l’ordinateur), puis réessayez.',
  'printing.cups.notInstalled':
    'Le système d’impression (CUPS) n’est pas installé sur cet ordinateur. Installez CUPS, ajoutez l’imprimante, puis imprimez de nouveau.',
  'printing.cups.noPrinter':
    'Aucune imprimante n’est installée sur cet ordinateur. Ajoutez l’imprimante dans les réglages du système, puis imprimez de nouveau.',
  'printing.cups.refused':
    'L’imprimante « {name} » a refusé la tâche : {reason}. Vérifiez l’imprimante dans les réglages du système, puis imprimez de nouveau.',
  'printing.cups.noBorderless':
    '« {name} » n’a pas de version sans bordure de ce papier : les photos au bord risquent d’être coupées par sa zone non imprimable. Si c’est le cas, définissez une marge pour cette imprimante.',
  'printing.cups.stopped':
    'L’imprimante « {name} » est arrêtée{reason, select, none {} other { (l’imprimante indique : {reason})}}. Relancez-la dans les réglages d’imprimante du système, puis imprimez de nouveau.',
  'printing.cups.paperUnsupported':
    'L’imprimante « {name} » ne propose pas ce format de papier ({width, number}×{height, number} mm), ni de formats personnalisés. Choisissez un format que l’imprimante propose, ou ajoutez ce format dans ses réglages.',
  'printing.windows.unavailable':
    'L’impression Windows n’a pas pu démarrer. Réinstallez ID Photo Studio, puis imprimez de nouveau.',
  'printing.windows.listFailed':
    'Windows n’a pas pu lister les imprimantes ({reason}). Vérifiez les imprimantes dans les Paramètres Windows, puis réessayez.',
  'printing.windows.refused':
    'L’imprimante « {name} » a refusé la tâche : {reason}. Vérifiez l’imprimante dans les Paramètres Windows, puis imprimez de nouveau.',
  'printing.windows.noPrinter':
    'Aucune imprimante n’est installée sur cet ordinateur. Ajoutez l’imprimante dans les Paramètres Windows, puis imprimez de nouveau.',
  'printing.windows.paperUnsupported':
    'L’imprimante « {name} » ne propose pas ce format de papier. Choisissez un format qu’elle propose, ou ajoutez-le dans ses préférences d’impression.',
  'printing.windows.checkPaper':
    'Vérifiez que le papier photo est sélectionné dans les préférences d’impression de « {name} ».'
}
