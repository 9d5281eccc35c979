import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { oneDecimal } from './physical-size'
import { MAX_SCALE_CORRECTION, MIN_SCALE_CORRECTION } from './scale-correction'
import type { ScaleCorrection } from './types'

/**
 * The printer's scale correction from one ruler measurement: expected ÷ measured (a printer that prints a 100 mm
 * line as 101 mm gets 0.990, see scale-correction.ts). More than 10% off is not printer drift but a page printed
 * "fit to page" or a misread ruler, so it is refused with what to do.
 */
export function computeScaleCorrection(expectedMm: number, measuredMm: number): number {
  if (!(Number.isFinite(expectedMm) && expectedMm > 0) || !(Number.isFinite(measuredMm) && measuredMm > 0)) {
    throw new AppError('BAD_REQUEST', t('sheetsMain.calibration.enterLength'))
  }
  const factor = expectedMm / measuredMm
  if (factor < MIN_SCALE_CORRECTION || factor > MAX_SCALE_CORRECTION) {
    throw new AppError(
      'BAD_REQUEST',
      t('sheetsMain.calibration.tooFarOff', {
        measured: oneDecimal(measuredMm),
        expected: oneDecimal(expectedMm)
      })
    )
  }
  return factor
}

/**
 * A printer's correction in the paper's own directions, as the ruler page measures it: across the paper as it
 * goes through the printer (the short edge) and down it (the feed direction, the long edge).
 */
export interface PaperCorrection {
  across: number
  down: number
}

/** No correction. */
export const NO_CORRECTION: PaperCorrection = { across: 1, down: 1 }

/**
 * The correction along the sheet's own x and y. Paper goes through the printer portrait; a landscape sheet is
 * turned a quarter turn to fit it (by CUPS, the Windows print path, or the dialog), so its x runs down the paper.
 */
export function pageCorrection(
  correction: PaperCorrection,
  orientation: 'portrait' | 'landscape'
): ScaleCorrection {
  return orientation === 'portrait'
    ? { x: correction.across, y: correction.down }
    : { x: correction.down, y: correction.across }
}
