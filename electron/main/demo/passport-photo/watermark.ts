import sharp from 'sharp'

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Marks a photo as a preview: the (whitelisted) text tiled diagonally in white with a dark outline, over
 * diagonal hatching, so it stays visible on any background and cannot be cropped away. The hatching does not
 * depend on fonts, so the photo is marked even where no font is installed.
 */
export async function applyWatermark(
  jpeg: Uint8Array,
  width: number,
  height: number,
  text: string
): Promise<Uint8Array> {
  const size = Math.max(14, Math.round(Math.min(width, height) / 7))
  const stepX = Math.round(size * 4.5)
  const stepY = Math.round(size * 2.2)
  const lines: string[] = []
  const diagonal = Math.ceil(Math.hypot(width, height))
  for (let y = -diagonal; y < diagonal; y += stepY) {
    for (let x = -diagonal + ((y / stepY) % 2 === 0 ? 0 : stepX / 2); x < diagonal; x += stepX) {
      lines.push(`<text x="${x}" y="${y}">${escapeXml(text)}</text>`)
    }
  }
  const hatch = []
  for (let d = -height; d < width; d += Math.round(size * 1.5)) {
    hatch.push(`<line x1="${d}" y1="${height}" x2="${d + height}" y2="0"/>`)
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <g stroke="#ffffff" stroke-opacity="0.35" stroke-width="${Math.max(1, Math.round(size / 10))}">${hatch.join('')}</g>
  <g transform="translate(${width / 2} ${height / 2}) rotate(-30)" font-family="DejaVu Sans, Arial, Helvetica, sans-serif"
     font-weight="bold" font-size="${size}" fill="#ffffff" fill-opacity="0.6" stroke="#000000" stroke-opacity="0.45"
     stroke-width="${Math.max(1, size / 24)}" text-anchor="middle">${lines.join('')}</g>
</svg>`
  const marked = await sharp(jpeg)
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 85 })
    .toBuffer()
  return new Uint8Array(marked)
}
