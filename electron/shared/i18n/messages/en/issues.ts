/** The service's photo issue codes in plain words, with what to do at the counter (explain-issue.ts). */
export const issues = {
  'issues.faceNotFound.title': 'No face was found',
  'issues.faceNotFound.advice':
    'Make sure the whole face is in the picture, facing the camera and in focus, then take the photo again.',
  'issues.unevenLight.title': 'Uneven light on the face',
  'issues.unevenLight.advice':
    'Move the light or the customer so both sides of the face are evenly lit, with no shadow on one side.',
  'issues.brightness.title': 'Face too dark or too bright',
  'issues.brightness.advice': 'Adjust the light or the exposure so the face is neither dark nor washed out.',
  'issues.glasses.title': 'Glasses are not allowed',
  'issues.glasses.advice': 'Ask the customer to remove their glasses, then take the photo again.',
  'issues.expression.title': 'Expression is not neutral',
  'issues.expression.advice':
    'Ask the customer to close their mouth and keep a neutral expression, without smiling.',
  'issues.bottomIncomplete.title': 'Shoulders are cut off',
  'issues.bottomIncomplete.advice':
    'Step back or lower the camera so the shoulders and the top of the chest are in the picture.',
  'issues.leftIncomplete.title': 'Cut off on the left',
  'issues.leftIncomplete.advice':
    'Step back or centre the customer so there is space on the left of the head and shoulders.',
  'issues.rightIncomplete.title': 'Cut off on the right',
  'issues.rightIncomplete.advice':
    'Step back or centre the customer so there is space on the right of the head and shoulders.',
  'issues.yaw.title': 'Head turned to the side',
  'issues.yaw.advice': 'Ask the customer to face the camera straight on, with both ears equally visible.',
  'issues.pitch.title': 'Head tilted up or down',
  'issues.pitch.advice': 'Ask the customer to keep the chin level and look straight into the camera.',
  'issues.hat.title': 'Hat or head covering',
  'issues.hat.advice':
    'Ask the customer to remove the hat (religious head coverings may be allowed: check the document rules).',
  'issues.mask.title': 'Face is covered',
  'issues.mask.advice': 'Ask the customer to remove the mask or anything covering the face.',
  'issues.blur.title': 'Photo is blurred',
  'issues.blur.advice': 'Hold the camera steady, check the focus on the eyes, and take the photo again.',
  'issues.faceNotMatch.title': 'Face does not fit the document rules',
  'issues.faceNotMatch.advice':
    'Check the pose and framing against the document rules (face the camera, head centred), then take the photo again.',
  'issues.loadFailed.title': 'The photo could not be read',
  'issues.loadFailed.advice': 'The file may be damaged. Take the photo again or choose another file.',
  'issues.unknown.title': 'The service found a problem it could not name',
  'issues.unknown.advice':
    'Take the photo again with even light, a plain background and the customer facing the camera.',
  'issues.notFull.title':
    'Picture is cut off {part, select, TOP {above the head} BOTTOM {below the chin (shoulders)} LEFT {on the left} RIGHT {on the right} HEAD {around the head} FACE {around the face} BODY {around the shoulders} other {({name})}}',
  'issues.notFull.advice':
    'Step back or re-centre the customer so the whole head and the top of the shoulders fit with space around them.'
}
