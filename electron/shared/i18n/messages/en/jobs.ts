/** Photo jobs (services/jobs): what the counter reads when a job cannot go on, and what to do, by the money rule; the app's own check of a photo. */
export const jobs = {
  'jobs.error.invalidSettings': 'This job could not be added: some of its settings are not valid.',
  'jobs.error.invalidId': 'This job could not be added (its id is invalid or already used).',
  'jobs.error.confirmNewPhoto': 'Making a new photo uses one photo from the quota. Confirm it to go on.',
  'jobs.error.useTryAgain': 'Use “Try again”: it finishes this photo without using quota.',
  'jobs.error.cannotUnlock': 'This preview cannot be unlocked. Make the photo again.',
  'jobs.error.stillRunning': 'This job is still running. Cancel it or wait until it finishes.',
  'jobs.error.stillPreview': 'This is still a watermarked preview. Unlock the final photo first.',
  'jobs.error.stillPreviewReport':
    'This is still a watermarked preview. Unlock the final photo first; the report shows the final photo.',
  'jobs.error.noFinishedPhoto': 'There is no finished photo stored for this job.',
  'jobs.error.internal': 'Something went wrong while making this photo. Try again.',
  'jobs.error.keptAnswerMissing': 'The kept answer of this photo is missing.',
  'jobs.error.sourceGone': 'The customer photo is no longer stored. Add the photo again.',
  'jobs.error.cancelled': 'The job was cancelled.',
  'jobs.error.alreadySent': 'This photo has already been sent to the service once. {next}',
  'jobs.error.noPhotoInAnswer': 'The service answered without a photo. Check the account panel. {next}',
  'jobs.error.notPreparing': 'This photo is no longer being prepared.',
  'jobs.error.notHeld': 'This photo is not waiting for a decision any more.',
  'jobs.error.noSingleFace':
    'This photo cannot be sent as it is: no single face was found. Pick a face, or add another photo.',
  'jobs.error.noSuchFace': 'There is no such face in this photo. Pick one shown.',
  'jobs.error.notInList': 'This job is no longer in the list.',
  'jobs.error.downloadFailed':
    'The photo was made and counted against the quota, but downloading it failed{known, select, yes { ({cause})} other {}}. “Try again” downloads it again without using quota.',
  'jobs.error.unreadablePhoto':
    'The service sent a photo we could not open. Check the account panel before trying again.',
  'jobs.error.saveFolder': 'The file could not be saved in that folder. Choose another folder.',
  'jobs.error.saveWrite': 'The file could not be written (is the disk full?). Choose another folder.',
  'jobs.error.saveTooMany': 'That folder already holds too many files of this name. Choose another folder.',
  'jobs.refused.notSettled': 'This photo is still being worked on. Wait until it finishes.',
  'jobs.refused.done': 'This photo is finished. Open it in the result view to save or print it.',
  'jobs.refused.purged': 'The customer photo has been deleted (retention period). Add the photo again.',
  'jobs.refused.remakeNeeded':
    'This photo may already have used one photo from your quota, so “Try again” is not offered. Check the account panel; to make it again, use “Make a new photo” (uses one photo from the quota).',
  'jobs.linkExpired':
    'The photo was made and paid for, but its download link has expired, so it can no longer be downloaded. To get a photo for this customer, use “Make a new photo” (uses one photo from the quota).',
  'jobs.maySpentNextStep': 'To make it again, use “Make a new photo” (uses one photo from the quota).',
  'jobs.withNextStep': '{message} {next}',
  'jobs.interrupted.downloading':
    'The app closed while the photo was downloading. It was already made and paid for: “Try again” downloads it without using quota.',
  'jobs.interrupted.beforeSending': 'The app closed before this photo was sent. Try again.',
  'jobs.interrupted.making':
    'The app closed while this photo was being made; it may have used one photo from your quota. Check the account panel. {next}',
  'jobs.heldNextStep':
    'This photo is held before sending (no quota used). Check what the face check found, then choose “Send anyway”, pick a face, or “Don’t send”.',
  'jobs.check.afterUnlock':
    'The app measures this photo once the final photo is unlocked: the preview’s watermark would disturb the measurement.',
  'jobs.check.noSpec': 'The spec’s details could not be read, so the photo was not measured against them.',
  'jobs.check.engine':
    'The app’s face engine could not run, so this photo was not measured against the spec. Restart the app if this keeps happening.',
  'jobs.check.unreadable':
    'The app could not read this photo to measure it, so it was not checked against the spec.',
  'jobs.check.noMeasurement': '{message} There is no check report without a measurement.',
  'jobs.check.couldNotMeasure': 'The app could not measure this photo.',
  'jobs.upload.noSpec':
    'The spec’s details could not be read (is the computer offline?), so the face was not checked before sending. You can still send it.',
  'jobs.upload.unchecked':
    'The local face check could not run, so this photo was not checked before sending. You can still send it.',
  'jobs.error.mustAccept':
    'This photo needs attention. Check what it says, then confirm that it may be saved or printed anyway.',
  'jobs.error.noAttention': 'This photo does not need attention any more. Nothing to confirm.'
}
