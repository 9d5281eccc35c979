/**
 * The codes of the local face check's findings, and which warnings hold a photo by default. Plain data with no
 * dependency (no zod), so the window can import it as it is.
 */

/** Stable codes of the local pre-flight findings. Settings and the "Send anyway" record refer to these. */
export const FINDING_CODES = [
  'NO_FACE',
  'MULTIPLE_FACES',
  'HEAD_TOO_SMALL',
  'CROWN_CUT_OFF',
  'CHIN_CUT_OFF',
  'NO_ROOM_BELOW_CHIN',
  'TOO_CLOSE_TO_SIDE',
  'HEAD_TILTED',
  'HEAD_TURNED',
  'HEAD_UP_OR_DOWN',
  'EYES_CLOSED',
  'MOUTH_OPEN',
  'FACE_BLURRED',
  'FACE_TOO_DARK',
  'FACE_TOO_BRIGHT',
  'FACE_UNEVEN_LIGHT',
  'GREYSCALE_PHOTO'
] as const

/** One finding code. */
export type FindingCode = (typeof FINDING_CODES)[number]

/** The refusals: never sent as they are, and no "Send anyway". */
export const REFUSAL_CODES = ['NO_FACE', 'MULTIPLE_FACES'] as const satisfies readonly FindingCode[]

/** The warnings: the operator decides, and Settings say which of them hold a job for that decision. */
export type WarningCode = Exclude<FindingCode, (typeof REFUSAL_CODES)[number]>

/** Every warning code, in the order Settings lists them. */
export const WARNING_CODES = FINDING_CODES.filter(
  (code): code is WarningCode => !(REFUSAL_CODES as readonly string[]).includes(code)
)

/**
 * Which warnings hold a job for the operator's decision when nobody has changed the setting. Those that would make
 * the service fail the photo or make a poor one hold it; the lighting ones only show, because the service judges
 * lighting itself with the spec's sensitivity (set per spec under "More options"), and a slight tilt it levels.
 */
export const DEFAULT_HOLDS: Readonly<Record<WarningCode, boolean>> = {
  HEAD_TOO_SMALL: true,
  CROWN_CUT_OFF: true,
  CHIN_CUT_OFF: true,
  NO_ROOM_BELOW_CHIN: true,
  TOO_CLOSE_TO_SIDE: true,
  HEAD_TILTED: false,
  HEAD_TURNED: true,
  HEAD_UP_OR_DOWN: true,
  EYES_CLOSED: true,
  MOUTH_OPEN: true,
  FACE_BLURRED: true,
  FACE_TOO_DARK: false,
  FACE_TOO_BRIGHT: false,
  FACE_UNEVEN_LIGHT: false,
  GREYSCALE_PHOTO: true
}
