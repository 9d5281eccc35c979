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
    'The history database ({path}) could not be opened. Check that the data folder is writable and the disk is not full, then start the app again. If it keeps happening, keep a copy of that file for support.'
}
