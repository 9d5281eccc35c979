import type { start as en } from '../en/start'

export const start: Record<keyof typeof en, string> = {
  'start.failure.title': 'ID Photo Studio n’a pas pu démarrer',
  'start.failure.unexpected': 'Un problème est survenu au démarrage : {detail}',
  'start.failure.noDetails': 'aucun détail',
  'start.failure.message':
    '{what}\n\nLes détails se trouvent dans le fichier journal :\n{logPath}\n\nRelancez l’application. Si elle ne démarre toujours pas, envoyez ce fichier à l’assistance.'
}
