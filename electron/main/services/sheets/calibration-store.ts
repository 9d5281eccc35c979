import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { JsonStore } from '../storage/json-store'
import { MAX_SCALE_CORRECTION, MIN_SCALE_CORRECTION } from './scale-correction'

/** The file, under the app's data folder, that keeps each printer's correction. */
export const CALIBRATION_FILE = 'printer-calibration.json'

const entrySchema = z.object({
  printerName: z.string().min(1).max(256),
  scaleCorrection: z.number().min(MIN_SCALE_CORRECTION).max(MAX_SCALE_CORRECTION),
  updatedAt: z.string()
})

// A list, not an object keyed by printer name: a printer called "__proto__" must not become a prototype.
const fileSchema = z.object({ version: z.literal(1), printers: z.array(entrySchema) })

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
 * Each printer's scale correction (expected ÷ measured, 1 = none), in a small JSON file written atomically via
 * the shared JsonStore. A missing or corrupt file means "no printer calibrated", never a crash.
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
      schema: fileSchema,
      fallback: () => ({ version: 1, printers: [] }),
      ...(options.onCorrupt ? { onCorrupt: options.onCorrupt } : {})
    })
  }

  /** The printer's correction, or 1 when it has not been calibrated. */
  async get(printerName: string): Promise<number> {
    const file = await this.store.load()
    return file.printers.find((entry) => entry.printerName === printerName)?.scaleCorrection ?? 1
  }

  /** Every calibrated printer. */
  async list(): Promise<PrinterCalibration[]> {
    return (await this.store.load()).printers
  }

  /** Stores a printer's correction (from computeScaleCorrection); replaces any earlier one. */
  async set(printerName: string, scaleCorrection: number): Promise<void> {
    if (printerName.trim() === '' || printerName.length > 256) {
      throw new AppError('BAD_REQUEST', 'Choose a printer before saving its calibration.')
    }
    if (!(scaleCorrection >= MIN_SCALE_CORRECTION && scaleCorrection <= MAX_SCALE_CORRECTION)) {
      throw new AppError(
        'BAD_REQUEST',
        'This calibration is more than 10% off. Print the ruler page again at 100% and measure again.'
      )
    }
    await this.exclusive(async () => {
      const file = await this.store.load()
      const printers = file.printers.filter((entry) => entry.printerName !== printerName)
      printers.push({ printerName, scaleCorrection, updatedAt: this.now().toISOString() })
      await this.store.save({ version: 1, printers })
    })
  }

  /** Forgets a printer's correction, so it prints uncorrected (factor 1) again. */
  async reset(printerName: string): Promise<void> {
    await this.exclusive(async () => {
      const file = await this.store.load()
      const printers = file.printers.filter((entry) => entry.printerName !== printerName)
      if (printers.length !== file.printers.length) await this.store.save({ version: 1, printers })
    })
  }

  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task)
    this.chain = run.catch(() => undefined)
    return run
  }
}
