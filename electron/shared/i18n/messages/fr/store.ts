import type { store as en } from '../en/store'

export const store: Record<keyof typeof en, string> = {
  'store.audit.failed':
    'Impossible {what, select, write {d’écrire dans} read {de lire} other {d’exporter}} le journal d’audit. Vérifiez que le dossier de données de l’application est accessible en écriture et que le disque n’est pas plein, puis réessayez.',
  'store.audit.malformed':
    'Une entrée du journal d’audit a été refusée car elle était mal formée. Merci de le signaler.',
  'store.audit.empty': 'Le journal d’audit est vide : rien n’a encore été consulté.',
  'store.audit.altered':
    'Le journal d’audit a été modifié : la ligne {row} ne découle pas des lignes précédentes. Gardez le fichier de la base tel quel et prévenez votre responsable de la conformité.',
  'store.audit.intact':
    'Le journal d’audit est intact : {count, plural, one {# ligne vérifiée} other {# lignes vérifiées}}.',
  'store.db.nativeMissing':
    'Le module de base de données de l’historique pour Electron {version} est introuvable ({path}). Lancez `node scripts/electron-native.mjs` avec une connexion Internet (il le télécharge ou le compile), puis redémarrez.',
  'store.db.openFailed':
    'La base de données de l’historique ({path}) n’a pas pu être ouverte. Vérifiez que le dossier de données est accessible en écriture et que le disque n’est pas plein, puis relancez l’application. Si cela se reproduit, gardez une copie de ce fichier pour l’assistance.',
  'store.history.setAside.title': 'Entrées de l’historique mises de côté',
  'store.history.setAside.message':
    '{count, plural, one {# entrée de l’historique n’a pas pu être lue et a été mise} other {# entrées de l’historique n’ont pas pu être lues et ont été mises}} de côté, telles quelles, dans {file}. Les autres entrées ne sont pas touchées. Gardez ce fichier pour l’assistance.',
  'store.import.title':
    '{what, select, audit {L’ancien journal d’audit a été déplacé} other {L’ancien historique a été déplacé}} dans la base de données du studio',
  'store.import.message':
    '{what, select, audit {{imported, plural, one {# ligne importée} other {# lignes importées}}} other {{imported, plural, one {# photo importée} other {# photos importées}}}}.{aside, plural, =0 {} one { # entrée n’a pas pu être lue et a été gardée de côté, telle quelle, dans {file}.} other { # entrées n’ont pas pu être lues et ont été gardées de côté, telles quelles, dans {file}.}} L’ancien fichier est gardé dans {backup} jusqu’à ce que vous confirmiez, dans l’Historique, que tout y est.'
}
