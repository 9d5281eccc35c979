import type { CaptureGuide, FrameCheck, FrameState, GuideBand } from '../../../../electron/shared/contract'
import { guideFrameRect } from '../../../../electron/shared/capture-frame'
import { useT } from '../../lib/i18n'

/** The bands' data-role, for tests and styles. */
const ROLE = { crown: 'crown-band', eyes: 'eye-band', chin: 'chin-band' } as const

/**
 * The head guide over the live view, in the video's own pixels: the photo's frame with the spec's aspect, the
 * crown and chin bands (the spec's head-height range) and the eye-line band, coloured by the live check's state.
 * The guide is symmetric, so it is the same mirrored or not; the face box follows the mirror.
 */
export function GuideOverlay(props: {
  width: number
  height: number
  guide: CaptureGuide
  check: FrameCheck | null
  mirrored: boolean
}) {
  const { t } = useT()
  const { width, height, guide, check } = props
  const frame = guideFrameRect(width, height, guide.aspect)
  const state: FrameState = check?.state ?? 'no-face'
  const y = (share: number) => frame.top + share * frame.height
  const band = (b: GuideBand, role: string, label: string) => (
    <g data-role={role}>
      <rect
        className="guide-band"
        x={frame.left}
        y={y(b.top)}
        width={frame.width}
        height={Math.max(1, (b.bottom - b.top) * frame.height)}
      />
      <line
        className="guide-line"
        x1={frame.left}
        x2={frame.left + frame.width}
        y1={y(b.top)}
        y2={y(b.top)}
      />
      <line
        className="guide-line"
        x1={frame.left}
        x2={frame.left + frame.width}
        y1={y(b.bottom)}
        y2={y(b.bottom)}
      />
      <text className="guide-label" x={frame.left + frame.width + 8} y={y((b.top + b.bottom) / 2)}>
        {label}
      </text>
    </g>
  )
  // The live check's coordinates are in its own (smaller) frame; the video's are larger by k.
  const k = check && check.width > 0 ? width / check.width : 1
  const x = (v: number, w = 0) => (props.mirrored ? width - (v + w) * k : v * k)
  return (
    <svg
      className={`guide guide-${state}`}
      data-testid="capture-guide"
      data-state={state}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      // What the guide's colour says, for people who cannot tell the colours apart.
      aria-label={t('camera.guide.label', { spec: guide.specName, state })}
    >
      <path
        className="guide-shade"
        fillRule="evenodd"
        d={`M0 0H${width}V${height}H0Z M${frame.left} ${frame.top}h${frame.width}v${frame.height}h${-frame.width}Z`}
      />
      <rect
        className="guide-frame"
        data-role="frame"
        x={frame.left}
        y={frame.top}
        width={frame.width}
        height={frame.height}
      />
      {band(guide.crown, ROLE.crown, t('camera.guide.crown'))}
      {guide.eyes && band(guide.eyes, ROLE.eyes, t('camera.guide.eyes'))}
      {band(guide.chin, ROLE.chin, t('camera.guide.chin'))}
      {check?.face && (
        <rect
          className="guide-face"
          data-role="face"
          x={x(check.face.box.left, check.face.box.width)}
          y={check.face.box.top * k}
          width={check.face.box.width * k}
          height={check.face.box.height * k}
        />
      )}
      {check?.others.map((box, i) => (
        <rect
          key={i}
          className="guide-face guide-face-other"
          x={x(box.left, box.width)}
          y={box.top * k}
          width={box.width * k}
          height={box.height * k}
        />
      ))}
    </svg>
  )
}
