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
 * A 600x800 portrait drawn at test time (no person's photo in the repo): flat background, shirt and
 * shoulders, neck, a skin-coloured head about 1.3 times as tall as wide, dark hair on top, eyes and mouth.
 * Returns JPEG bytes.
 */
export async function drawPortrait(options: PortraitOptions = {}): Promise<Buffer> {
  const background = options.background ?? '#9bb8d3'
  const skin = '#e0ac8c'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">
  <rect width="600" height="800" fill="${background}"/>
  <ellipse cx="300" cy="820" rx="250" ry="190" fill="#2b3f66"/>
  <rect x="255" y="440" width="90" height="130" fill="${skin}"/>
  <ellipse cx="300" cy="255" rx="120" ry="80" fill="#3a2618"/>
  <ellipse cx="300" cy="330" rx="110" ry="143" fill="${skin}"/>
  <ellipse cx="258" cy="310" rx="14" ry="8" fill="#2a2a2a"/>
  <ellipse cx="342" cy="310" rx="14" ry="8" fill="#2a2a2a"/>
  <rect x="292" y="320" width="16" height="50" fill="#c99474"/>
  <ellipse cx="300" cy="410" rx="32" ry="9" fill="#b0584f"/>
  ${options.shadowRight ? `<rect x="300" width="300" height="800" fill="#000" fill-opacity="${options.shadowRight}"/>` : ''}
  ${options.darken ? `<rect width="600" height="800" fill="#000" fill-opacity="${options.darken}"/>` : ''}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

/** A flat image with nothing in it. */
export function drawUniform(colour = '#d0d0d0'): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()
}
