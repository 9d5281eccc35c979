import type { JobView, PaperCorrectionView, PrintedView } from '../../../../electron/shared/contract'
import type { Translate } from '../../../../electron/shared/i18n/translate'

/**
 * A finished job whose final photo may go on a sheet: direct, or a watermark preview that was unlocked; a photo that
 * needs attention only once the operator confirmed it.
 */
export function isPrintable(job: JobView): boolean {
  const finished = job.state === 'done' || (job.state === 'needs-attention' && job.attentionAccepted !== null)
  if (!finished || job.result === null || job.photosPurged || !job.result.hasPhoto) return false
  return job.mode === 'direct' || job.result.unlocked
}

/** "Anna Smith · US Passport", or the spec alone for a walk-in without a name (spec names stay as sent). */
export function photoTitle(job: JobView): string {
  const spec = job.specName ?? job.specCode
  return job.customer ? `${job.customer} · ${spec}` : spec
}

/** True when a factor changes nothing. */
function isOne(factor: number): boolean {
  return Math.abs(factor - 1) < 0.0005
}

/** What a stored factor means: "this printer prints 1.0 % too large; sheets are shrunk to match". */
export function factorMeaning(t: Translate, factor: number): string {
  if (isOne(factor)) return t('sheets.factor.none')
  const off = (1 / factor - 1) * 100
  return off > 0
    ? t('sheets.factor.tooLarge', { percent: Math.round(off * 10) / 10 })
    : t('sheets.factor.tooSmall', { percent: Math.round(-off * 10) / 10 })
}

/** A factor as the panel shows it: three decimals, in the locale ("0,990" in French). */
export function factorText(t: Translate, factor: number): string {
  return t('sheets.factor.value', { factor })
}

/** True when neither direction is corrected. */
export function isUncorrected(correction: PaperCorrectionView): boolean {
  return isOne(correction.across) && isOne(correction.down)
}

/** Both directions: "across 0.990, down 1.015", or "none" when neither is corrected. */
export function describeCorrection(t: Translate, correction: PaperCorrectionView): string {
  if (isUncorrected(correction)) return t('sheets.correction.none')
  return t('sheets.correction.both', { across: correction.across, down: correction.down })
}

/** What the counter is told once a page has gone to the printer. */
export function printedMessage(t: Translate, printed: PrintedView): string {
  if (!printed.printed) return t('sheets.printed.cancelled')
  const sent = t('sheets.printed.sent', {
    hasPrinter: String(printed.printerName !== null),
    printer: printed.printerName ?? '',
    kind: printed.path.kind,
    path: printed.path.label,
    hasJob: String(printed.jobId !== null),
    job: printed.jobId ?? ''
  })
  return printed.note ? t('sheets.printed.withNote', { sent, note: printed.note }) : sent
}
