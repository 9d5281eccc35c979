/** A photo issue in plain words, with what to do at the counter; `advice` is null for a code we do not know. */
export interface IssueExplanation {
  code: string
  title: string
  advice: string | null
}

const KNOWN: Record<string, { title: string; advice: string }> = {
  ISSUE_FACE_NOT_FOUND: {
    title: 'No face was found',
    advice:
      'Make sure the whole face is in the picture, facing the camera and in focus, then take the photo again.'
  },
  ISSUE_FACE_LIGHT_NOT_BALANCE: {
    title: 'Uneven light on the face',
    advice:
      'Move the light or the customer so both sides of the face are evenly lit, with no shadow on one side.'
  },
  ISSUE_FACE_BRIGHTNESS_BAD: {
    title: 'Face too dark or too bright',
    advice: 'Adjust the light or the exposure so the face is neither dark nor washed out.'
  },
  ISSUE_EYEGLASSES_NOT_ALLOWED: {
    title: 'Glasses are not allowed',
    advice: 'Ask the customer to remove their glasses, then take the photo again.'
  },
  ISSUE_EXPRESSION_NOT_NEUTRAL: {
    title: 'Expression is not neutral',
    advice: 'Ask the customer to close their mouth and keep a neutral expression, without smiling.'
  },
  ISSUE_BOTTOM_INCOMPLETE: {
    title: 'Shoulders are cut off',
    advice: 'Step back or lower the camera so the shoulders and the top of the chest are in the picture.'
  },
  ISSUE_LEFT_INCOMPLETE: {
    title: 'Cut off on the left',
    advice: 'Step back or centre the customer so there is space on the left of the head and shoulders.'
  },
  ISSUE_RIGHT_INCOMPLETE: {
    title: 'Cut off on the right',
    advice: 'Step back or centre the customer so there is space on the right of the head and shoulders.'
  },
  ISSUE_HEAD_YAW_OVER_THRESHOLD: {
    title: 'Head turned to the side',
    advice: 'Ask the customer to face the camera straight on, with both ears equally visible.'
  },
  ISSUE_HEAD_PITCH_OVER_THRESHOLD: {
    title: 'Head tilted up or down',
    advice: 'Ask the customer to keep the chin level and look straight into the camera.'
  },
  ISSUE_HAT_NOT_ALLOWED: {
    title: 'Hat or head covering',
    advice:
      'Ask the customer to remove the hat (religious head coverings may be allowed: check the document rules).'
  },
  ISSUE_MASK_NOT_ALLOWED: {
    title: 'Face is covered',
    advice: 'Ask the customer to remove the mask or anything covering the face.'
  },
  ISSUE_PHOTO_SHARPNESS_BAD: {
    title: 'Photo is blurred',
    advice: 'Hold the camera steady, check the focus on the eyes, and take the photo again.'
  },
  ISSUE_FACE_NOT_MATCH: {
    title: 'Face does not fit the document rules',
    advice:
      'Check the pose and framing against the document rules (face the camera, head centred), then take the photo again.'
  },
  ISSUE_PHOTO_LOAD_FAILED: {
    title: 'The photo could not be read',
    advice: 'The file may be damaged. Take the photo again or choose another file.'
  },
  ISSUE_UNKNOWN: {
    title: 'The service found a problem it could not name',
    advice: 'Take the photo again with even light, a plain background and the customer facing the camera.'
  }
}

const SIDE_WORDS: Record<string, string> = {
  TOP: 'above the head',
  BOTTOM: 'below the chin (shoulders)',
  LEFT: 'on the left',
  RIGHT: 'on the right',
  HEAD: 'around the head',
  FACE: 'around the face',
  BODY: 'around the shoulders'
}

/** Explains an issue code from the service. Unknown codes come back as they are, for staff to read. */
export function explainIssue(code: string): IssueExplanation {
  const known = KNOWN[code]
  if (known) return { code, ...known }
  // Field-seen family: ISSUE_<PART>_NOT_FULL means that part of the picture is cut off.
  const notFull = /^ISSUE_([A-Z]+)_NOT_FULL$/.exec(code)
  if (notFull) {
    const part = notFull[1] ?? ''
    const where = SIDE_WORDS[part] ?? `(${part.toLowerCase()})`
    return {
      code,
      title: `Picture is cut off ${where}`,
      advice:
        'Step back or re-centre the customer so the whole head and the top of the shoulders fit with space around them.'
    }
  }
  return { code, title: code, advice: null }
}
