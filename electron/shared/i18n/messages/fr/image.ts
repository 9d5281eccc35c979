import type { image as en } from '../en/image'

export const image: Record<keyof typeof en, string> = {
  'image.tooLarge':
    'La photo fait {size} ({megapixels} mégapixels), plus que les {limit} mégapixels que l’application sait ouvrir. Utilisez la taille de photo normale de l’appareil, ou réduisez-la en dessous de cette limite, puis réessayez.',
  'image.heicUnsupported':
    'Cette photo HEIC (le format de l’iPhone) ne peut pas être lue sur cet ordinateur. Exportez-la en JPEG, ou réglez l’iPhone sur Réglages › Appareil photo › Formats › Le plus compatible, puis réessayez.',
  'image.corrupt':
    'Le fichier est endommagé ou incomplet : la photo ne peut pas être lue. La copie n’était peut-être pas terminée : copiez-la de nouveau depuis l’appareil photo ou le téléphone, puis réessayez.',
  'image.tooSmall':
    'La photo fait {size} ; {spec} demande au moins {needed}. Utilisez la photo d’origine de l’appareil (pas une capture d’écran ni une copie reçue par messagerie), ou reprenez la photo, puis réessayez.',
  'image.raw':
    'C’est un fichier RAW d’appareil photo ({kind}). Ouvrez-le dans le logiciel de l’appareil ou un éditeur photo, exportez-le en JPEG, puis réessayez.',
  'image.video':
    'C’est une vidéo, pas une photo. Prenez une photo, ou exportez la photo en JPEG, puis réessayez.',
  'image.typeUnsupported':
    'Ce type de fichier n’est pas pris en charge. Exportez la photo en JPEG, puis réessayez.',
  'image.empty':
    'Le fichier est vide. La copie n’était peut-être pas terminée : copiez la photo de nouveau, puis réessayez.',
  'image.pdf': 'C’est un PDF. Exportez la photo en JPEG, puis réessayez.',
  'image.gif':
    'C’est une image GIF, de qualité trop faible pour une photo d’identité. Utilisez la photo d’origine en JPEG.',
  'image.bmp': 'C’est une image BMP. Enregistrez-la en JPEG ou en PNG, puis réessayez.',
  'image.photoshop': 'C’est un fichier Photoshop. Exportez la photo en JPEG, puis réessayez.',
  'image.document':
    'C’est un document ou une archive (par exemple Word ou ZIP), pas une photo. Enregistrez la photo elle-même en JPEG, puis réessayez.',
  'image.jpegXl':
    'C’est une image JPEG XL, pas encore prise en charge. Exportez la photo en JPEG, puis réessayez.',
  'image.jpeg2000':
    'C’est une image JPEG 2000, non prise en charge. Exportez la photo en JPEG, puis réessayez.',
  'image.svg': 'C’est un dessin (SVG), pas une photo. Utilisez la photo d’origine en JPEG.',
  'image.text':
    'C’est un fichier texte, pas une photo. Choisissez le fichier de la photo (JPEG, PNG, WebP, TIFF ou HEIC).',
  'image.unreadable':
    'Ce fichier n’est pas une photo que l’application sait lire. Exportez la photo en JPEG, puis réessayez.'
}
