/** The studio database and its audit log (services/db, services/audit): when they cannot be opened, read or written, and what Verify audit log found. */
export const store = {
  'store.audit.failed':
    'Could not {what, select, write {write to} read {read} other {export}} the audit log. Check that the app’s data folder is writable and the disk is not full, then try again.',
  'store.audit.malformed': 'An audit entry was refused because it was malformed. Please report this.',
  'store.audit.empty': 'The audit log is empty: nothing has been viewed yet.',
  'store.audit.altered':
    'The audit log has been altered: row {row} does not follow from the rows before it. Keep the database file as it is and tell your compliance officer.',
  'store.audit.intact': 'The audit log is intact: {count, plural, one {# row} other {# rows}} checked.',
  'store.db.nativeMissing':
    'The history database module for Electron {version} is missing ({path}). Run `node scripts/electron-native.mjs` with an internet connection (it fetches or builds it), then start again.',
  'store.db.openFailed':
    'The history database ({path}) could not be opened. Check that the data folder is writable and the disk is not full, then start the app again. If it keeps happening, keep a copy of that file for support.',
  'store.history.setAside.title': 'History entries set aside',
  'store.history.setAside.message':
    '{count, plural, one {# history entry could not be read and was} other {# history entries could not be read and were}} set aside, as stored, in {file}. Every other entry is unaffected. Keep that file for support.',
  'store.import.title':
    'The earlier {what, select, audit {audit log} other {history}} was moved into the studio database',
  'store.import.message':
    '{what, select, audit {{imported, plural, one {# row} other {# rows}}} other {{imported, plural, one {# job} other {# jobs}}}} imported.{aside, plural, =0 {} one { # entry could not be read and was kept aside, as it was, in {file}.} other { # entries could not be read and were kept aside, as they were, in {file}.}} The old file is kept at {backup} until you confirm, in History, that everything is here.'
}
