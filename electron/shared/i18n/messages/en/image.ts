/** Photos refused before any work (services/image): type, size, damage. */
export const image = {
  'image.tooLarge':
    'The photo is {size} ({megapixels} megapixels), more than the {limit} megapixels this app opens. Use the camera’s normal photo size, or resize it to under that and try again.',
  'image.heicUnsupported':
    'This HEIC photo (the iPhone format) cannot be read on this computer. Export it as JPEG, or set the iPhone to Settings › Camera › Formats › Most Compatible, and try again.',
  'image.corrupt':
    'The file is damaged or incomplete, so the photo cannot be read. It may not have finished copying: copy it again from the camera or phone and try again.',
  'image.tooSmall':
    'The photo is {size}; {spec} needs at least {needed}. Use the original photo from the camera (not a screenshot or a copy sent by a messenger app), or take the photo again, and try again.',
  'image.raw':
    "This is a camera RAW file ({kind}). Open it in the camera's software or a photo editor, export it as JPEG and try again.",
  'image.video':
    'This is a video, not a photo. Take a still photo or export the photo as JPEG and try again.',
  'image.typeUnsupported': 'This file type is not supported. Export the photo as JPEG and try again.',
  'image.empty': 'The file is empty. It may not have finished copying: copy the photo again and try again.',
  'image.pdf': 'This is a PDF. Export the photo as JPEG and try again.',
  'image.gif':
    'This is a GIF image, which is too low in quality for an ID photo. Use the original photo as JPEG.',
  'image.bmp': 'This is a BMP image. Save it as JPEG or PNG and try again.',
  'image.photoshop': 'This is a Photoshop file. Export the photo as JPEG and try again.',
  'image.document':
    'This is a document or archive (for example Word or ZIP), not a photo. Save the photo itself as JPEG and try again.',
  'image.jpegXl':
    'This is a JPEG XL image, which is not supported yet. Export the photo as JPEG and try again.',
  'image.jpeg2000':
    'This is a JPEG 2000 image, which is not supported. Export the photo as JPEG and try again.',
  'image.svg': 'This is a drawing (SVG), not a photo. Use the original photo as JPEG.',
  'image.text': 'This is a text file, not a photo. Choose the photo file (JPEG, PNG, WebP, TIFF or HEIC).',
  'image.unreadable': 'This file is not a photo this app can read. Export the photo as JPEG and try again.'
}
