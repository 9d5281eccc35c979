import type { issues as en } from '../en/issues'

export const issues: Record<keyof typeof en, string> = {
  'issues.faceNotFound.title': 'Aucun visage détecté',
  'issues.faceNotFound.advice':
    'Vérifiez que tout le visage est dans l’image, face à l’objectif et net, puis reprenez la photo.',
  'issues.unevenLight.title': 'Éclairage irrégulier sur le visage',
  'issues.unevenLight.advice':
    'Déplacez la lumière ou le client pour que les deux côtés du visage soient éclairés de la même façon, sans ombre d’un côté.',
  'issues.brightness.title': 'Visage trop sombre ou trop clair',
  'issues.brightness.advice':
    'Réglez la lumière ou l’exposition pour que le visage ne soit ni sombre ni surexposé.',
  'issues.glasses.title': 'Lunettes non autorisées',
  'issues.glasses.advice': 'Demandez au client d’enlever ses lunettes, puis reprenez la photo.',
  'issues.expression.title': 'Expression non neutre',
  'issues.expression.advice':
    'Demandez au client de fermer la bouche et de garder une expression neutre, sans sourire.',
  'issues.bottomIncomplete.title': 'Épaules coupées',
  'issues.bottomIncomplete.advice':
    'Reculez ou baissez l’appareil pour que les épaules et le haut du buste soient dans l’image.',
  'issues.leftIncomplete.title': 'Coupé à gauche',
  'issues.leftIncomplete.advice':
    'Reculez ou recentrez le client pour laisser de l’espace à gauche de la tête et des épaules.',
  'issues.rightIncomplete.title': 'Coupé à droite',
  'issues.rightIncomplete.advice':
    'Reculez ou recentrez le client pour laisser de l’espace à droite de la tête et des épaules.',
  'issues.yaw.title': 'Tête tournée sur le côté',
  'issues.yaw.advice':
    'Demandez au client de regarder l’objectif bien en face, les deux oreilles visibles de la même façon.',
  'issues.pitch.title': 'Tête penchée vers le haut ou le bas',
  'issues.pitch.advice': 'Demandez au client de garder le menton droit et de regarder l’objectif.',
  'issues.hat.title': 'Chapeau ou couvre-chef',
  'issues.hat.advice':
    'Demandez au client d’enlever son chapeau (un couvre-chef religieux peut être accepté : vérifiez les règles du document).',
  'issues.mask.title': 'Visage couvert',
  'issues.mask.advice': 'Demandez au client d’enlever le masque ou tout ce qui couvre le visage.',
  'issues.blur.title': 'Photo floue',
  'issues.blur.advice':
    'Tenez l’appareil immobile, faites la mise au point sur les yeux, puis reprenez la photo.',
  'issues.faceNotMatch.title': 'Le visage ne respecte pas les règles du document',
  'issues.faceNotMatch.advice':
    'Vérifiez la pose et le cadrage selon les règles du document (face à l’objectif, tête centrée), puis reprenez la photo.',
  'issues.loadFailed.title': 'La photo n’a pas pu être lue',
  'issues.loadFailed.advice':
    'Le fichier est peut-être endommagé. Reprenez la photo ou choisissez un autre fichier.',
  'issues.unknown.title': 'Le service a trouvé un problème sans pouvoir le nommer',
  'issues.unknown.advice':
    'Reprenez la photo avec un éclairage régulier, un fond uni et le client face à l’objectif.',
  'issues.notFull.title':
    'Image coupée {part, select, TOP {au-dessus de la tête} BOTTOM {sous le menton (épaules)} LEFT {à gauche} RIGHT {à droite} HEAD {autour de la tête} FACE {autour du visage} BODY {autour des épaules} other {({name})}}',
  'issues.notFull.advice':
    'Reculez ou recentrez le client pour que toute la tête et le haut des épaules tiennent dans l’image, avec de l’espace autour.'
}
