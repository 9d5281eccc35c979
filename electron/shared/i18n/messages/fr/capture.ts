import type { capture as en } from '../en/capture'

export const capture: Record<keyof typeof en, string> = {
  'capture.say.moveCloser': 'Rapprochez-vous',
  'capture.say.moveBack': 'Reculez',
  'capture.say.crownOut': 'Haut de la tête hors cadre : reculez',
  'capture.say.chinOut': 'Menton hors cadre : reculez',
  'capture.say.shoulders': 'Épaules hors cadre : reculez ou baissez l’appareil',
  'capture.say.centre': 'Centrez le visage dans le cadre',
  'capture.say.tilted': 'Tête penchée : tenez-la droite',
  'capture.say.look': 'Regardez l’objectif',
  'capture.say.eyesClosed': 'Yeux fermés',
  'capture.say.mouthOpen': 'Bouche fermée : expression neutre',
  'capture.say.tooDark': 'Trop sombre : éclairez le visage',
  'capture.say.tooBright': 'Trop clair : baissez la lumière',
  'capture.say.unevenLight': 'Éclairez le visage uniformément',
  'capture.say.blurred': 'Ne bougez pas : le visage est flou',
  'capture.say.noFace': 'Aucun visage dans le cadre : regardez l’objectif',
  'capture.say.people':
    '{count, plural, =2 {Deux personnes dans le cadre} other {# personnes dans le cadre}}',
  'capture.say.eyesHigh': 'Yeux au-dessus de la ligne des yeux : montez l’appareil',
  'capture.say.eyesLow': 'Yeux sous la ligne des yeux : baissez l’appareil',
  'capture.guide.head': 'Tête {range}',
  'capture.guide.eyes': 'Yeux à {range} du bas',
  'capture.guide.noHead': 'Ce format ne donne pas de hauteur de tête : la proportion habituelle est tracée.',
  'capture.pick.closedEyes':
    'Image {frame} sur {count} gardée, la plus nette, mais les yeux semblent fermés sur toutes : reprenez la photo.',
  'capture.pick.open': 'Image {frame} sur {count} gardée : la plus nette avec les yeux ouverts.',
  'capture.pick.noFace': 'Aucun visage sur aucune des {count} images ; la première a été gardée.',
  'capture.pick.unchosen':
    'Image {frame} sur {count} gardée sans choisir : {why, select, engine {le contrôle local du visage n’a pas pu s’exécuter} other {une image n’a pas pu être lue}}.',
  'capture.intake.raw':
    '{name} est un fichier brut d’appareil photo, que le service ne sait pas lire. Réglez l’appareil, ou son logiciel de prise de vue connectée, pour écrire un JPEG à côté du fichier brut (RAW + JPEG) ; le JPEG est alors mis en file tout seul.',
  'capture.intake.locked':
    '{name} est encore ouvert par un autre programme : il n’a pas encore été lu. Il sera mis en file dès que ce programme le libérera.',
  'capture.intake.tooLarge': '{name} dépasse 200 Mo : il est refusé.',
  'capture.intake.unreadable':
    '{name} n’a pas pu être lu ({code}). Vérifiez que l’application a le droit de lire ce dossier.',
  'capture.intake.ledgerFailed':
    '{name} n’a pas été mis en file : le registre du dossier surveillé n’a pas pu être enregistré. Vérifiez que le disque n’est pas plein, puis ajoutez la photo à la main.',
  'capture.intake.internal':
    '{name} n’a pas pu être mis en file à cause d’un problème interne à l’application. Il n’a pas été envoyé ; ajoutez-le à la main.',
  'capture.intake.waiting': '{name} est en attente : {reason} Nouvel essai dans une minute.',
  'capture.intake.refused': '{name} : {reason}',
  'capture.intake.queued':
    '{name} a été mis en file{known, select, yes { pour {customer}} other {}}.{tidied}',
  'capture.intake.interrupted':
    'L’application s’est arrêtée pendant la mise en file de {name}. Vérifiez la file et ajoutez la photo à la main si elle n’y est pas.',
  'capture.intake.duplicate':
    '{name} est la même photo que {other}, déjà traitée ; elle n’a pas été renvoyée.',
  'capture.intake.moved': ' Il a été déplacé dans done/.',
  'capture.intake.notMoved': ' Il n’a pas pu être déplacé dans done/ ({code}) et a été laissé en place.',
  'capture.intake.failed': 'Un fichier n’a pas pu être traité : {reason}',
  'capture.notice.ledgerDamaged.title': 'Le registre des dossiers surveillés était endommagé',
  'capture.notice.ledgerDamaged.message':
    'Le registre des fichiers déjà mis en file par les dossiers surveillés n’a pas pu être lu (le fichier endommagé a été gardé à côté). Pour que rien ne soit envoyé deux fois, les fichiers présents dans les dossiers surveillés sont laissés de côté ; seules les photos ajoutées à partir de maintenant sont mises en file. Déposez à la main toute photo absente de la file.',
  'capture.notice.missing.title': 'Dossier surveillé introuvable',
  'capture.notice.missing.message':
    '{path} est inaccessible (un disque débranché, ou un partage réseau coupé ?). Rien n’est perdu : il est de nouveau surveillé dès son retour, et les photos écrites entre-temps sont alors mises en file.',
  'capture.error.folderGone': 'Ce dossier surveillé n’est plus dans la liste.',
  'capture.error.badFrame':
    'Une image de la caméra n’a pas pu être lue. Le contrôle en direct passe à la suivante.',
  'capture.error.alreadyWatched':
    'Ce dossier est déjà surveillé. Modifiez plutôt ses réglages dans la liste.',
  'capture.error.outputFolder':
    'Les photos finies sont enregistrées dans ce dossier : elles seraient renvoyées. Choisissez un autre dossier.',
  'capture.dialog.chooseFolder':
    'Choisissez le dossier où votre logiciel de prise de vue enregistre les photos',
  'capture.hot.deleted':
    '{count, plural, one {# photo mise en file a été supprimée} other {# photos mises en file ont été supprimées}} de {path} après {days} jours, comme réglé.',
  'capture.hot.leftAlone':
    '{count, plural, one {# fichier était déjà} other {# fichiers étaient déjà}} dans {path} et {count, plural, one {a été laissé} other {ont été laissés}} de côté ; les photos ajoutées à partir de maintenant sont mises en file.',
  'capture.hot.unreachable': '{path} est inaccessible. {reason}',
  'capture.hot.back': '{path} est de retour et de nouveau surveillé.',
  'capture.hot.missing':
    'Dossier introuvable (un disque débranché ou un partage réseau coupé ?). Il sera de nouveau surveillé dès son retour.',
  'capture.hot.cannotWatch': 'Le dossier ne peut pas être surveillé : {detail}.',
  'capture.hot.unknownError': 'erreur inconnue'
}
