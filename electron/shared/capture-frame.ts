/** A rectangle in a live frame's pixels. */
export interface FrameRect {
  left: number
  top: number
  width: number
  height: number
}

/** The share of the live view the photo's frame fills along its tighter side. */
export const GUIDE_FILL = 0.9

/**
 * Where the photo's frame is drawn over a live view `width` × `height`: centred, with the spec's aspect, as large
 * as fits in 90 % of the view. The renderer draws it here and main's live check measures the head against it, so
 * "move closer" means the same thing on both sides.
 */
export function guideFrameRect(width: number, height: number, aspect: number): FrameRect {
  let h = height * GUIDE_FILL
  let w = h * aspect
  if (w > width * GUIDE_FILL) {
    w = width * GUIDE_FILL
    h = w / aspect
  }
  return { left: (width - w) / 2, top: (height - h) / 2, width: w, height: h }
}
