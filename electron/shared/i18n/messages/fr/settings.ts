import type { settings as en } from '../en/settings'

export const settings: Record<keyof typeof en, string> = {
  'settings.error.confirmProduction':
    'Passer en production affiche les pièces d’identité de vraies personnes. Confirmez le changement pour continuer.',
  'settings.error.customBaseUrl':
    'Saisissez l’adresse personnalisée (https://…) avant de choisir la région personnalisée.',
  'settings.damaged.allTitle': 'Réglages réinitialisés',
  'settings.damaged.allMessage':
    'Le fichier des réglages n’a pas pu être lu : tous les réglages sont revenus à leur valeur par défaut (mode Démo, aucun dossier de sortie). Vérifiez-les dans les Réglages. Le fichier endommagé a été conservé ici : {keptAt}.',
  'settings.damaged.someTitle': 'Certains réglages ont été réinitialisés',
  'settings.damaged.someMessage':
    'Le fichier des réglages était endommagé. Ces réglages n’ont pas pu être lus et sont revenus à leur valeur par défaut : {settings}. Tout le reste a été conservé. Vérifiez-les dans les Réglages. Le fichier endommagé a été conservé ici : {keptAt}.',
  'settings.label.passportPhoto': 'Connexion Passport Photo',
  'settings.label.passportPhoto.region': 'Région Passport Photo',
  'settings.label.passportPhoto.customBaseUrl': 'Adresse personnalisée Passport Photo',
  'settings.label.documents': 'Réglages de la visionneuse de documents',
  'settings.label.documents.environment': 'Environnement de la visionneuse de documents',
  'settings.label.documents.idleTimeoutMinutes': 'Délai d’inactivité de la visionneuse de documents',
  'settings.label.jobs': 'Réglages des photos',
  'settings.label.jobs.concurrency': 'Photos réalisées en même temps',
  'settings.label.jobs.retentionDays': 'Durée de conservation des photos des clients',
  'settings.label.jobs.outputFolder': 'Dossier de sortie des photos finies',
  'settings.label.quotaWarningBelow': 'Seuil d’alerte du quota',
  'settings.label.sheets': 'Réglages des planches mémorisés par papier',
  'settings.label.sheets.printers': 'Marges des planches mémorisées par imprimante',
  'settings.label.appearance': 'Apparence',
  'settings.label.appearance.theme': 'Apparence claire ou sombre',
  'settings.label.sharedDatabase': 'Base de données partagée du studio',
  'settings.label.sharedDatabase.enabled': 'Utilisation de la base partagée du studio',
  'settings.label.sharedDatabase.host': 'Serveur de la base partagée',
  'settings.label.sharedDatabase.port': 'Port de la base partagée',
  'settings.label.sharedDatabase.database': 'Nom de la base partagée',
  'settings.label.sharedDatabase.user': 'Utilisateur de la base partagée',
  'settings.label.sharedDatabase.tls': 'Chiffrement de la base partagée',
  'settings.label.sharedDatabase.caFile': 'Certificat d’autorité de la base partagée',
  'settings.label.sharedDatabase.counterName': 'Nom de ce comptoir',
  'settings.label.capture': 'Réglages de la caméra et des dossiers surveillés',
  'settings.label.capture.camera': 'Réglages de la caméra',
  'settings.label.capture.hotFolders': 'Dossiers surveillés',
  'settings.label.faceChecks': 'Contrôle du visage : avertissements qui retiennent une photo',
  'settings.label.studio': 'Nom du studio sur les rapports de contrôle',
  'settings.label.locale': 'Langue'
}
