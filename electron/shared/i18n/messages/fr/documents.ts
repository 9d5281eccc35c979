import type { documents as en } from '../en/documents'

export const documents: Record<keyof typeof en, string> = {
  'documents.title': 'Documents',
  'documents.side.name': '{side, select, front {recto} other {verso}}',
  'documents.side.title': '{side, select, front {Recto} other {Verso}}',
  'documents.side.fingerprint': 'Empreinte du jeton : <code>{fingerprint}</code>',
  'documents.side.fetch': 'Récupérer le {side, select, front {recto} other {verso}}',
  'documents.side.refresh': 'Actualiser le jeton',
  'documents.side.refreshing': 'Actualisation…',
  'documents.side.saveAs': 'Enregistrer sous…',
  'documents.side.saveAsNote':
    'Enregistrer sous… écrit l’image dans un fichier de votre choix, et l’opération est consignée dans le journal d’audit.',
  'documents.status.noToken': 'Pas de jeton',
  'documents.status.ready': 'Prêt à récupérer',
  'documents.status.waiting': 'En attente d’un créneau libre',
  'documents.status.loading': 'Récupération auprès d’ID.me…',
  'documents.status.loaded': 'Chargé',
  'documents.status.error': 'Erreur',
  'documents.placeholder.noToken': 'Obtenez d’abord les jetons de document.',
  'documents.placeholder.fetching': 'Récupération…',
  'documents.placeholder.notFetched':
    'Pas encore récupéré. Rien n’est demandé tant que vous n’appuyez pas sur Récupérer.',
  'documents.notice.alreadyWaiting':
    'Cette demande pour le {side, select, front {recto} other {verso}} attend déjà un créneau ; elle partira une seule fois, dès que la limite le permettra.',
  'documents.notice.queueFull':
    '{count, number} demandes pour le {side, select, front {recto} other {verso}} attendent déjà un créneau ; ce clic n’a pas été ajouté. Elles partiront dès que la limite le permettra.',
  'documents.notice.refreshed': 'Le jeton a été actualisé ; le nouveau remplace l’ancien en mémoire.',
  'documents.notice.notSaved': 'Non enregistré.',
  'documents.notice.saved': 'Enregistré ici : {path} (consigné dans le journal d’audit).',
  'documents.viewer.role': 'visionneuse d’image',
  'documents.viewer.label':
    '{side, select, front {Recto} other {Verso}} du document. Plus et moins zooment, 0 ajuste, 1 affiche en taille réelle, R fait pivoter, les flèches déplacent.',
  'documents.viewer.alt': '{side, select, front {Recto} other {Verso}} de la pièce d’identité',
  'documents.environment.name':
    '{environment, select, production {production} sandbox {bac à sable} other {démo}}',
  'documents.environment.badge':
    '{environment, select, production {PRODUCTION} sandbox {Bac à sable} other {Démo}}',
  'documents.environment.text':
    '{environment, select, production {PRODUCTION : pièces d’identité de vraies personnes. Chaque consultation et chaque export sont consignés.} sandbox {Bac à sable : environnement de test d’ID.me.} other {Démo : service simulé avec un document spécimen ; rien ne quitte cet ordinateur.}}',
  'documents.tokens.title': 'Jetons de document',
  'documents.tokens.intro':
    'Chaque appel d’attributs donne de nouveaux jetons recto et verso, valables pour cet appel seulement ; un jeton plus ancien peut être refusé. Les jetons restent uniquement dans la mémoire de l’application, ne sont jamais enregistrés sur le disque et sont effacés avec les images (Effacer maintenant, ou après {minutes, plural, one {# minute} other {# minutes}} d’inactivité).',
  'documents.tokens.accessForm': 'Obtenir les jetons avec un jeton d’accès',
  'documents.tokens.accessTitle': 'Avec un jeton d’accès',
  'documents.tokens.accessLabel': 'Jeton d’accès',
  'documents.tokens.get': 'Obtenir les jetons',
  'documents.tokens.pasteForm': 'Coller des jetons de document',
  'documents.tokens.pasteTitle': 'Ou collez des jetons de document',
  'documents.tokens.frontLabel': 'Jeton du recto',
  'documents.tokens.backLabel': 'Jeton du verso',
  'documents.tokens.use': 'Utiliser ces jetons',
  'documents.token.error.documentSpaces':
    'Un jeton de document ne contient ni espace ni saut de ligne. Copiez-le de nouveau.',
  'documents.token.error.documentPattern':
    'Ceci ne ressemble pas à un jeton de document : de 16 à 128 lettres, chiffres, tirets ou traits de soulignement.',
  'documents.token.error.accessEmpty': 'Collez le jeton d’accès du résultat de la vérification.',
  'documents.token.error.accessSpaces':
    'Un jeton d’accès est une seule chaîne, sans espace ni saut de ligne. Copiez-le de nouveau.',
  'documents.token.error.accessPattern':
    'Ceci ne ressemble pas à un jeton d’accès : au moins 16 lettres, chiffres ou caractères . _ ~ + / -.',
  'documents.token.error.pair': 'Collez un jeton de document recto ou verso.',
  'documents.session.empty': 'Rien en mémoire.',
  'documents.session.clearsAt':
    'Les jetons et les images seront effacés de la mémoire à {time} (dans {countdown}) si vous ne continuez pas à travailler.',
  'documents.session.link': 'Lier les vues recto et verso',
  'documents.session.clear': 'Effacer maintenant',
  'documents.limit.inWindow': 'Demandes dans la dernière minute : {count, number}/{max, number}',
  'documents.limit.askedToWait': 'ID.me nous demande d’attendre :',
  'documents.limit.nextIn': 'Prochaine demande possible dans',
  'documents.limit.canGo': 'Une demande peut partir maintenant',
  'documents.limit.queued': '{count, plural, one {# en attente} other {# en attente}}',
  'documents.toolbar.label': 'Vue du {side, select, front {recto} other {verso}}',
  'documents.toolbar.zoomIn': 'Zoom avant sur le {side, select, front {recto} other {verso}}',
  'documents.toolbar.zoomOut': 'Zoom arrière sur le {side, select, front {recto} other {verso}}',
  'documents.toolbar.percent': '{scale, number, ::percent}',
  'documents.toolbar.fit': 'Ajuster',
  'documents.toolbar.rotate': 'Pivoter de 90°',
  'documents.toolbar.reset': 'Réinitialiser',
  'documents.toolbar.contrast': 'Contraste',
  'documents.toolbar.invert': 'Inverser',
  'documents.size.legend': 'Taille',
  'documents.size.presets': 'Tailles prédéfinies pour le {side, select, front {recto} other {verso}}',
  'documents.size.original': 'Originale',
  'documents.size.width': 'Largeur (px)',
  'documents.size.height': 'Hauteur (px)',
  'documents.size.error.empty': 'Saisissez une {field, select, width {largeur} other {hauteur}} en pixels.',
  'documents.size.error.whole':
    'La {field, select, width {largeur} other {hauteur}} doit être un nombre entier de pixels.',
  'documents.size.error.range':
    'La {field, select, width {largeur} other {hauteur}} doit être comprise entre {min} et {max} pixels.',
  'documents.size.original.known': 'Taille originale : {size} px.',
  'documents.size.original.unknown': 'Taille originale : connue après la première récupération.',
  'documents.size.original.fromShown':
    'Taille originale : pas encore connue ; l’image affichée a été redimensionnée en {size} px. Récupérez l’originale pour la voir.',
  'documents.size.predicted.invalid': 'Saisissez une taille valable pour voir le résultat prévu.',
  'documents.size.predicted.exact':
    'Prévu : {size} px (proportions conservées ; la plus contraignante de la largeur et de la hauteur décide).',
  'documents.size.predicted.fromShown':
    'Prévu : environ {size} px, d’après la forme de l’image affichée (exact une fois l’originale récupérée).',
  'documents.size.predicted.unknown': 'Taille prévue : connue après la première récupération de l’originale.',
  'documents.size.actual':
    'Réelle : {size} px {asked, select, original {(originale)} other {(demandé : {asked})}}',
  'documents.size.show': 'Afficher à cette taille (sans demande)',
  'documents.size.request': 'Demander cette taille à ID.me',
  'documents.size.limitNote': 'Chaque demande à ID.me compte dans la limite de 2 par minute pour cette face.',
  'documents.audit.title': 'Journal d’audit',
  'documents.audit.refresh': 'Actualiser',
  'documents.audit.export': 'Exporter…',
  'documents.audit.verify': 'Vérifier le journal d’audit',
  'documents.audit.intro':
    'Chaque jeton, récupération, demande de taille, actualisation et export est consigné avec l’heure, l’utilisateur, l’environnement et une empreinte du jeton (jamais le jeton lui-même).',
  'documents.audit.empty': 'Aucune entrée pour l’instant.',
  'documents.audit.exportCancelled': 'Export annulé.',
  'documents.audit.exported': 'Journal d’audit exporté ici : {path}',
  'documents.audit.col.time': 'Heure',
  'documents.audit.col.user': 'Utilisateur',
  'documents.audit.col.environment': 'Environnement',
  'documents.audit.col.action': 'Action',
  'documents.audit.col.side': 'Face',
  'documents.audit.col.fingerprint': 'Empreinte du jeton',
  'documents.audit.col.outcome': 'Résultat',
  'documents.audit.col.detail': 'Détail',
  'documents.audit.action':
    '{action, select, fetch {récupération} resizeRequest {demande de taille} refresh {actualisation} export {export} tokens {jetons} other {{code}}}',
  'documents.audit.ok': 'réussi'
}
