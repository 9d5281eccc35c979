import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { JsonStore } from '../storage/json-store'
import { NO_CORRECTION, type PaperCorrection } from './calibration'
import { MAX_SCALE_CORRECTION, MIN_SCALE_CORRECTION } from './scale-correction'

/** The file, under the app's data folder, that keeps each printer's correction. */
export const CALIBRATION_FILE = 'printer-calibration.json'

const factor = z.number().min(MIN_SCALE_CORRECTION).max(MAX_SCALE_CORRECTION)

const entrySchema = z.object({
  printerName: z.string().min(1).max(256),
  across: factor,
  down: factor,
  updatedAt: z.string()
})

// A list, not an object keyed by printer name: a printer called "__proto__" must not become a prototype.
const fileSchema = z.object({ version: z.literal(2), printers: z.array(entrySchema) })

// Version 1 kept one factor for both directions; it is read as the same factor across and down.
const versionOneSchema = z.object({
  version: z.literal(1),
  printers: z.array(
    z.object({ printerName: z.string().min(1).max(256), scaleCorrection: factor, updatedAt: z.string() })
  )
})

const storedSchema = z.union([fileSchema, versionOneSchema]).transform((file): CalibrationFile =>
  file.version === 2
    ? file
    : {
        version: 2,
        printers: file.printers.map(({ printerName, scaleCorrection, updatedAt }) => ({
          printerName,
          across: scaleCorrection,
          down: scaleCorrection,
          updatedAt
        }))
      }
)

/** One printer's stored calibration. */
export type PrinterCalibration = z.infer<typeof entrySchema>

type CalibrationFile = z.infer<typeof fileSchema>

/** Options for a CalibrationStore. */
export interface CalibrationStoreOptions {
  /** The app's data folder; the file is `printer-calibration.json` inside it. */
  dataDir: string
  /** Clock for `updatedAt`; injectable for tests. */
  now?: () => Date
  /** Told when a corrupt file was set aside (the path only). */
  onCorrupt?: (info: { path: string; movedTo: string; reason: string }) => void
}

/**
 * Each printer's scale correction across and down the paper (expected ÷ measured, 1 = none), in a small JSON file
 * written atomically via the shared JsonStore. A missing or corrupt file means "no printer calibrated", never a
 * crash; a file from before the two directions were measured apart is read as the same factor both ways.
 */
export class CalibrationStore {
  private readonly store: JsonStore<CalibrationFile>
  private readonly now: () => Date
  // Read-modify-write must not interleave: two quick saves for two printers would otherwise lose one.
  private chain: Promise<unknown> = Promise.resolve()

  constructor(options: CalibrationStoreOptions) {
    this.now = options.now ?? (() => new Date())
    this.store = new JsonStore<CalibrationFile>({
      path: join(options.dataDir, CALIBRATION_FILE),
      schema: storedSchema,
      fallback: () => ({ version: 2, printers: [] }),
      ...(options.onCorrupt ? { onCorrupt: options.onCorrupt } : {})
    })
  }

  /** The printer's correction, or 1 both ways when it has not been calibrated. */
  async get(printerName: string): Promise<PaperCorrection> {
    const file = await this.store.load()
    const entry = file.printers.find((e) => e.printerName === printerName)
    return entry ? { across: entry.across, down: entry.down } : { ...NO_CORRECTION }
  }

  /** Every calibrated printer. */
  async list(): Promise<PrinterCalibration[]> {
    return (await this.store.load()).printers
  }

  /** Stores a printer's correction (each factor from computeScaleCorrection); replaces any earlier one. */
  async set(printerName: string, correction: PaperCorrection): Promise<void> {
    if (printerName.trim() === '' || printerName.length > 256) {
      throw new AppError('BAD_REQUEST', t('sheetsMain.calibration.noPrinter'))
    }
    const inRange = (f: number) => f >= MIN_SCALE_CORRECTION && f <= MAX_SCALE_CORRECTION
    if (!inRange(correction.across) || !inRange(correction.down)) {
      throw new AppError('BAD_REQUEST', t('sheetsMain.calibration.storedTooFarOff'))
    }
    await this.exclusive(async () => {
      const file = await this.store.load()
      const printers = file.printers.filter((entry) => entry.printerName !== printerName)
      const { across, down } = correction
      printers.push({ printerName, across, down, updatedAt: this.now().toISOString() })
      await this.store.save({ version: 2, printers })
    })
  }

  /** Forgets a printer's correction, so it prints uncorrected (factor 1) again. */
  async reset(printerName: string): Promise<void> {
    await this.exclusive(async () => {
      const file = await this.store.load()
      const printers = file.printers.filter((entry) => entry.printerName !== printerName)
      if (printers.length !== file.printers.length) await this.store.save({ version: 2, printers })
    })
  }

  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task)
    this.chain = run.catch(() => undefined)
    return run
  }
}
