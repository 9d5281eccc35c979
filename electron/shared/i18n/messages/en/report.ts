/** The photo check report PDF (services/report): its own words; criteria and methods come from the face check. */
export const report = {
  'report.documentTitle': 'Photo check report: {spec}',
  'report.title': 'Photo check report',
  'report.notCertificate':
    'A check report, not a certificate: it records what this app measured on the photo. Only the issuing authority decides whether a photo is accepted.',
  'report.field.spec': 'Spec',
  'report.field.date': 'Date',
  'report.field.studio': 'Studio',
  'report.field.customer': 'Customer',
  'report.photo.digital': 'Shown at {dpi, number} dpi: this spec is digital only.',
  'report.photo.trueSize': 'True size: {width, number} x {height, number} mm. Print at 100 %.',
  'report.own.title': 'The app’s own measurement',
  'report.own.verdict':
    '{verdict, select, pass {Every measured criterion passed.} fail {At least one criterion failed.} other {Nothing could be measured against this spec.}}',
  'report.own.noNumbers': 'This spec gives no head-height or eye-line numbers, so those were not checked.',
  'report.own.measured': 'Measured: {method}.',
  'report.status.pass': 'pass',
  'report.status.fail': 'FAIL',
  'report.status.notChecked': 'not checked',
  'report.status.notMeasured': 'not measured',
  'report.service.title': 'The service’s issues',
  'report.service.none': 'The service reported no issues.',
  'report.service.issue': '{title} ({code})',
  'report.how.title': 'How it was measured',
  'report.how.model':
    'Faces, eyes and chin were found by a face-landmark model (Human, on WebAssembly) running on this computer; the photo was not sent anywhere for this report.',
  'report.how.head':
    'Head height runs from the bottom of the chin to the crown. The crown is where the background begins above the hair; on a busy background it is estimated as 1.5 times the chin-to-forehead distance. The method used is named above.',
  'report.how.eyes':
    'The eye line is the row through the centres of both irises, measured from the bottom edge. Lengths are converted with the spec’s own photo size.',
  'report.how.ranges':
    'A spec range given as one value is read as that value ±4 %. “Head centred” and the background limits are this app’s own tolerances.',
  'report.how.accuracy':
    'Measurements are accurate to a few pixels; a result close to a limit should be checked by eye.'
}
