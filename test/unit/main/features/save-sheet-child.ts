// Runs `sheets:save` in a process of its own, so the test can give that process a file size limit (a disk that
// fills up while the sheet is written). Prints one JSON line: what the handler answered.
import { readFileSync } from 'node:fs'
import type { Core } from '../../../../electron/main/core'
import type { PhotosFeature } from '../../../../electron/main/features/feature-types'
import { createSheetsFeature } from '../../../../electron/main/features/sheets-feature'

const [target, photoPath, dataDir] = process.argv.slice(2) as [string, string, string]
const unused = () => Promise.reject(new Error('not used by sheets:save'))
const core = {
  host: {
    dataDir,
    dialogs: { chooseSavePath: async () => target, chooseFolder: unused },
    printer: { path: unused, list: unused, print: unused }
  },
  now: () => Date.UTC(2025, 2, 1),
  currentSettings: () => ({ jobs: { outputFolder: null } })
} as unknown as Core
const photos = {
  finalPhoto: async () => ({
    jpeg: readFileSync(photoPath),
    spec: {
      specCode: 'us-passport',
      widthMm: 50.8,
      heightMm: 50.8,
      pixelWidth: 600,
      pixelHeight: 600,
      dpi: 300,
      digitalOnly: false
    },
    customer: 'Jane Doe',
    specName: 'US Passport',
    createdAt: 0
  })
} as unknown as PhotosFeature

const feature = await createSheetsFeature(core, photos)
const request = {
  paper: '4x6in' as const,
  orientation: 'auto' as const,
  items: [{ jobId: '00000000-0000-4000-8000-000000000000', copies: 'max' as const }],
  marginMm: 0,
  gapMm: 0,
  guides: 'lines' as const,
  label: true,
  dpi: 300 as const
}
try {
  const saved = await feature.handlers['sheets:save']({ request, format: 'pdf' }, {})
  console.log(JSON.stringify({ ok: true, saved }))
} catch (error) {
  const { code, message } = error as { code?: string; message?: string }
  console.log(JSON.stringify({ ok: false, code, message }))
}
