import type { secrets as en } from '../en/secrets'

export const secrets: Record<keyof typeof en, string> = {
  'secrets.keychainUnavailable':
    'Le trousseau du système n’est pas disponible : les identifiants ne peuvent pas être enregistrés. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet), puis redémarrez l’application. Le mode Démo fonctionne sans trousseau.',
  'secrets.passportPhotoMissing':
    'Aucune clé d’API Passport Photo n’est enregistrée. Ouvrez les Réglages et saisissez la clé et le secret, ou passez en mode Démo.',
  'secrets.documentTokenMissing':
    'Aucun jeton d’API Document Passback n’est enregistré pour l’environnement {environment, select, sandbox {bac à sable} production {production} other {{environment}}}. Ouvrez les Réglages et saisissez le jeton fourni par votre équipe de compte ID.me.'
}
