import type { sharedDb as en } from '../en/shared-db'

export const sharedDb: Record<keyof typeof en, string> = {
  'sharedDb.offlineHistory':
    'La base partagée est hors ligne : seules les photos de ce comptoir sont affichées. Les autres reviendront avec elle.',
  'sharedDb.offlineChange':
    'La base partagée est hors ligne, et cette photo a été faite à un autre comptoir. Réessayez quand elle sera de retour.',
  'sharedDb.error.credentials':
    'La base partagée a refusé l’utilisateur ou le mot de passe ({target}). Vérifiez-les dans les Réglages.',
  'sharedDb.error.hba':
    'La base partagée refuse ce comptoir ({target}) : sa liste d’accès (pg_hba.conf) n’a pas d’entrée pour cet ordinateur avec ce chiffrement. Demandez à la personne qui gère le serveur, ou vérifiez le mode TLS.',
  'sharedDb.error.noDatabase': 'Il n’y a pas de base de ce nom sur le serveur ({target}). Vérifiez le nom.',
  'sharedDb.error.privilege':
    'L’utilisateur de la base n’a pas le droit de faire cela ({target}). Demandez à la personne qui gère le serveur de le lui accorder.',
  'sharedDb.error.certificate':
    'Le certificat de la base partagée n’a pas pu être vérifié ({target}). Avec le mode TLS « verify-full », le serveur doit présenter un certificat pour ce nom d’hôte, émis par une autorité de confiance : indiquez le fichier de l’autorité du studio dans les Réglages.',
  'sharedDb.error.noTls':
    'La base partagée ne propose pas de chiffrement ({target}). Activez TLS sur le serveur, ou choisissez « disable » uniquement sur un réseau de confiance.',
  'sharedDb.error.unreachable':
    'La base partagée est injoignable ({target}). Vérifiez l’adresse du serveur et qu’il est en marche. Ce comptoir continue de fonctionner seul et enverra ses modifications au retour de la base.',
  'sharedDb.error.server': 'La base partagée a répondu par une erreur ({target}) : {detail}.',
  'sharedDb.error.unknown': 'erreur inconnue',
  'sharedDb.error.setupFailed':
    'L’installation de la base partagée a échoué ; rien n’a été modifié. L’utilisateur de la base doit avoir le droit d’y créer des tables (voir le README, « Shared studio database »). ({detail})',
  'sharedDb.audit.altered':
    'Le journal d’audit partagé a été modifié : la ligne {row} ne découle pas des lignes précédentes. Laissez la base telle quelle et prévenez votre responsable de la conformité.',
  'sharedDb.audit.cut':
    'Le journal d’audit partagé a été tronqué : ses dernières lignes manquent. Laissez la base telle quelle et prévenez votre responsable de la conformité.',
  'sharedDb.audit.intact':
    'Le journal d’audit partagé est intact : {count, plural, one {# ligne vérifiée} other {# lignes vérifiées}}.',
  'sharedDb.audit.both': 'Ce comptoir : {own} Partagé : {shared}',
  'sharedDb.config.noKeychain':
    'Le trousseau du système n’est pas disponible : le mot de passe de la base partagée ne peut pas être lu.',
  'sharedDb.config.noPassword':
    'Enregistrez le mot de passe de la base partagée dans les Réglages (il va dans le trousseau).',
  'sharedDb.join.newer':
    'La base partagée ({target}) a été installée par une version plus récente d’ID Photo Studio. Mettez à jour l’application de ce comptoir ; en attendant, il continue de fonctionner seul.',
  'sharedDb.join.setupNeeded':
    'La base partagée ({target}) doit d’abord être installée. Dans les Réglages, sous « Base de données partagée du studio », appuyez sur « Tester la connexion » puis sur « Installer ».',
  'sharedDb.join.nameTaken':
    'Un autre comptoir utilise déjà le nom « {name} » dans la base partagée. Donnez à ce comptoir un nom à lui dans les Réglages.',
  'sharedDb.status.changes': '{count, plural, one {# modification} other {# modifications}}',
  'sharedDb.status.off': 'Non utilisée : ce comptoir garde son historique pour lui.',
  'sharedDb.status.connecting': 'Connexion à la base partagée{known, select, yes { ({target})} other {}}…',
  'sharedDb.status.sending':
    'Connecté{named, select, yes { en tant que « {name} »} other {}} : envoi de {changes}…',
  'sharedDb.status.sent':
    'Connecté à {target}{named, select, yes { en tant que « {name} »} other {}} : toutes les modifications ont été envoyées.',
  'sharedDb.status.offline':
    'Base partagée hors ligne — {changes} en attente. Ce comptoir continue de fonctionner seul et les enverra, dans l’ordre, au retour de la base.{known, select, yes { ({reason})} other {}}',
  'sharedDb.status.setupNeeded': '{reason}{pending, plural, =0 {} other { {changes} en attente.}}',
  'sharedDb.test.server':
    'PostgreSQL {version} sur {target}, {encrypted, select, yes {chiffrée} other {non chiffrée}}',
  'sharedDb.test.newer':
    'Connecté à {server}, mais la base a été installée par une version plus récente de l’application. Mettez d’abord cette application à jour.',
  'sharedDb.test.noTables':
    'Connecté à {server}. La base n’a pas encore les tables d’ID Photo Studio{update, select, yes { (ou doit être mise à jour)} other {}} : installez-la pour l’utiliser.',
  'sharedDb.test.nameTaken':
    'Connecté à {server}, mais un autre comptoir utilise déjà le nom « {name} ». Choisissez un autre nom.',
  'sharedDb.test.ready':
    'Connecté à {server} : prête.{enabled, select, yes {} other { Activez « Utiliser la base partagée » pour y envoyer les photos de ce comptoir.}}',
  'sharedDb.setup.testFirst':
    'Appuyez d’abord sur « Tester la connexion », puis confirmez l’installation de la base trouvée.',
  'sharedDb.setup.done':
    'La base partagée est installée ({migrations}).{enabled, select, yes {} other { Activez « Utiliser la base partagée » pour commencer.}}',
  'sharedDb.setup.first': 'Installez d’abord la base partagée (« Tester la connexion », puis « Installer »).',
  'sharedDb.notice.offline': 'Base partagée hors ligne',
  'sharedDb.notice.attention': 'La base partagée demande votre attention',
  'sharedDb.otherCounter':
    'Cette photo a été faite au comptoir {counter}. Elle peut être vue, enregistrée et imprimée ici ; la réessayer, la refaire ou la retirer se fait au comptoir {counter}.'
}
