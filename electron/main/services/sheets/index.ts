/** Print sheets at exact physical size: layout, raster and PDF composition, printer calibration. */
export { describeApiSheetSize, type ApiSheetSize } from './api-sheet-size'
export {
  CALIBRATION_FILE,
  CalibrationStore,
  type CalibrationStoreOptions,
  type PrinterCalibration
} from './calibration-store'
export { computeScaleCorrection, NO_CORRECTION, pageCorrection, type PaperCorrection } from './calibration'
export { rulerPageGeometry, RULER_INCHES, RULER_MM, type RulerPage } from './ruler-geometry'
export { renderRulerTestImage, renderRulerTestPage, type RulerImage } from './ruler-page'
export { renderSheetPdf, type PdfOptions } from './compose-pdf'
export { renderSheetRaster, type RasterOptions } from './compose-raster'
export { DEFAULT_DPI, layoutSheet, resolvePaperSize } from './layout'
export {
  findPaperPreset,
  inchesToMm,
  mmToPoints,
  OFFICE_MARGIN_MM,
  PAPER_PRESETS,
  paperMarginMm,
  type PaperChoice,
  type PaperId,
  type PaperPreset
} from './paper'
export { physicalSizeFor, type PhysicalSize, type SpecSize } from './physical-size'
export { pixelGeometry, pxFromMm } from './pixel-geometry'
export {
  applyScaleCorrection,
  isIdentity,
  MAX_SCALE_CORRECTION,
  MIN_SCALE_CORRECTION
} from './scale-correction'
export type * from './types'
export { fillHint, type FillHint } from './fill-hint'
export { defaultSheetSettings, recallSheetSettings, rememberSheetSettings } from './sheet-preferences'
