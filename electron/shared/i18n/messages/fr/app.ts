import type { app as en } from '../en/app'

export const app: Record<keyof typeof en, string> = {
  'app.brand': 'ID Photo Studio',
  'app.starting': 'Démarrage…',
  'app.nav.label': 'Écrans',
  'app.screen.photos': 'Photos',
  'app.screen.sheets': 'Planches',
  'app.screen.documents': 'Documents',
  'app.screen.history': 'Historique',
  'app.screen.settings': 'Réglages',
  'app.badge.demo': 'Démo',
  'app.badge.demoPassportPhoto': 'Démo · Passport Photo',
  'app.badge.demoDocuments': 'Démo · Documents',
  'app.badge.demoTitle': 'Service simulé : aucune photo ni aucun document réel n’est envoyé nulle part',
  'app.badge.production': 'PRODUCTION',
  'app.shortcutsLink': 'Raccourcis clavier',
  'app.notices.label': 'Avis',
  'app.notice.text': '<strong>{title}.</strong> {message}',
  'app.notice.dismiss': 'Masquer',
  'app.dismiss': 'Fermer',
  'app.error.unexpected':
    'Un problème est survenu dans l’application. Réessayez ; si cela se reproduit, redémarrez l’application.'
}
