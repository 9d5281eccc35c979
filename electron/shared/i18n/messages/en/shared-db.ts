/** The shared studio database (services/shared-db, features/shared-db-feature): connection errors for the counter, set-up and test results, the sync's status line and notices, and the shared audit log's check. */
export const sharedDb = {
  'sharedDb.offlineHistory':
    'The shared database is offline, so only this counter’s jobs are shown. The others come back with it.',
  'sharedDb.offlineChange':
    'The shared database is offline, and this job was made at another counter. Try again once it is back.',
  'sharedDb.error.credentials':
    'The shared database refused the user or password ({target}). Check both in Settings.',
  'sharedDb.error.hba':
    'The shared database does not let this counter in ({target}): its access list (pg_hba.conf) has no entry for this computer with this encryption. Ask whoever runs the server, or check the TLS mode.',
  'sharedDb.error.noDatabase': 'There is no database of that name on the server ({target}). Check the name.',
  'sharedDb.error.privilege':
    'The database user may not do this ({target}). Ask whoever runs the server to grant it.',
  'sharedDb.error.certificate':
    'The shared database’s certificate could not be verified ({target}). With TLS “verify-full” the server must present a certificate for this host name from a trusted CA: give the studio CA file in Settings.',
  'sharedDb.error.noTls':
    'The shared database does not offer encryption ({target}). Turn on TLS on the server, or choose “disable” only on a trusted network.',
  'sharedDb.error.unreachable':
    'The shared database could not be reached ({target}). Check the server’s address and that it is running. This counter keeps working on its own and sends its changes when the database is back.',
  'sharedDb.error.server': 'The shared database answered with an error ({target}): {detail}.',
  'sharedDb.error.unknown': 'unknown error',
  'sharedDb.error.setupFailed':
    'Setting up the shared database failed; nothing was changed. The database user needs the right to create tables in that database (see the README, “Shared studio database”). ({detail})',
  'sharedDb.audit.altered':
    'The shared audit log has been altered: row {row} does not follow from the rows before it. Leave the database as it is and tell your compliance officer.',
  'sharedDb.audit.cut':
    'The shared audit log has been cut short: its last rows are missing. Leave the database as it is and tell your compliance officer.',
  'sharedDb.audit.intact':
    'The shared audit log is intact: {count, plural, one {# row} other {# rows}} checked.',
  'sharedDb.audit.both': 'This counter: {own} Shared: {shared}',
  'sharedDb.config.noKeychain':
    'The system keychain is not available, so the shared database’s password cannot be read.',
  'sharedDb.config.noPassword': 'Save the shared database’s password in Settings (it goes in the keychain).',
  'sharedDb.join.newer':
    'The shared database ({target}) was set up by a newer version of ID Photo Studio. Update this counter’s app; until then it keeps working on its own.',
  'sharedDb.join.setupNeeded':
    'The shared database ({target}) needs setting up first. In Settings, under Shared studio database, press Test connection and then Set up.',
  'sharedDb.join.nameTaken':
    'Another counter already uses the name “{name}” in the shared database. Give this counter a name of its own in Settings.',
  'sharedDb.status.changes': '{count, plural, one {# change} other {# changes}}',
  'sharedDb.status.off': 'Not used: this counter keeps its history to itself.',
  'sharedDb.status.connecting':
    'Connecting to the shared database{known, select, yes { ({target})} other {}}…',
  'sharedDb.status.sending': 'Connected{named, select, yes { as “{name}”} other {}}: sending {changes}…',
  'sharedDb.status.sent':
    'Connected to {target}{named, select, yes { as “{name}”} other {}}: every change has been sent.',
  'sharedDb.status.offline':
    'Shared database offline — {changes} waiting. This counter keeps working on its own and sends them, in order, when the database is back.{known, select, yes { ({reason})} other {}}',
  'sharedDb.status.setupNeeded': '{reason}{pending, plural, =0 {} other { {changes} waiting.}}',
  'sharedDb.test.server':
    'PostgreSQL {version} at {target}, {encrypted, select, yes {encrypted} other {not encrypted}}',
  'sharedDb.test.newer':
    'Connected to {server}, but it was set up by a newer version of the app. Update this app first.',
  'sharedDb.test.noTables':
    'Connected to {server}. The database does not have ID Photo Studio’s tables yet{update, select, yes { (or needs an update)} other {}}: set it up to use it.',
  'sharedDb.test.nameTaken':
    'Connected to {server}, but another counter already uses the name “{name}”. Choose another name.',
  'sharedDb.test.ready':
    'Connected to {server}: ready.{enabled, select, yes {} other { Switch on “Use the shared database” to send this counter’s jobs there.}}',
  'sharedDb.setup.testFirst': 'Press Test connection first, then confirm setting up the database it found.',
  'sharedDb.setup.done':
    'The shared database is set up ({migrations}).{enabled, select, yes {} other { Switch on “Use the shared database” to start.}}',
  'sharedDb.setup.first': 'Set the shared database up first (Test connection, then Set up).',
  'sharedDb.notice.offline': 'Shared database offline',
  'sharedDb.notice.attention': 'The shared database needs attention',
  'sharedDb.otherCounter':
    'This photo was made at {counter}. It can be viewed, saved and printed here; trying again, making a new photo or removing it is done at {counter}.'
}
