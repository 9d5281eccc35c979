import type { AppCheckView, FaceOverlayView } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

/**
 * Marks drawn over a photo, in the photo's own pixels (the SVG's viewBox), so they follow it at every zoom. Lines
 * keep a constant width on screen and have a dark halo, so they read on any picture; the colours are fixed (the
 * photo is never themed) and every mark is also named in the legend beside it, not by colour alone.
 */

const HALO = 'rgba(0, 0, 0, 0.65)'
export const MARK_COLOURS = {
  face: '#ffd400',
  eyes: '#00e5ff',
  chin: '#ff5fd2',
  crown: '#ff5fd2',
  centre: '#ffffff',
  band: 'rgba(0, 200, 83, 0.28)',
  bandEdge: '#00c853'
} as const

function Line(props: { x1: number; y1: number; x2: number; y2: number; colour: string; dashed?: boolean }) {
  const common = {
    x1: props.x1,
    y1: props.y1,
    x2: props.x2,
    y2: props.y2,
    vectorEffect: 'non-scaling-stroke'
  }
  const dash = props.dashed ? '8 6' : undefined
  return (
    <>
      <line {...common} stroke={HALO} strokeWidth={4} strokeDasharray={dash} />
      <line {...common} stroke={props.colour} strokeWidth={2} strokeDasharray={dash} />
    </>
  )
}

function Svg(props: { width: number; height: number; label: string; children: React.ReactNode }) {
  return (
    <svg
      className="photo-marks"
      viewBox={`0 0 ${props.width} ${props.height}`}
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-label={props.label}
    >
      {props.children}
    </svg>
  )
}

/** The pre-flight marks on the photo as checked: face boxes (numbered when there are several), eyes, chin, crown. */
export function FaceCheckMarks(props: { overlay: FaceOverlayView }) {
  const { t } = useT()
  const { overlay } = props
  const several = overlay.faces.length > 1
  const face = overlay.faces[0]
  const font = Math.max(12, overlay.width / 22)
  const left = face ? face.left - face.width * 0.15 : 0
  const right = face ? face.left + face.width * 1.15 : overlay.width
  const estimated = overlay.crownMethod === 'ratio'
  return (
    <Svg
      width={overlay.width}
      height={overlay.height}
      label={t('photos.overlay.marks', { faces: several ? overlay.faces.length : 1 })}
    >
      {overlay.faces.map((box, i) => (
        <g key={i}>
          <rect
            x={box.left}
            y={box.top}
            width={box.width}
            height={box.height}
            fill="none"
            stroke={HALO}
            strokeWidth={4}
            vectorEffect="non-scaling-stroke"
          />
          <rect
            x={box.left}
            y={box.top}
            width={box.width}
            height={box.height}
            fill="none"
            stroke={MARK_COLOURS.face}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
          {several && (
            <text
              x={box.left + font * 0.3}
              y={box.top + font}
              fontSize={font}
              fontWeight={700}
              fill={MARK_COLOURS.face}
              stroke={HALO}
              strokeWidth={font / 10}
              paintOrder="stroke"
            >
              {i + 1}
            </text>
          )}
        </g>
      ))}
      {!several && overlay.eyes && (
        <Line
          x1={left}
          x2={right}
          y1={overlay.eyes[0].y - (overlay.eyes[0].x - left) * slope(overlay.eyes)}
          y2={overlay.eyes[0].y + (right - overlay.eyes[0].x) * slope(overlay.eyes)}
          colour={MARK_COLOURS.eyes}
        />
      )}
      {!several && overlay.chinY !== null && (
        <Line x1={left} x2={right} y1={overlay.chinY} y2={overlay.chinY} colour={MARK_COLOURS.chin} />
      )}
      {!several && overlay.crownY !== null && (
        <Line
          x1={left}
          x2={right}
          y1={overlay.crownY}
          y2={overlay.crownY}
          colour={MARK_COLOURS.crown}
          dashed={estimated}
        />
      )}
    </Svg>
  )
}

function slope(eyes: NonNullable<FaceOverlayView['eyes']>): number {
  const [a, b] = eyes
  return b.x === a.x ? 0 : (b.y - a.y) / (b.x - a.x)
}

/** The post-check's marks on the returned photo: the allowed bands, and the lines as measured. */
export function MeasureMarks(props: { overlay: NonNullable<AppCheckView['overlay']> }) {
  const { t } = useT()
  const { overlay } = props
  const { width, height } = overlay
  return (
    <Svg width={width} height={height} label={t('photos.overlay.measured')}>
      {overlay.bands.map((band) =>
        band.axis === 'y' ? (
          <rect
            key={band.id}
            x={0}
            y={Math.min(band.from, band.to)}
            width={width}
            height={Math.abs(band.to - band.from)}
            fill={MARK_COLOURS.band}
            stroke={MARK_COLOURS.bandEdge}
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ) : (
          <rect
            key={band.id}
            x={Math.min(band.from, band.to)}
            y={0}
            width={Math.abs(band.to - band.from)}
            height={height}
            fill={MARK_COLOURS.band}
            stroke={MARK_COLOURS.bandEdge}
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        )
      )}
      {overlay.lines.map((line) =>
        line.id === 'centre' && line.x !== undefined ? (
          <Line
            key={line.id}
            x1={line.x}
            x2={line.x}
            y1={0}
            y2={height}
            colour={MARK_COLOURS.centre}
            dashed
          />
        ) : line.y !== undefined ? (
          <Line
            key={line.id}
            x1={0}
            x2={width}
            y1={line.y}
            y2={line.y}
            colour={line.id === 'eye-line' ? MARK_COLOURS.eyes : MARK_COLOURS.chin}
          />
        ) : null
      )}
    </Svg>
  )
}
