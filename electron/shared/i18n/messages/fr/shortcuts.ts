import type { shortcuts as en } from '../en/shortcuts'

export const shortcuts: Record<keyof typeof en, string> = {
  'shortcuts.navigate.photos': 'Photos',
  'shortcuts.navigate.sheets': 'Planches',
  'shortcuts.navigate.documents': 'Documents',
  'shortcuts.navigate.history': 'Historique',
  'shortcuts.navigate.settings': 'Réglages',
  'shortcuts.photos.findSpec': 'Chercher un format',
  'shortcuts.photos.add': 'Ajouter des photos…',
  'shortcuts.photos.nextCustomer': 'Client suivant',
  'shortcuts.photos.save': 'Enregistrer la photo',
  'shortcuts.photos.print': 'Imprimer…',
  'shortcuts.photos.unlock': 'Débloquer la photo finale',
  'shortcuts.viewer.zoomIn': 'Zoom avant',
  'shortcuts.viewer.zoomOut': 'Zoom arrière',
  'shortcuts.viewer.fit': 'Ajuster',
  'shortcuts.viewer.actualSize': 'Taille réelle (1:1)',
  'shortcuts.viewer.rotate': 'Pivoter de 90°',
  'shortcuts.viewer.reset': 'Réinitialiser la vue',
  'shortcuts.viewer.toggleInvert': 'Inverser',
  'shortcuts.viewer.toggleContrast': 'Contraste élevé',
  'shortcuts.viewer.toggleLink': 'Lier recto et verso',
  'shortcuts.documents.clear': 'Effacer les documents maintenant',
  'shortcuts.help.shortcuts': 'Raccourcis clavier',
  'shortcuts.panel.title': 'Raccourcis clavier',
  'shortcuts.panel.close': 'Fermer',
  'shortcuts.panel.intro':
    'Les écrans de la barre du haut, la liste des formats et les rangées de boutons comme Ajuster / 100 % / 200 % comptent chacun pour un seul arrêt de tabulation : les flèches, Début et Fin s’y déplacent, Entrée choisit. Dans la recherche de format, Entrée choisit le premier résultat et ↓ entre dans la liste.',
  'shortcuts.group.photos': 'Au comptoir (Photos)',
  'shortcuts.group.go': 'Aller à un écran',
  'shortcuts.group.viewer': 'Visionneuse de documents',
  'shortcuts.group.help': 'Aide'
}
