/** The Passport Photo service's answers, in the counter's words (services/passport-photo). */
export const passportPhoto = {
  'passportPhoto.error.rejected':
    'The API key or secret was rejected. Open Settings and check them, or use Demo mode.',
  'passportPhoto.error.revoked':
    'This Passport Photo account has been revoked or disabled. Contact the account owner, or enter another key in Settings.',
  'passportPhoto.error.quota':
    'The photo quota for this account is used up, so nothing was made or charged. Top up or renew the subscription, then try again.',
  'passportPhoto.error.refused':
    'The Passport Photo service refused this account. Check the API key in Settings and the account status.',
  'passportPhoto.error.rateLimited':
    'Too many requests to the Passport Photo service. Wait {seconds, select, unknown {a moment} other {{seconds} s}}, then try again.',
  'passportPhoto.error.unknownSpec':
    'The service does not know this photo specification. Refresh the spec list and choose the document again.',
  'passportPhoto.error.previewExpired':
    'The service no longer has this photo (previews expire). Make the photo again.',
  'passportPhoto.error.notFound':
    'The Passport Photo service could not find what was asked for. Try again, or make the photo again.',
  'passportPhoto.error.photoRefused':
    'The service could not accept this photo. Try another photo or check the chosen document, then try again.',
  'passportPhoto.error.badRequest':
    'The Passport Photo service did not accept the request (HTTP {status}). Try again; if it keeps happening, contact support.',
  'passportPhoto.error.server':
    'The Passport Photo service had a problem (HTTP {status}). {make, select, true {It may have used one photo from your quota; check the account panel before trying again.} other {Wait a minute and try again.}}',
  'passportPhoto.error.malformed':
    'The Passport Photo service sent an answer we could not read. {make, select, true {It may have used one photo from your quota; check the account panel before trying again.} other {Try again in a moment.}}',
  'passportPhoto.error.makeConnectionLost':
    'The connection to the Passport Photo service was lost while the photo was being made. The photo may still have been made and used one photo from your quota; check the account panel before trying again.',
  'passportPhoto.error.makeTimeout':
    'The Passport Photo service did not answer within {seconds} s. The photo may still have been made and used one photo from your quota; check the account panel before trying again.',
  'passportPhoto.download.badLink': 'The service sent a photo link we could not read. Make the photo again.',
  'passportPhoto.download.insecureLink':
    'The service sent a photo link that is not secure (https), so it was not opened. Contact support.',
  'passportPhoto.download.expired':
    'The photo link has expired or is no longer available. Make the photo again.',
  'passportPhoto.download.failed': 'The photo could not be downloaded (HTTP {status}). Try again.',
  'passportPhoto.download.notImage': 'The service sent something that is not a photo. Make the photo again.',
  'passportPhoto.download.dropped': 'The connection dropped while the photo was downloading. Try again.',
  'passportPhoto.download.tooLarge':
    'The photo from the service is larger than {megabytes} MB, so it was not downloaded. Contact support.',
  'passportPhoto.health.status': 'The service reports “{status}”.',
  'passportPhoto.health.noAnswer': 'The service did not answer.',
  'passportPhoto.account.unreadable': 'Could not read the account.'
}
