/** Errors of main's shared services (the IPC boundary, HTTP, links, connections). Codes never change; only words. */
export const errors = {
  'errors.internal':
    'Something went wrong inside the app. Try again; if it keeps happening, restart the app.',
  'errors.ipc.forbiddenSender': 'This request did not come from the app window and was refused.',
  'errors.ipc.unknownChannel': 'The app asked for something it does not know. Restart the app.',
  'errors.ipc.invalidInput':
    '{where, select, other {The request was not valid ({where}).} none {The request was not valid.}}',
  'errors.link.notAllowed': 'That link is not on the list of sites the app opens.',
  'errors.customBaseUrlMissing': 'Enter the custom base URL in Settings first.',
  'errors.http.cancelled': 'The request was cancelled.',
  'errors.http.timeout':
    '{service, select, passportPhoto {The Passport Photo service} documents {ID.me Document Passback} other {The photo storage}} did not answer within {seconds} s. Check the connection and try again.',
  'errors.http.network':
    'Could not reach {service, select, passportPhoto {the Passport Photo service} documents {ID.me Document Passback} other {the photo storage}}. Check the internet connection, then try again.',
  'errors.http.redirect':
    '{service, select, passportPhoto {The Passport Photo service} documents {ID.me Document Passback} other {The photo storage}} answered with a redirect to another address. The app does not follow redirects, so credentials are never sent anywhere else. Try again later; if it keeps happening, check the service address in Settings.',
  'errors.http.dropped':
    'The connection to {service, select, passportPhoto {the Passport Photo service} documents {ID.me Document Passback} other {the photo storage}} dropped while the answer was arriving. Try again.'
}
