import type { JobView, PaperCorrectionView, PrintedView } from '../../../../electron/shared/contract'

/**
 * A finished job whose final photo may go on a sheet: direct, or a watermark preview that was unlocked; a photo that
 * needs attention only once the operator confirmed it.
 */
export function isPrintable(job: JobView): boolean {
  const finished = job.state === 'done' || (job.state === 'needs-attention' && job.attentionAccepted !== null)
  if (!finished || job.result === null || job.photosPurged || !job.result.hasPhoto) return false
  return job.mode === 'direct' || job.result.unlocked
}

/** "Anna Smith · US Passport", or the spec alone for a walk-in without a name. */
export function photoTitle(job: JobView): string {
  const spec = job.specName ?? job.specCode
  return job.customer ? `${job.customer} · ${spec}` : spec
}

/** The job's date and time as the counter reads it. */
export function photoDate(job: JobView): string {
  return new Date(job.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** What a stored factor means: "this printer prints 1.0 % too large; sheets are shrunk to match". */
export function factorMeaning(factor: number): string {
  if (Math.abs(factor - 1) < 0.0005) return 'no correction'
  const off = (1 / factor - 1) * 100
  return off > 0
    ? `this printer prints ${off.toFixed(1)} % too large; sheets are shrunk to match`
    : `this printer prints ${(-off).toFixed(1)} % too small; sheets are enlarged to match`
}

/** The factor and its meaning: "0.990 (this printer prints 1.0 % too large; …)". */
export function describeFactor(factor: number): string {
  return `${factor.toFixed(3)} (${factorMeaning(factor)})`
}

/** True when neither direction is corrected. */
export function isUncorrected(correction: PaperCorrectionView): boolean {
  return Math.abs(correction.across - 1) < 0.0005 && Math.abs(correction.down - 1) < 0.0005
}

/** Both directions: "across 0.990, down 1.015", or "none" when neither is corrected. */
export function describeCorrection(correction: PaperCorrectionView): string {
  if (isUncorrected(correction)) return 'none'
  return `across ${correction.across.toFixed(3)}, down ${correction.down.toFixed(3)}`
}

/** Millimetres with at most one decimal: 51, 35.3. */
export function mm(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** What the counter is told once a page has gone to the printer. */
export function printedMessage(printed: PrintedView): string {
  if (!printed.printed) return 'Not printed: the print dialog was cancelled.'
  const to = printed.printerName ?? 'the default printer'
  const how =
    printed.path.kind === 'system'
      ? ` through ${printed.path.label}${printed.jobId ? ` (job ${printed.jobId})` : ''}, at true size`
      : ' through the print dialog'
  return `Sent to ${to}${how}.${printed.note ? ` ${printed.note}` : ''}`
}
