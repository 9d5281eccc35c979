import type { face as en } from '../en/face'

export const face: Record<keyof typeof en, string> = {
  'face.finding.headTooSmall':
    'La tête mesure {head} px sur la photo ; {spec} demande au moins {needed} px : le service devrait l’agrandir et le résultat serait flou.',
  'face.advice.headTooSmall':
    'Rapprochez-vous du client ou zoomez, ou utilisez l’original en pleine résolution, puis reprenez la photo.',
  'face.finding.crownCutOff': 'Le haut de la tête est coupé.',
  'face.advice.crownCutOff': 'Laissez de l’espace au-dessus des cheveux et reprenez la photo.',
  'face.finding.chinCutOff': 'Le menton est coupé.',
  'face.advice.chinCutOff': 'Cadrez le menton, le cou et les épaules, puis reprenez la photo.',
  'face.finding.noRoomBelowChin': 'Il n’y a pas assez de place sous le menton pour les épaules.',
  'face.advice.noRoomBelowChin': 'Cadrez plus bas pour inclure les épaules, puis reprenez la photo.',
  'face.finding.tooCloseToSide': 'La tête est trop près du bord de la photo pour le cadrage de ce format.',
  'face.advice.tooCloseToSide': 'Centrez le client dans le cadre et reprenez la photo.',
  'face.finding.headTilted': 'La tête penche de {degrees}° vers une épaule.',
  'face.advice.headTilted':
    'Demandez au client de garder la tête droite, les yeux à la même hauteur, puis reprenez la photo.',
  'face.finding.headTurned':
    'La tête est tournée de {degrees}° sur le côté (au plus {limit}° avec cette sensibilité).',
  'face.advice.headTurned': 'Demandez au client de regarder l’appareil bien en face, puis reprenez la photo.',
  'face.finding.headUpOrDown':
    'Le menton est {direction, select, raised {levé} other {baissé}} d’environ {degrees}° (au plus {limit}° avec cette sensibilité).',
  'face.advice.headUpOrDown':
    'Demandez au client de regarder droit dans l’objectif, le menton à l’horizontale, puis reprenez la photo.',
  'face.finding.eyesClosed': 'Les yeux semblent fermés.',
  'face.advice.eyesClosed':
    'Demandez au client de garder les yeux ouverts et de regarder l’objectif, puis reprenez la photo.',
  'face.finding.mouthOpen': 'La bouche est ouverte (on voit les dents ou un sourire).',
  'face.advice.mouthOpen': 'Demandez une expression neutre, bouche fermée, puis reprenez la photo.',
  'face.finding.faceBlurred': 'Le visage est flou.',
  'face.advice.faceBlurred':
    'Tenez l’appareil immobile, faites la mise au point sur les yeux, puis reprenez la photo.',
  'face.finding.faceTooDark': 'Le visage est trop sombre.',
  'face.advice.faceTooDark':
    'Ajoutez de la lumière face au client, ou éloignez-le d’une fenêtre lumineuse, puis reprenez la photo.',
  'face.finding.faceTooBright': 'Le visage est trop clair (surexposé).',
  'face.advice.faceTooBright': 'Baissez la lumière ou reculez-la, puis reprenez la photo.',
  'face.finding.faceUnevenLight': 'Un côté du visage est bien plus sombre que l’autre.',
  'face.advice.faceUnevenLight':
    'Éclairez le visage de face, uniformément (ou ajoutez une deuxième lampe), puis reprenez la photo.',
  'face.finding.noFace': 'Aucun visage n’a été trouvé sur cette photo.',
  'face.advice.noFace': 'Utilisez une photo d’une seule personne, de face, tête et épaules, puis réessayez.',
  'face.finding.multipleFaces': 'Il y a {count} visages sur cette photo.',
  'face.advice.multipleFaces':
    'Choisissez le visage du client pour recadrer la photo dessus, ou utilisez une photo d’une seule personne.',
  'face.finding.greyscale': 'La photo est en noir et blanc ; {spec} demande une photo en couleur.',
  'face.advice.greyscale':
    'Utilisez l’original en couleur, ou réglez l’appareil en couleur, puis reprenez la photo.',
  'face.criterion.name': '{criterion, select, head {Hauteur de tête} other {Ligne des yeux}}',
  'face.criterion.noNumbers': '{name} : le format ne donne aucune valeur, elle n’a donc pas été contrôlée',
  'face.criterion.notMeasured': '{name} : mesure impossible ({range})',
  'face.criterion.head': 'Tête {value}',
  'face.criterion.eyes': 'Yeux à {value} du bas',
  'face.criterion.background.notMeasured': 'Fond : mesure impossible',
  'face.criterion.backgroundColour.notMeasured': 'Couleur du fond : mesure impossible',
  'face.criterion.background.even': 'Fond uniforme à {percent} % (au moins {min} %) {mark}',
  'face.criterion.background.noColour':
    'Fond {hex} : le format ne précise aucune couleur, elle n’a donc pas été contrôlée',
  'face.criterion.background.colour': 'Fond {hex}, à {distance} de « {name} » (au plus {max}) {mark}',
  'face.criterion.colour.unsaid':
    'Photo {kind, select, colour {en couleur} other {en niveaux de gris}} : le format ne dit pas ce qu’il demande',
  'face.criterion.colour.judged':
    'Photo {kind, select, colour {en couleur} other {en niveaux de gris}} ({wanted, select, colour {couleur} other {niveaux de gris}} demandé) {mark}',
  'face.criterion.centre': 'Tête décentrée de {offset} % de la largeur (au plus {max} %) {mark}',
  'face.criterion.noFace': 'Aucun visage trouvé sur la photo reçue ✗',
  'face.method.background': 'pixels au-dessus et à côté de la tête',
  'face.method.backgroundDistance':
    '{method} ; distance RVB à {from, select, hex {la couleur du format} other {la couleur habituelle « {name} » du format}}',
  'face.method.colour': 'chroma (canal max − min) de 99 % des pixels',
  'face.method.centre': 'milieu du contour du visage par rapport au milieu de la photo',
  'face.method.detection': 'détection du visage',
  'face.method.crown':
    '{crown, select, scan {sommet du crâne trouvé là où le fond commence au-dessus des cheveux} ratio {sommet du crâne estimé d’après la distance menton-front (fond chargé)} other {sommet du crâne coupé par le bord supérieur}}',
  'face.method.head': 'du menton (maillage du visage) au sommet du crâne : {crown}',
  'face.method.eyes': 'centres des iris (maillage du visage) jusqu’au bord inférieur',
  'face.conflict.tooTall': 'La hauteur de tête du format ({head}) dépasse la hauteur de la photo elle-même.',
  'face.conflict.cut':
    'La ligne des yeux du format ({eyes} au-dessus du bas) et sa hauteur de tête ({head}) ne peuvent pas être respectées ensemble : {cut, select, crown {le haut de la tête} other {le menton}} serait coupé.',
  'face.range.widened': '{value} ±{tolerance} %',
  'face.unit': '{unit, select, in {po} other {{unit}}}',
  'face.measured': '{value} {unit}',
  'face.unavailable':
    'Le contrôle local du visage n’a pas pu s’exécuter : cette photo n’a pas été contrôlée avant l’envoi. Vous pouvez quand même l’envoyer ; redémarrez l’application si cela se reproduit.',
  'face.missingFiles':
    'Les fichiers d’analyse du visage sont introuvables ({file}). Réinstallez l’application.'
}
