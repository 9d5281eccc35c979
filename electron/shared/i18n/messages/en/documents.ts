/** The document viewer screen (renderer/src/features/documents). */
export const documents = {
  'documents.title': 'Documents',
  'documents.side.name': '{side, select, front {front} other {back}}',
  'documents.side.title': '{side, select, front {Front} other {Back}}',
  'documents.side.fingerprint': 'Token fingerprint: <code>{fingerprint}</code>',
  'documents.side.fetch': 'Fetch {side, select, front {front} other {back}}',
  'documents.side.refresh': 'Refresh token',
  'documents.side.refreshing': 'Refreshing…',
  'documents.side.saveAs': 'Save as…',
  'documents.side.saveAsNote':
    'Save as… writes the image to a file you choose, and is recorded in the audit log.',
  'documents.status.noToken': 'No token',
  'documents.status.ready': 'Ready to fetch',
  'documents.status.waiting': 'Waiting for a free slot',
  'documents.status.loading': 'Fetching from ID.me…',
  'documents.status.loaded': 'Loaded',
  'documents.status.error': 'Error',
  'documents.placeholder.noToken': 'Get the document tokens first.',
  'documents.placeholder.fetching': 'Fetching…',
  'documents.placeholder.notFetched': 'Not fetched yet. Nothing is requested until you press Fetch.',
  'documents.notice.alreadyWaiting':
    'This request for the {side, select, front {front} other {back}} is already waiting for a slot; it runs once, as soon as the limit allows.',
  'documents.notice.queueFull':
    '{count, number} requests for the {side, select, front {front} other {back}} are already waiting for a slot; this click was not added. They run as soon as the limit allows.',
  'documents.notice.refreshed': 'The token was refreshed; the new one replaces the old one in memory.',
  'documents.notice.notSaved': 'Not saved.',
  'documents.notice.saved': 'Saved to {path} (recorded in the audit log).',
  'documents.viewer.role': 'image viewer',
  'documents.viewer.label':
    '{side, select, front {Front} other {Back}} of the document. Plus and minus zoom, 0 fits, 1 is actual size, R rotates, arrow keys pan.',
  'documents.viewer.alt': '{side, select, front {Front} other {Back}} of the identity document',
  'documents.environment.name':
    '{environment, select, production {production} sandbox {sandbox} other {demo}}',
  'documents.environment.badge':
    '{environment, select, production {PRODUCTION} sandbox {Sandbox} other {Demo}}',
  'documents.environment.text':
    '{environment, select, production {PRODUCTION: real people’s identity documents. Every view and export is audited.} sandbox {Sandbox: ID.me test environment.} other {Demo: simulated service with a specimen document; nothing leaves this computer.}}',
  'documents.tokens.title': 'Document tokens',
  'documents.tokens.intro':
    'Each attributes call gives new front and back tokens that work only for that call; an older token may be refused. Tokens are kept in this app’s memory only, never saved to disk, and cleared with the images (Clear now, or after {minutes, plural, one {# minute} other {# minutes}} without activity).',
  'documents.tokens.accessForm': 'Get tokens with an access token',
  'documents.tokens.accessTitle': 'With an access token',
  'documents.tokens.accessLabel': 'Access token',
  'documents.tokens.get': 'Get tokens',
  'documents.tokens.pasteForm': 'Paste document tokens',
  'documents.tokens.pasteTitle': 'Or paste document tokens',
  'documents.tokens.frontLabel': 'Front document token',
  'documents.tokens.backLabel': 'Back document token',
  'documents.tokens.use': 'Use these tokens',
  'documents.token.error.documentSpaces': 'A document token has no spaces or line breaks. Copy it again.',
  'documents.token.error.documentPattern':
    'This does not look like a document token: 16 to 128 letters, digits, dashes or underscores.',
  'documents.token.error.accessEmpty': 'Paste the access token from the verification result.',
  'documents.token.error.accessSpaces':
    'An access token is one unbroken string, with no spaces or line breaks. Copy it again.',
  'documents.token.error.accessPattern':
    'This does not look like an access token: at least 16 letters, digits or . _ ~ + / - characters.',
  'documents.token.error.pair': 'Paste a front or a back document token.',
  'documents.session.empty': 'Nothing in memory.',
  'documents.session.clearsAt':
    'Tokens and images are cleared from memory at {time} (in {countdown}) unless you keep working.',
  'documents.session.link': 'Link front and back views',
  'documents.session.clear': 'Clear now',
  'documents.limit.inWindow': 'Requests in the last minute: {count, number}/{max, number}',
  'documents.limit.askedToWait': 'ID.me asked us to wait:',
  'documents.limit.nextIn': 'Next request possible in',
  'documents.limit.canGo': 'A request can go now',
  'documents.limit.queued': '{count, number} queued',
  'documents.toolbar.label': 'View of the {side, select, front {front} other {back}}',
  'documents.toolbar.zoomIn': 'Zoom in on the {side, select, front {front} other {back}}',
  'documents.toolbar.zoomOut': 'Zoom out on the {side, select, front {front} other {back}}',
  'documents.toolbar.percent': '{scale, number, ::percent}',
  'documents.toolbar.fit': 'Fit',
  'documents.toolbar.rotate': 'Rotate 90°',
  'documents.toolbar.reset': 'Reset',
  'documents.toolbar.contrast': 'Contrast',
  'documents.toolbar.invert': 'Invert',
  'documents.size.legend': 'Size',
  'documents.size.presets': 'Size presets for the {side, select, front {front} other {back}}',
  'documents.size.original': 'Original',
  'documents.size.width': 'Width (px)',
  'documents.size.height': 'Height (px)',
  'documents.size.error.empty': 'Enter a {field, select, width {width} other {height}} in pixels.',
  'documents.size.error.whole':
    '{field, select, width {Width} other {Height}} must be a whole number of pixels.',
  'documents.size.error.range':
    '{field, select, width {Width} other {Height}} must be between {min} and {max} pixels.',
  'documents.size.original.known': 'Original size: {size} px.',
  'documents.size.original.unknown': 'Original size: known after the first fetch.',
  'documents.size.original.fromShown':
    'Original size: not known yet; the image shown was resized to {size} px. Fetch the original to see it.',
  'documents.size.predicted.invalid': 'Enter a valid size to see the predicted result.',
  'documents.size.predicted.exact':
    'Predicted: {size} px (aspect kept; the tighter of width and height decides).',
  'documents.size.predicted.fromShown':
    'Predicted: about {size} px, from the shape of the image shown (exact once the original has been fetched).',
  'documents.size.predicted.unknown': 'Predicted size: known after the first fetch of the original.',
  'documents.size.actual':
    'Actual: {size} px {asked, select, original {(original)} other {(asked for {asked})}}',
  'documents.size.show': 'Show at this size (no request)',
  'documents.size.request': 'Request this size from ID.me',
  'documents.size.limitNote': 'Each request to ID.me counts against the limit of 2 a minute for this side.',
  'documents.audit.title': 'Audit log',
  'documents.audit.refresh': 'Refresh',
  'documents.audit.export': 'Export…',
  'documents.audit.verify': 'Verify audit log',
  'documents.audit.intro':
    'Every token, fetch, resize request, refresh and export is recorded with the time, user, environment and a token fingerprint (never the token).',
  'documents.audit.empty': 'No entries yet.',
  'documents.audit.exportCancelled': 'Export cancelled.',
  'documents.audit.exported': 'Audit log exported to {path}',
  'documents.audit.col.time': 'Time',
  'documents.audit.col.user': 'User',
  'documents.audit.col.environment': 'Environment',
  'documents.audit.col.action': 'Action',
  'documents.audit.col.side': 'Side',
  'documents.audit.col.fingerprint': 'Token fingerprint',
  'documents.audit.col.outcome': 'Outcome',
  'documents.audit.col.detail': 'Detail',
  'documents.audit.action':
    '{action, select, fetch {fetch} resizeRequest {resize request} refresh {refresh} export {export} tokens {tokens} other {{code}}}',
  'documents.audit.ok': 'ok'
}
