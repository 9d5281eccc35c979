import sharp from 'sharp'

/**
 * A head-and-shoulders portrait drawn with sharp: plain light wall, dark clothes, skin-coloured face under
 * dark hair. Enough for the demo service to find a subject; no real person's photo is needed in the project.
 */
export async function syntheticPortrait(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 900
  const height = options.height ?? 1200
  const cx = width / 2
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="#dfe4ea"/>
  <ellipse cx="${cx}" cy="${height * 1.02}" rx="${width * 0.42}" ry="${height * 0.3}" fill="#2b3a55"/>
  <rect x="${cx - width * 0.07}" y="${height * 0.52}" width="${width * 0.14}" height="${height * 0.2}" fill="#c68a64"/>
  <ellipse cx="${cx}" cy="${height * 0.33}" rx="${width * 0.2}" ry="${height * 0.2}" fill="#3a2a1e"/>
  <ellipse cx="${cx}" cy="${height * 0.4}" rx="${width * 0.16}" ry="${height * 0.17}" fill="#d59a74"/>
  <ellipse cx="${cx - width * 0.06}" cy="${height * 0.37}" rx="${width * 0.018}" ry="${height * 0.01}" fill="#2a1d14"/>
  <ellipse cx="${cx + width * 0.06}" cy="${height * 0.37}" rx="${width * 0.018}" ry="${height * 0.01}" fill="#2a1d14"/>
  <rect x="${cx - width * 0.05}" y="${height * 0.48}" width="${width * 0.1}" height="${height * 0.008}" fill="#9a5a48"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}
