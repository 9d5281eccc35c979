import sharp from 'sharp'

/** How to draw a test portrait. */
export interface PortraitOptions {
  background?: string
  /** Black overlay opacity over the whole picture (0 = none): a dim photo. */
  darken?: number
  /** Black overlay opacity over the right half only: light from one side. */
  shadowRight?: number
}

/**
 * A 600x800 portrait drawn at test time (no person's photo in the repo): flat background, dark shoulders, neck,
 * a skin-coloured face with hair, eyes and a closed mouth. The same drawing as test/helpers/synthetic-portrait.ts,
 * which the face detector finds as a frontal face with open eyes and a closed mouth. Returns JPEG bytes.
 */
export async function drawPortrait(options: PortraitOptions = {}): Promise<Buffer> {
  const background = options.background ?? '#9bb8d3'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 1200 1500" preserveAspectRatio="none">
  <rect width="1200" height="1500" fill="${background}"/>
  <path d="M150 1500 C170 1180 380 1080 600 1080 C820 1080 1030 1180 1050 1500 Z" fill="#27344a"/>
  <rect x="530" y="860" width="140" height="240" fill="#d9a383"/>
  <ellipse cx="600" cy="470" rx="245" ry="255" fill="#3a2a20"/>
  <ellipse cx="600" cy="640" rx="215" ry="290" fill="#e2ad8c"/>
  <ellipse cx="525" cy="600" rx="28" ry="16" fill="#3b2b22"/>
  <ellipse cx="675" cy="600" rx="28" ry="16" fill="#3b2b22"/>
  <path d="M540 788 Q570 774 600 782 Q630 774 660 788 Q600 796 540 788 Z" fill="#b56a5e"/><path d="M540 788 Q600 812 660 788 Q600 794 540 788 Z" fill="#c47c70"/><path d="M540 788 Q600 795 660 788" stroke="#6e3a34" stroke-width="3" fill="none"/>
  ${options.shadowRight ? `<rect x="600" width="600" height="1500" fill="#000" fill-opacity="${options.shadowRight}"/>` : ''}
  ${options.darken ? `<rect width="1200" height="1500" fill="#000" fill-opacity="${options.darken}"/>` : ''}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

/** A flat image with nothing in it. */
export function drawUniform(colour = '#d0d0d0'): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()
}
