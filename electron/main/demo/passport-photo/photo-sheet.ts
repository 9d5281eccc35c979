import sharp from 'sharp'

/** Placement of copies on a sheet: columns, rows, the photo size used and the gap between copies. */
export interface SheetLayout {
  columns: number
  rows: number
  photoWidth: number
  photoHeight: number
  gap: number
}

/** As many copies as fit at the photo's own pixel size with a cutting gap; one shrunk copy if none fits. */
export function sheetLayout(sheetW: number, sheetH: number, photoW: number, photoH: number): SheetLayout {
  const gap = Math.max(10, Math.round(Math.min(sheetW, sheetH) * 0.02))
  const columns = Math.floor((sheetW - gap) / (photoW + gap))
  const rows = Math.floor((sheetH - gap) / (photoH + gap))
  if (columns >= 1 && rows >= 1) return { columns, rows, photoWidth: photoW, photoHeight: photoH, gap }
  const scale = Math.min((sheetW - 2 * gap) / photoW, (sheetH - 2 * gap) / photoH)
  return {
    columns: 1,
    rows: 1,
    photoWidth: Math.max(1, Math.floor(photoW * scale)),
    photoHeight: Math.max(1, Math.floor(photoH * scale)),
    gap
  }
}

/** A white sheet of the given size with the photo tiled on it, centred as a block. JPEG. */
export async function makePhotoSheet(
  photo: Uint8Array,
  photoW: number,
  photoH: number,
  sheetW: number,
  sheetH: number
): Promise<Uint8Array> {
  const layout = sheetLayout(sheetW, sheetH, photoW, photoH)
  const tile =
    layout.photoWidth === photoW
      ? Buffer.from(photo)
      : await sharp(photo).resize(layout.photoWidth, layout.photoHeight).toBuffer()
  const blockW = layout.columns * layout.photoWidth + (layout.columns - 1) * layout.gap
  const blockH = layout.rows * layout.photoHeight + (layout.rows - 1) * layout.gap
  const left0 = Math.floor((sheetW - blockW) / 2)
  const top0 = Math.floor((sheetH - blockH) / 2)
  const composites = []
  for (let r = 0; r < layout.rows; r++) {
    for (let c = 0; c < layout.columns; c++) {
      composites.push({
        input: tile,
        left: left0 + c * (layout.photoWidth + layout.gap),
        top: top0 + r * (layout.photoHeight + layout.gap)
      })
    }
  }
  const sheet = await sharp({ create: { width: sheetW, height: sheetH, channels: 3, background: '#ffffff' } })
    .composite(composites)
    .jpeg({ quality: 92 })
    .toBuffer()
  return new Uint8Array(sheet)
}
