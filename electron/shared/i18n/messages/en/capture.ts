/** The camera and hot folders in main (services/capture, features/capture-feature): the live view's short instructions, the guide's legend, each watched file's fate, notices and errors. */
export const capture = {
  'capture.say.moveCloser': 'Move closer',
  'capture.say.moveBack': 'Move back',
  'capture.say.crownOut': 'Top of the head out of view: move back',
  'capture.say.chinOut': 'Chin out of view: move back',
  'capture.say.shoulders': 'Shoulders out of view: move back or lower the camera',
  'capture.say.centre': 'Centre the face in the frame',
  'capture.say.tilted': 'Head tilted: hold it straight',
  'capture.say.look': 'Look at the camera',
  'capture.say.eyesClosed': 'Eyes closed',
  'capture.say.mouthOpen': 'Close the mouth: neutral expression',
  'capture.say.tooDark': 'Too dark: add light on the face',
  'capture.say.tooBright': 'Too bright: turn the light down',
  'capture.say.unevenLight': 'Light the face evenly',
  'capture.say.blurred': 'Hold still: the face is blurred',
  'capture.say.noFace': 'No face in view: look at the camera',
  'capture.say.people': '{count, plural, =2 {Two people in view} other {# people in view}}',
  'capture.say.eyesHigh': 'Eyes above the eye line: raise the camera',
  'capture.say.eyesLow': 'Eyes below the eye line: lower the camera',
  'capture.guide.head': 'Head {range}',
  'capture.guide.eyes': 'Eyes {range} from the bottom',
  'capture.guide.noHead': 'This spec gives no head height: the usual share is drawn.',
  'capture.pick.closedEyes':
    'Kept frame {frame} of {count}, the sharpest, but the eyes look closed in every frame: take it again.',
  'capture.pick.open': 'Kept frame {frame} of {count}: the sharpest with the eyes open.',
  'capture.pick.noFace': 'No face was seen in any of the {count} frames; the first was kept.',
  'capture.pick.unchosen':
    'Kept frame {frame} of {count} without choosing: {why, select, engine {the local face check could not run} other {a frame could not be read}}.',
  'capture.intake.raw':
    '{name} is a raw camera file, which the service cannot read. Set the camera, or its tethering software, to write a JPEG alongside the raw file (RAW + JPEG); the JPEG is then queued by itself.',
  'capture.intake.locked':
    '{name} is still held open by another program, so it was not read yet. It is queued as soon as that program lets go of it.',
  'capture.intake.tooLarge': '{name} is over 200 MB, which is refused.',
  'capture.intake.unreadable': '{name} could not be read ({code}). Check that the app may read the folder.',
  'capture.intake.ledgerFailed':
    '{name} was not queued: the hot folder’s record could not be saved. Check that the disk is not full, then add the photo by hand.',
  'capture.intake.internal':
    '{name} could not be queued because of a problem inside the app. It was not sent; add it by hand.',
  'capture.intake.waiting': '{name} is waiting: {reason} It is tried again in a minute.',
  'capture.intake.refused': '{name}: {reason}',
  'capture.intake.queued': '{name} was queued{known, select, yes { for {customer}} other {}}.{tidied}',
  'capture.intake.interrupted':
    'The app stopped while {name} was being queued. Check the queue, and add the photo by hand if it is not there.',
  'capture.intake.duplicate':
    '{name} is the same photo as {other}, which was already handled; it was not sent again.',
  'capture.intake.moved': ' It was moved to done/.',
  'capture.intake.notMoved': ' It could not be moved to done/ ({code}) and was left where it is.',
  'capture.intake.failed': 'A file could not be handled: {reason}',
  'capture.notice.ledgerDamaged.title': 'Hot folder record was damaged',
  'capture.notice.ledgerDamaged.message':
    'The record of files the hot folders have already queued could not be read (the damaged file was kept beside it). So that nothing is sent twice, the files now in the watched folders are left alone; only photos added from now on are queued. Drop in by hand any photo that is missing from the queue.',
  'capture.notice.missing.title': 'Hot folder not found',
  'capture.notice.missing.message':
    '{path} cannot be reached (an unplugged drive, or a network share that dropped?). Nothing in it is lost: it is watched again as soon as it is back, and photos written meanwhile are queued then.',
  'capture.error.folderGone': 'This hot folder is no longer in the list.',
  'capture.error.badFrame': 'A frame from the camera could not be read. The live check tries the next one.',
  'capture.error.alreadyWatched': 'That folder is already watched. Change its settings in the list instead.',
  'capture.error.outputFolder':
    'Finished photos are saved to that folder, so they would be sent again. Choose another folder.',
  'capture.dialog.chooseFolder': 'Choose the folder your camera software saves photos to',
  'capture.hot.deleted':
    '{count, plural, one {# queued photo was} other {# queued photos were}} deleted from {path} after {days} days, as set.',
  'capture.hot.leftAlone':
    '{count, plural, one {# file was} other {# files were}} already in {path} and left alone; photos added from now on are queued.',
  'capture.hot.unreachable': '{path} cannot be reached. {reason}',
  'capture.hot.back': '{path} is back and watched again.',
  'capture.hot.missing':
    'Folder not found (an unplugged drive or a dropped network share?). It is watched again as soon as it is back.',
  'capture.hot.cannotWatch': 'The folder cannot be watched: {detail}.',
  'capture.hot.unknownError': 'unknown error'
}
