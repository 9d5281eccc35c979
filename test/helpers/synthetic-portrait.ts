import sharp from 'sharp'

/**
 * A head-and-shoulders portrait drawn at test time (no real person): a skin-coloured face with hair, a neck and
 * dark shoulders on a light, even backdrop, so the demo's subject detector finds a face. JPEG, 1200×1500 unless told.
 */
export async function syntheticPortrait(
  options: { width?: number; height?: number; sideLight?: boolean } = {}
): Promise<Buffer> {
  const width = options.width ?? 1200
  const height = options.height ?? 1500
  // sideLight: the face's left half in shadow, as with one lamp to the side (uneven light on the face).
  const shadow = options.sideLight ? '<path d="M600 350 A215 290 0 0 0 600 930 Z" fill="#b08066"/>' : ''
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1500" viewBox="0 0 1200 1500">
    <rect width="1200" height="1500" fill="#eef0f2"/>
    <path d="M150 1500 C170 1180 380 1080 600 1080 C820 1080 1030 1180 1050 1500 Z" fill="#27344a"/>
    <rect x="530" y="860" width="140" height="240" fill="#d9a383"/>
    <ellipse cx="600" cy="470" rx="245" ry="255" fill="#3a2a20"/>
    <ellipse cx="600" cy="640" rx="215" ry="290" fill="#e2ad8c"/>
    ${shadow}
    <ellipse cx="525" cy="600" rx="28" ry="16" fill="#3b2b22"/>
    <ellipse cx="675" cy="600" rx="28" ry="16" fill="#3b2b22"/>
    <path d="M540 788 Q570 774 600 782 Q630 774 660 788 Q600 796 540 788 Z" fill="#b56a5e"/><path d="M540 788 Q600 812 660 788 Q600 794 540 788 Z" fill="#c47c70"/><path d="M540 788 Q600 795 660 788" stroke="#6e3a34" stroke-width="3" fill="none"/>
  </svg>`
  return sharp(Buffer.from(svg)).resize(width, height, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer()
}

/** A plain photo of a given size, for "too small" checks. */
export async function plainPhoto(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 170, b: 150 } } })
    .jpeg()
    .toBuffer()
}
