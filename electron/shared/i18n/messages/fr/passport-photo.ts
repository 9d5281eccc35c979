import type { passportPhoto as en } from '../en/passport-photo'

export const passportPhoto: Record<keyof typeof en, string> = {
  'passportPhoto.error.rejected':
    'La clé ou le secret d’API a été refusé. Ouvrez les Réglages pour les vérifier, ou utilisez le mode Démo.',
  'passportPhoto.error.revoked':
    'Ce compte Passport Photo a été révoqué ou désactivé. Contactez le titulaire du compte, ou saisissez une autre clé dans les Réglages.',
  'passportPhoto.error.quota':
    'Le quota de photos de ce compte est épuisé : rien n’a été réalisé ni facturé. Rechargez ou renouvelez l’abonnement, puis réessayez.',
  'passportPhoto.error.refused':
    'Le service Passport Photo a refusé ce compte. Vérifiez la clé d’API dans les Réglages et l’état du compte.',
  'passportPhoto.error.rateLimited':
    'Trop de demandes au service Passport Photo. Patientez {seconds, select, unknown {un instant} other {{seconds} s}}, puis réessayez.',
  'passportPhoto.error.unknownSpec':
    'Le service ne connaît pas ce format de photo. Actualisez la liste des formats et choisissez de nouveau le document.',
  'passportPhoto.error.previewExpired':
    'Le service n’a plus cette photo (les aperçus expirent). Refaites la photo.',
  'passportPhoto.error.notFound':
    'Le service Passport Photo n’a pas trouvé ce qui était demandé. Réessayez, ou refaites la photo.',
  'passportPhoto.error.photoRefused':
    'Le service n’a pas pu accepter cette photo. Essayez une autre photo ou vérifiez le document choisi, puis réessayez.',
  'passportPhoto.error.badRequest':
    'Le service Passport Photo n’a pas accepté la demande (HTTP {status}). Réessayez ; si cela se reproduit, contactez l’assistance.',
  'passportPhoto.error.server':
    'Le service Passport Photo a rencontré un problème (HTTP {status}). {make, select, true {Une photo a peut-être été décomptée de votre quota : vérifiez le panneau du compte avant de réessayer.} other {Patientez une minute, puis réessayez.}}',
  'passportPhoto.error.malformed':
    'Le service Passport Photo a envoyé une réponse illisible. {make, select, true {Une photo a peut-être été décomptée de votre quota : vérifiez le panneau du compte avant de réessayer.} other {Réessayez dans un instant.}}',
  'passportPhoto.error.makeConnectionLost':
    'La connexion avec le service Passport Photo a été perdue pendant la réalisation de la photo. La photo a peut-être quand même été réalisée et décomptée de votre quota : vérifiez le panneau du compte avant de réessayer.',
  'passportPhoto.error.makeTimeout':
    'Pas de réponse du service Passport Photo en {seconds} s. La photo a peut-être quand même été réalisée et décomptée de votre quota : vérifiez le panneau du compte avant de réessayer.',
  'passportPhoto.download.badLink': 'Le service a envoyé un lien de photo illisible. Refaites la photo.',
  'passportPhoto.download.insecureLink':
    'Le service a envoyé un lien de photo non sécurisé (sans https) : il n’a pas été ouvert. Contactez l’assistance.',
  'passportPhoto.download.expired':
    'Le lien de la photo a expiré ou n’est plus disponible. Refaites la photo.',
  'passportPhoto.download.failed': 'La photo n’a pas pu être téléchargée (HTTP {status}). Réessayez.',
  'passportPhoto.download.notImage': 'Le service a envoyé autre chose qu’une photo. Refaites la photo.',
  'passportPhoto.download.dropped':
    'La connexion a été coupée pendant le téléchargement de la photo. Réessayez.',
  'passportPhoto.download.tooLarge':
    'La photo envoyée par le service dépasse {megabytes} Mo : elle n’a pas été téléchargée. Contactez l’assistance.',
  'passportPhoto.health.status': 'Le service signale « {status} ».',
  'passportPhoto.health.noAnswer': 'Le service n’a pas répondu.',
  'passportPhoto.account.unreadable': 'Impossible de lire le compte.'
}
