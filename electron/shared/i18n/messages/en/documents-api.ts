/** The Document Passback API's answers and the viewer's main side, in plain words (services/documents). */
export const documentsApi = {
  'documentsApi.error.accessTokenRejected':
    'ID.me did not accept the access token; it may have expired. Get a new access token from the verification and try again.',
  'documentsApi.error.apiTokenRejected':
    'ID.me refused the Document Passback API token, or Document Passback is not enabled for this consumer. Check the API token in Settings; if it is right, ask your ID.me account team to enable Document Passback.',
  'documentsApi.error.attributesNotFound':
    'ID.me could not find the attributes for this access token. Check the environment (sandbox or production) in Settings.',
  'documentsApi.error.tokenNotFound':
    'ID.me does not know this document token, or it was already used. Get fresh document tokens with the access token, then try again.',
  'documentsApi.error.rateLimited':
    'ID.me allows only 2 requests a minute for each document. Wait {seconds, select, unknown {a minute} other {{seconds} s}}, then try again.',
  'documentsApi.error.sizeRefused':
    'ID.me refused the requested size. Choose a width and height between 100 and 1000 pixels.',
  'documentsApi.error.server':
    'ID.me Document Passback had a problem (HTTP {status}). Try again in a few minutes; if it persists, contact ID.me support.',
  'documentsApi.error.unexpected':
    'ID.me Document Passback gave an unexpected answer (HTTP {status}). Try again; if it persists, contact ID.me support.',
  'documentsApi.error.malformed':
    'ID.me Document Passback sent {what, select, attributes {attributes} tokens {document tokens} refreshed {a refreshed token} other {an answer}} that could not be read. Try again in a moment.',
  'documentsApi.error.badAddress': 'The Document Passback address in Settings is not a valid web address.',
  'documentsApi.error.httpsRequired':
    'The Document Passback address in Settings must start with https://. Correct it in Settings.',
  'documentsApi.error.noTokens':
    'ID.me returned no document tokens for this verification. Ask your ID.me account team to enable Document Passback and the document_tokens attribute for this consumer.',
  'documentsApi.error.noImages':
    'ID.me returned no document images for this verification. The person may have verified without an identity document.',
  'documentsApi.error.size': 'Choose a width and height between 100 and 1000 pixels (whole numbers).',
  'documentsApi.error.imageTimeout':
    'ID.me Document Passback did not finish sending the image within {seconds} s. Check the connection and try again.',
  'documentsApi.error.notImage':
    'ID.me answered, but not with a document image. Try again in a minute; if it keeps happening, get fresh document tokens.',
  'documentsApi.error.noSideToken':
    'There is no document token for the {side, select, front {front} other {back}} side. Get the document tokens with the access token first.',
  'documentsApi.error.clearedWhileRunning': 'The documents were cleared while the request was running.',
  'documentsApi.error.internal': 'Something went wrong. Try again.',
  'documentsApi.error.badDocumentToken':
    'That document token does not look right: it should be 16 to 128 letters, digits, dashes or underscores, with no spaces. Get fresh document tokens with the access token and try again.',
  'documentsApi.error.badAccessToken':
    'That access token does not look right: it should be one unbroken string of at least 16 characters, with no spaces or line breaks. Copy it again from the verification result.',
  'documentsApi.error.apiTokenMissing':
    'No Document Passback API token is saved. Add the token from your ID.me account team in Settings.',
  'documentsApi.error.apiTokenMalformed':
    'The saved Document Passback API token does not look right (it contains spaces or unexpected characters). Enter it again in Settings.',
  'documentsApi.error.noImage':
    'No {side, select, front {front} other {back}} image is loaded. Fetch it first.',
  'documentsApi.error.noTokenPasted': 'Paste a front or a back document token.',
  'documentsApi.error.saveFailed':
    'Could not write the file there (the folder may be read-only or full). Choose another folder.',
  'documentsApi.audit.originalSize': 'original size',
  'documentsApi.audit.size': 'size={size}',
  'documentsApi.audit.got': '{request}; got {size} {format}',
  'documentsApi.audit.superseded': '{got}; not shown, a later image was',
  'documentsApi.audit.reason.stale': 'automatic after a stale token',
  'documentsApi.audit.reason.request': 'on request',
  'documentsApi.audit.refreshed': '{reason}; new token {fingerprint}',
  'documentsApi.audit.side': '{side, select, front {front} other {back}}',
  'documentsApi.audit.received': 'received {sides}',
  'documentsApi.audit.file': 'file {name}',
  'documentsApi.connection.connected': 'Connected.',
  'documentsApi.connection.demo': 'Connected to the Demo Document Passback service.',
  'documentsApi.connection.accepted': 'Connected: the API token was accepted.',
  'documentsApi.connection.failed': 'The connection test failed.'
}
