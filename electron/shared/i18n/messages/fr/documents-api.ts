import type { documentsApi as en } from '../en/documents-api'

export const documentsApi: Record<keyof typeof en, string> = {
  'documentsApi.error.accessTokenRejected':
    'ID.me n’a pas accepté le jeton d’accès ; il a peut-être expiré. Obtenez un nouveau jeton d’accès à partir de la vérification, puis réessayez.',
  'documentsApi.error.apiTokenRejected':
    'ID.me a refusé le jeton d’API Document Passback, ou Document Passback n’est pas activé pour ce client. Vérifiez le jeton d’API dans les Réglages ; s’il est correct, demandez à votre équipe de compte ID.me d’activer Document Passback.',
  'documentsApi.error.attributesNotFound':
    'ID.me n’a pas trouvé les attributs de ce jeton d’accès. Vérifiez l’environnement (bac à sable ou production) dans les Réglages.',
  'documentsApi.error.tokenNotFound':
    'ID.me ne connaît pas ce jeton de document, ou il a déjà servi. Obtenez de nouveaux jetons de document avec le jeton d’accès, puis réessayez.',
  'documentsApi.error.rateLimited':
    'ID.me n’autorise que 2 demandes par minute pour chaque document. Patientez {seconds, select, unknown {une minute} other {{seconds} s}}, puis réessayez.',
  'documentsApi.error.sizeRefused':
    'ID.me a refusé la taille demandée. Choisissez une largeur et une hauteur entre 100 et 1000 pixels.',
  'documentsApi.error.server':
    'ID.me Document Passback a rencontré un problème (HTTP {status}). Réessayez dans quelques minutes ; si cela persiste, contactez l’assistance d’ID.me.',
  'documentsApi.error.unexpected':
    'ID.me Document Passback a donné une réponse inattendue (HTTP {status}). Réessayez ; si cela persiste, contactez l’assistance d’ID.me.',
  'documentsApi.error.malformed':
    'ID.me Document Passback a envoyé {what, select, attributes {des attributs illisibles} tokens {des jetons de document illisibles} refreshed {un jeton actualisé illisible} other {une réponse illisible}}. Réessayez dans un instant.',
  'documentsApi.error.badAddress':
    'L’adresse Document Passback des Réglages n’est pas une adresse web valable.',
  'documentsApi.error.httpsRequired':
    'L’adresse Document Passback des Réglages doit commencer par https://. Corrigez-la dans les Réglages.',
  'documentsApi.error.noTokens':
    'ID.me n’a renvoyé aucun jeton de document pour cette vérification. Demandez à votre équipe de compte ID.me d’activer Document Passback et l’attribut document_tokens pour ce client.',
  'documentsApi.error.noImages':
    'ID.me n’a renvoyé aucune image de document pour cette vérification. La personne s’est peut-être vérifiée sans pièce d’identité.',
  'documentsApi.error.size':
    'Choisissez une largeur et une hauteur entre 100 et 1000 pixels (nombres entiers).',
  'documentsApi.error.imageTimeout':
    'ID.me Document Passback n’a pas fini d’envoyer l’image en {seconds} s. Vérifiez la connexion, puis réessayez.',
  'documentsApi.error.notImage':
    'ID.me a répondu, mais pas avec une image de document. Réessayez dans une minute ; si cela se reproduit, obtenez de nouveaux jetons de document.',
  'documentsApi.error.noSideToken':
    'Il n’y a pas de jeton de document pour le {side, select, front {recto} other {verso}}. Obtenez d’abord les jetons de document avec le jeton d’accès.',
  'documentsApi.error.clearedWhileRunning': 'Les documents ont été effacés pendant la demande.',
  'documentsApi.error.internal': 'Un problème est survenu. Réessayez.',
  'documentsApi.error.badDocumentToken':
    'Ce jeton de document ne semble pas correct : il doit compter de 16 à 128 lettres, chiffres, tirets ou traits de soulignement, sans espace. Obtenez de nouveaux jetons de document avec le jeton d’accès, puis réessayez.',
  'documentsApi.error.badAccessToken':
    'Ce jeton d’accès ne semble pas correct : il doit former une seule chaîne d’au moins 16 caractères, sans espace ni saut de ligne. Copiez-le de nouveau depuis le résultat de la vérification.',
  'documentsApi.error.apiTokenMissing':
    'Aucun jeton d’API Document Passback n’est enregistré. Ajoutez dans les Réglages le jeton fourni par votre équipe de compte ID.me.',
  'documentsApi.error.apiTokenMalformed':
    'Le jeton d’API Document Passback enregistré ne semble pas correct (il contient des espaces ou des caractères inattendus). Saisissez-le de nouveau dans les Réglages.',
  'documentsApi.error.noImage':
    'Aucune image du {side, select, front {recto} other {verso}} n’est chargée. Récupérez-la d’abord.',
  'documentsApi.error.noTokenPasted': 'Collez un jeton de document recto ou verso.',
  'documentsApi.error.saveFailed':
    'Impossible d’écrire le fichier à cet endroit (le dossier est peut-être en lecture seule ou plein). Choisissez un autre dossier.',
  'documentsApi.audit.originalSize': 'taille originale',
  'documentsApi.audit.size': 'taille={size}',
  'documentsApi.audit.got': '{request} ; reçu {size} {format}',
  'documentsApi.audit.superseded': '{got} ; non affichée, une image plus récente l’a été',
  'documentsApi.audit.reason.stale': 'automatique après un jeton périmé',
  'documentsApi.audit.reason.request': 'à la demande',
  'documentsApi.audit.refreshed': '{reason} ; nouveau jeton {fingerprint}',
  'documentsApi.audit.side': '{side, select, front {recto} other {verso}}',
  'documentsApi.audit.received': '{sides} reçus',
  'documentsApi.audit.file': 'fichier {name}',
  'documentsApi.connection.connected': 'Connecté.',
  'documentsApi.connection.demo': 'Connecté au service Document Passback de démonstration.',
  'documentsApi.connection.accepted': 'Connecté : le jeton d’API a été accepté.',
  'documentsApi.connection.failed': 'Le test de connexion a échoué.'
}
