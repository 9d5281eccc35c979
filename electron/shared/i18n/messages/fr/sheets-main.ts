import type { sheetsMain as en } from '../en/sheets-main'

export const sheetsMain: Record<keyof typeof en, string> = {
  'sheetsMain.size.noResolution':
    'Ce format n’a ni taille d’impression ni résolution permettant d’en calculer une. Choisissez une taille d’impression.',
  'sheetsMain.size.derivedNote':
    'Pas de taille physique : imprimée à {dpi, number} dpi → {width, number}×{height, number} mm{specDpi, select, false { (le format ne donne pas de dpi)} other {}}',
  'sheetsMain.size.noSize':
    'Ce format ne donne ni taille d’impression ni taille en pixels : il ne peut pas être imprimé. Choisissez un autre format.',
  'sheetsMain.note.forSpec': '{spec} : {note}',
  'sheetsMain.layout.unknownPaper':
    'Le format de papier « {paper} » est inconnu. Choisissez un papier dans la liste.',
  'sheetsMain.layout.noRoom':
    'Les marges ne laissent aucune place aux photos sur ce papier. Réduisez la marge ou choisissez un papier plus grand.',
  'sheetsMain.layout.noCopyFits':
    'Aucun exemplaire de {name} ne tient dans la place restante sur ce papier. Choisissez un papier plus grand ou moins d’autres exemplaires.',
  'sheetsMain.layout.onlySome':
    '{placed, plural, one {Seul # exemplaire} other {Seuls # exemplaires}} sur {asked, number} de {name} {placed, plural, one {tient} other {tiennent}} sur ce papier. Imprimez le reste sur une autre planche, réduisez la marge ou l’espacement, ou choisissez un papier plus grand.',
  'sheetsMain.layout.labelLeftOff':
    'La légende a été omise : elle ne tient pas sans perdre d’exemplaires ({without, number} sans elle, {with, number} avec). Demandez moins d’exemplaires pour lui faire de la place, ou désactivez la légende.',
  'sheetsMain.layout.invalid':
    'La planche n’a pas pu être composée : {problem, select, paper {la taille du papier doit être supérieure à zéro} margin {la marge doit être nulle ou positive} gap {l’espacement entre les exemplaires doit être nul ou positif} dpi {la résolution d’impression doit être comprise entre 1 et 2400 dpi} label {la hauteur de la légende doit être supérieure à zéro} twice {l’élément « {name} » figure deux fois} size {la taille de la photo {name} doit être supérieure à zéro} copies {le nombre d’exemplaires de {name} doit être un nombre entier} other {un réglage n’est pas valable}}. Vérifiez les réglages de la planche.',
  'sheetsMain.layout.cutOffByCalibration':
    'Avec l’étalonnage de cette imprimante, les photos au bord de la planche seraient coupées. Augmentez la marge.',
  'sheetsMain.layout.customSizeMissing': 'Saisissez la largeur et la hauteur du papier personnalisé.',
  'sheetsMain.hint.margin': 'une marge de {margin, number} mm',
  'sheetsMain.hint.noGap': 'sans espacement',
  'sheetsMain.hint.autoOrientation': 'l’orientation automatique',
  'sheetsMain.hint.noLabel': 'sans légende',
  'sheetsMain.hint.text':
    '{copies, plural, one {# exemplaire tiendrait} other {# exemplaires tiendraient}} avec {changes}',
  'sheetsMain.calibration.enterLength': 'Saisissez la longueur mesurée en millimètres, par exemple 100,5.',
  'sheetsMain.calibration.tooFarOff':
    '{measured, number} mm s’écarte de plus de 10 % de la règle de {expected, number} mm, bien plus que la dérive d’une imprimante. Vérifiez que la page de test a été imprimée en « Taille réelle » (100 %) et non « Ajuster à la page », puis mesurez de nouveau du repère 0 au dernier repère.',
  'sheetsMain.calibration.noPrinter': 'Choisissez une imprimante avant d’enregistrer son étalonnage.',
  'sheetsMain.calibration.storedTooFarOff':
    'Cet étalonnage s’écarte de plus de 10 %. Imprimez de nouveau la page de règles à 100 % et mesurez de nouveau.',
  'sheetsMain.render.dpi':
    'La résolution d’impression doit être comprise entre 1 et 2400 dpi. Choisissez 300 ou 600 dpi.',
  'sheetsMain.render.photoLargerThanPaper':
    'Une photo est plus grande que le papier. Choisissez un papier plus grand ou une photo plus petite.',
  'sheetsMain.render.photoGone':
    'Une photo de cette planche n’est plus disponible. Refaites la photo, puis imprimez.',
  'sheetsMain.render.photoUnreadable':
    'Une photo de cette planche n’a pas pu être lue. Refaites la photo, puis imprimez.',
  'sheetsMain.render.notJpegOrPng':
    'Une photo de cette planche n’est pas une image JPEG ou PNG. Refaites la photo, puis imprimez.',
  'sheetsMain.ruler.dpi':
    'La page de règles demande une résolution comprise entre 150 et 1200 dpi. Choisissez 300 dpi.',
  'sheetsMain.ruler.documentTitle': 'Règles d’étalonnage de l’imprimante',
  'sheetsMain.ruler.jobTitle': 'Règles d’étalonnage de l’imprimante',
  'sheetsMain.ruler.paperTooSmall':
    'Ce papier est trop petit pour la page de règles, qui porte une règle horizontale et une règle verticale. Utilisez du papier A4, Lettre US ou A5.',
  'sheetsMain.ruler.title': 'Étalonnage de l’imprimante',
  'sheetsMain.ruler.printer': 'Imprimante : {printer}',
  'sheetsMain.ruler.line1':
    'Imprimez cette page en « Taille réelle » (100 %), jamais « Ajuster à la page », sur le papier photo.',
  'sheetsMain.ruler.line2':
    'Avec un réglet en acier, mesurez la règle HORIZONTALE de 0 à 100 et la règle VERTICALE de 0 à 100,',
  'sheetsMain.ruler.line3':
    'au 0,5 mm près, et saisissez les deux longueurs dans l’application. Règle en pouces : 0 à 4 = 4 po.',
  'sheetsMain.ruler.across': 'HORIZONTALE : {mm, number} mm (chiffres en centimètres)',
  'sheetsMain.ruler.inches': '{inches, number} po ({mm, number} mm)',
  'sheetsMain.ruler.down': 'VERTICALE : {mm, number} mm, de haut en bas',
  'sheetsMain.apiSheet.badSize':
    'La taille de planche « {size} » n’est pas au format largeur*hauteur. Choisissez une autre taille de planche.',
  'sheetsMain.apiSheet.paper': '{pixels} — {paper} à {dpi, number} dpi',
  'sheetsMain.apiSheet.photoDpi': '{pixels} — {size} aux {dpi, number} dpi de la photo',
  'sheetsMain.apiSheet.unknown': '{pixels} — taille d’impression inconnue',
  'sheetsMain.jobTitle.noCustomer': 'Planche {specs}',
  'sheetsMain.pdfTitle': 'Planche de photos d’identité {name}',
  'sheetsMain.save.failed':
    'La planche n’a pas pu être enregistrée : {why, select, full {le disque est plein} permission {vous n’avez pas le droit d’écrire dans ce dossier} readOnly {ce disque est en lecture seule} gone {ce dossier n’existe plus} other {le fichier n’a pas pu être écrit}}. Le fichier choisi n’a pas été modifié. Choisissez un autre dossier ou libérez de l’espace disque, puis enregistrez de nouveau.'
}
