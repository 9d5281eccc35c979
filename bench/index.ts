// `npm run bench [-- --json] [-- --only name,name]`: the speed and memory targets of the issues, measured.
// Prints the machine and a table; with --json, prints the same as JSON for tools.
import { cpus, loadavg, totalmem, platform, release } from 'node:os'
import type { BenchResult } from './types'

type Suite = { name: string; run: () => Promise<BenchResult[]> }

const suites: Suite[] = [
  { name: 'upload-prep', run: async () => (await import('./upload-prep')).benchUploadPrep() },
  { name: 'photo-client', run: async () => (await import('./photo-client')).benchPhotoClient() },
  { name: 'sheets', run: async () => (await import('./sheets')).benchSheets() },
  { name: 'renderer-heap', run: async () => (await import('./renderer-heap')).benchRendererHeap() },
  { name: 'face', run: async () => (await import('./face-analysis')).benchFaceAnalysis() },
  { name: 'local-path', run: async () => (await import('./local-path')).benchLocalPath() },
  { name: 'counter-path', run: async () => (await import('./counter-path')).benchCounterPath() },
  { name: 'history-store', run: async () => (await import('./history-store')).benchHistoryStore() },
  { name: 'capture', run: async () => (await import('./capture')).benchCapture() },
  { name: 'capture-camera', run: async () => [await (await import('./capture-browser')).browserLoopRate()] }
]

const json = process.argv.includes('--json')
const onlyArg = process.argv.indexOf('--only')
const only = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  // Other work on the machine slows every timing; the 1-minute load average at the start says how busy it was.
  loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100
}

const results: (BenchResult & { suite: string })[] = []
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue
  if (!json) console.error(`running ${suite.name}…`)
  try {
    for (const r of await suite.run()) results.push({ suite: suite.name, ...r })
  } catch (error) {
    results.push({
      suite: suite.name,
      name: suite.name,
      input: '-',
      median: Number.NaN,
      unit: '-',
      target: 'ran',
      pass: false,
      extra: { error: error instanceof Error ? error.message : String(error) }
    })
  }
}

if (json) {
  console.log(JSON.stringify({ machine, results }, null, 2))
} else {
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage}`
  )
  const rows = results.map((r) => [
    r.pass ? 'PASS' : 'FAIL',
    r.name,
    `${Number.isFinite(r.median) ? round(r.median) : '-'} ${r.unit}`,
    r.target,
    r.input,
    r.extra
      ? Object.entries(r.extra)
          .map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`)
          .join(' ')
      : ''
  ])
  const header = ['', 'benchmark', 'median', 'target', 'input', 'details']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  console.log(line(header))
  for (const row of rows) console.log(line(row))
}
process.exitCode = results.every((r) => r.pass) ? 0 : 1

function round(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)
}
