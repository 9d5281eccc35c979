/** The local face check (services/face): findings with what to do, the app's own measurement (criteria and how each was measured), a spec whose numbers conflict. Spec names and background names come from the service. */
export const face = {
  'face.finding.headTooSmall':
    'The head is {head} px tall in the photo; {spec} needs at least {needed} px, so the service would have to enlarge it and the result would look soft.',
  'face.advice.headTooSmall':
    'Step closer to the customer or zoom in, or use the full-resolution original, and take the photo again.',
  'face.finding.crownCutOff': 'The top of the head is cut off.',
  'face.advice.crownCutOff': 'Leave space above the hair and take the photo again.',
  'face.finding.chinCutOff': 'The chin is cut off.',
  'face.advice.chinCutOff': 'Include the chin, neck and shoulders and take the photo again.',
  'face.finding.noRoomBelowChin': 'There is not enough room below the chin for the shoulders.',
  'face.advice.noRoomBelowChin': 'Frame the photo lower, to include the shoulders, and take it again.',
  'face.finding.tooCloseToSide': 'The head is too close to the side of the photo for this spec’s frame.',
  'face.advice.tooCloseToSide': 'Centre the customer in the frame and take the photo again.',
  'face.finding.headTilted': 'The head is tilted {degrees}° towards a shoulder.',
  'face.advice.headTilted':
    'Ask the customer to hold the head straight, eyes level, and take the photo again.',
  'face.finding.headTurned':
    'The head is turned {degrees}° to the side (at most {limit}° at this sensitivity).',
  'face.advice.headTurned': 'Ask the customer to face the camera squarely and take the photo again.',
  'face.finding.headUpOrDown':
    'The chin is {direction, select, raised {raised} other {lowered}} by about {degrees}° (at most {limit}° at this sensitivity).',
  'face.advice.headUpOrDown':
    'Ask the customer to look straight into the camera, chin level, and take the photo again.',
  'face.finding.eyesClosed': 'The eyes look closed.',
  'face.advice.eyesClosed':
    'Ask the customer to keep the eyes open and look at the camera, and take the photo again.',
  'face.finding.mouthOpen': 'The mouth is open (teeth or a smile show).',
  'face.advice.mouthOpen': 'Ask for a neutral expression with the mouth closed, and take the photo again.',
  'face.finding.faceBlurred': 'The face is blurred.',
  'face.advice.faceBlurred': 'Hold the camera steady, focus on the eyes, and take the photo again.',
  'face.finding.faceTooDark': 'The face is too dark.',
  'face.advice.faceTooDark':
    'Add light in front of the customer, or step away from a bright window, and take the photo again.',
  'face.finding.faceTooBright': 'The face is too bright (washed out).',
  'face.advice.faceTooBright': 'Turn the light down or move it back, and take the photo again.',
  'face.finding.faceUnevenLight': 'One side of the face is much darker than the other.',
  'face.advice.faceUnevenLight':
    'Light the face evenly from the front (or add a second lamp) and take the photo again.',
  'face.finding.noFace': 'No face was found in this photo.',
  'face.advice.noFace': 'Use a photo of one person facing the camera, head and shoulders, and try again.',
  'face.finding.multipleFaces': 'There are {count} faces in this photo.',
  'face.advice.multipleFaces':
    'Pick the customer’s face to crop the photo to it, or use a photo of one person.',
  'face.finding.greyscale': 'The photo is black and white; {spec} needs a colour photo.',
  'face.advice.greyscale': 'Use the colour original, or set the camera to colour, and take the photo again.',
  'face.criterion.name': '{criterion, select, head {Head height} other {Eye line}}',
  'face.criterion.noNumbers': '{name}: the spec gives no numbers, so it was not checked',
  'face.criterion.notMeasured': '{name}: could not be measured ({range})',
  'face.criterion.head': 'Head {value}',
  'face.criterion.eyes': 'Eyes {value} from bottom',
  'face.criterion.background.notMeasured': 'Background: could not be measured',
  'face.criterion.backgroundColour.notMeasured': 'Background colour: could not be measured',
  'face.criterion.background.even': 'Background {percent} % even (at least {min} %) {mark}',
  'face.criterion.background.noColour': 'Background {hex}: the spec names no colour, so it was not checked',
  'face.criterion.background.colour': 'Background {hex}, {distance} from {name} (at most {max}) {mark}',
  'face.criterion.colour.unsaid':
    '{kind, select, colour {Colour} other {Greyscale}} photo: the spec does not say which it wants',
  'face.criterion.colour.judged':
    '{kind, select, colour {Colour} other {Greyscale}} photo ({wanted, select, colour {colour} other {greyscale}} wanted) {mark}',
  'face.criterion.centre': 'Head {offset} % of the width off centre (at most {max} %) {mark}',
  'face.criterion.noFace': 'No face found in the returned photo ✗',
  'face.method.background': 'pixels above and beside the head',
  'face.method.backgroundDistance':
    '{method}; distance in RGB from the spec’s {from, select, hex {colour} other {usual {name}}}',
  'face.method.colour': 'chroma (max − min channel) of 99 % of the pixels',
  'face.method.centre': 'middle of the face outline against the middle of the photo',
  'face.method.detection': 'face detection',
  'face.method.crown':
    '{crown, select, scan {crown found where the background starts above the hair} ratio {crown estimated from chin-to-forehead (busy background)} other {crown cut off at the top edge}}',
  'face.method.head': 'chin (face mesh) to crown: {crown}',
  'face.method.eyes': 'iris centres (face mesh) to the bottom edge',
  'face.conflict.tooTall': 'The spec’s head height ({head}) is taller than the photo itself.',
  'face.conflict.cut':
    'The spec’s eye line ({eyes} above the bottom) and head height ({head}) cannot both be met: the {cut, select, crown {top of the head} other {chin}} would be cut off.',
  'face.range.widened': '{value} ±{tolerance} %',
  'face.unit': '{unit, select, in {in} other {{unit}}}',
  'face.measured': '{value} {unit}',
  'face.unavailable':
    'The local face check could not run, so this photo was not checked before sending. You can still send it; restart the app if this keeps happening.',
  'face.missingFiles': 'The face analysis files are missing ({file}). Reinstall the app.'
}
