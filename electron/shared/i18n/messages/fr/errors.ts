import type { errors as en } from '../en/errors'

export const errors: Record<keyof typeof en, string> = {
  'errors.internal':
    'Un problème est survenu dans l’application. Réessayez ; si cela se reproduit, redémarrez l’application.',
  'errors.ipc.forbiddenSender':
    'Cette demande ne venait pas de la fenêtre de l’application : elle a été refusée.',
  'errors.ipc.unknownChannel':
    'L’application a demandé quelque chose qu’elle ne connaît pas. Redémarrez l’application.',
  'errors.ipc.invalidInput':
    '{where, select, other {La demande n’était pas valable ({where}).} none {La demande n’était pas valable.}}',
  'errors.link.notAllowed': 'Ce lien ne fait pas partie des sites que l’application ouvre.',
  'errors.customBaseUrlMissing': 'Saisissez d’abord l’adresse personnalisée dans les Réglages.',
  'errors.http.cancelled': 'La demande a été annulée.',
  'errors.http.timeout':
    'Pas de réponse {service, select, passportPhoto {du service Passport Photo} documents {d’ID.me Document Passback} other {du stockage des photos}} en {seconds} s. Vérifiez la connexion, puis réessayez.',
  'errors.http.network':
    'Impossible de joindre {service, select, passportPhoto {le service Passport Photo} documents {ID.me Document Passback} other {le stockage des photos}}. Vérifiez la connexion Internet, puis réessayez.',
  'errors.http.redirect':
    '{service, select, passportPhoto {Le service Passport Photo} documents {ID.me Document Passback} other {Le stockage des photos}} a répondu par une redirection vers une autre adresse. L’application ne suit pas les redirections : les identifiants ne partent jamais ailleurs. Réessayez plus tard ; si cela se reproduit, vérifiez l’adresse du service dans les Réglages.',
  'errors.http.dropped':
    'La connexion avec {service, select, passportPhoto {le service Passport Photo} documents {ID.me Document Passback} other {le stockage des photos}} a été coupée pendant la réception de la réponse. Réessayez.'
}
