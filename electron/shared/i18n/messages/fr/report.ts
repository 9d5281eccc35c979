import type { report as en } from '../en/report'

export const report: Record<keyof typeof en, string> = {
  'report.documentTitle': 'Rapport de contrôle photo : {spec}',
  'report.title': 'Rapport de contrôle photo',
  'report.notCertificate':
    'Un rapport de contrôle, pas un certificat : il consigne ce que l’application a mesuré sur la photo. Seule l’autorité qui délivre le document décide si une photo est acceptée.',
  'report.field.spec': 'Format',
  'report.field.date': 'Date',
  'report.field.studio': 'Studio',
  'report.field.customer': 'Client',
  'report.photo.digital': 'Affichée à {dpi, number} dpi : ce format est uniquement numérique.',
  'report.photo.trueSize': 'Taille réelle : {width, number} x {height, number} mm. Imprimer à 100 %.',
  'report.own.title': 'La mesure de l’application',
  'report.own.verdict':
    '{verdict, select, pass {Tous les critères mesurés sont respectés.} fail {Au moins un critère n’est pas respecté.} other {Rien n’a pu être mesuré pour ce format.}}',
  'report.own.noNumbers':
    'Ce format ne donne pas de hauteur de tête ni de ligne des yeux : ces points n’ont pas été contrôlés.',
  'report.own.measured': 'Mesure : {method}.',
  'report.status.pass': 'conforme',
  'report.status.fail': 'NON CONFORME',
  'report.status.notChecked': 'non contrôlé',
  'report.status.notMeasured': 'non mesuré',
  'report.service.title': 'Les problèmes signalés par le service',
  'report.service.none': 'Le service n’a signalé aucun problème.',
  'report.service.issue': '{title} ({code})',
  'report.how.title': 'Méthode de mesure',
  'report.how.model':
    'Le visage, les yeux et le menton ont été repérés par un modèle de points du visage (Human, en WebAssembly) exécuté sur cet ordinateur ; la photo n’a été envoyée nulle part pour ce rapport.',
  'report.how.head':
    'La hauteur de tête va du bas du menton au sommet du crâne. Le sommet est l’endroit où le fond commence au-dessus des cheveux ; sur un fond chargé, il est estimé à 1,5 fois la distance du menton au front. La méthode utilisée est indiquée plus haut.',
  'report.how.eyes':
    'La ligne des yeux passe par le centre des deux iris ; elle est mesurée depuis le bord inférieur. Les longueurs sont converties avec la taille de photo propre au format.',
  'report.how.ranges':
    'Une plage du format donnée par une seule valeur est lue comme cette valeur ±4 %. « Tête centrée » et les limites du fond sont des tolérances propres à l’application.',
  'report.how.accuracy':
    'Les mesures sont précises à quelques pixels près ; un résultat proche d’une limite doit être vérifié à l’œil.'
}
