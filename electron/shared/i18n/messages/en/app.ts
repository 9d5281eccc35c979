/** The app shell (renderer/src/app, components, lib): top bar, notices, loading, shared controls. */
export const app = {
  'app.brand': 'ID Photo Studio',
  'app.starting': 'Starting…',
  'app.nav.label': 'Main',
  'app.screen.photos': 'Photos',
  'app.screen.sheets': 'Print sheets',
  'app.screen.documents': 'Documents',
  'app.screen.history': 'History',
  'app.screen.settings': 'Settings',
  'app.badge.demo': 'Demo',
  'app.badge.demoPassportPhoto': 'Demo · Passport Photo',
  'app.badge.demoDocuments': 'Demo · Documents',
  'app.badge.demoTitle': 'Simulated service: no real photos or documents are sent anywhere',
  'app.badge.production': 'PRODUCTION',
  'app.shortcutsLink': 'Keyboard shortcuts',
  'app.notices.label': 'Notices',
  'app.notice.text': '<strong>{title}.</strong> {message}',
  'app.notice.dismiss': 'Dismiss',
  'app.dismiss': 'Dismiss',
  'app.error.unexpected':
    'Something went wrong inside the app. Try again; if it keeps happening, restart the app.'
}
