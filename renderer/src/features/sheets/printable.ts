import type { JobView } from '../../../../electron/shared/contract'

/** A finished job whose final photo may go on a sheet: direct, or a watermark preview that was unlocked. */
export function isPrintable(job: JobView): boolean {
  if (job.state !== 'done' || job.result === null || job.photosPurged || !job.result.hasPhoto) return false
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

/** Millimetres with at most one decimal: 51, 35.3. */
export function mm(value: number): string {
  return String(Math.round(value * 10) / 10)
}
