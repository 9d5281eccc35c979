import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CupsEnv } from '../../scripts/services/cups.mjs'
import { probePdf, ptToMm } from '../unit/services/sheets/pdf-probe'

// Reading back what the private CUPS's cups-pdf printer wrote (scripts/services/cups.mjs), for the unit and
// end-to-end print tests alike.

/** The environment CUPS's commands need to reach the private server. */
export function cupsProcessEnv(env: CupsEnv): NodeJS.ProcessEnv {
  return { ...process.env, CUPS_SERVER: env.CUPS_SERVER, LC_ALL: 'C' }
}

/** Waits until CUPS has finished the job ("StudioPDF-12"), then reads what the cups-pdf printer wrote for it. */
export async function spooledOutput(env: CupsEnv, jobId: string): Promise<{ bytes: Buffer; path: string }> {
  const number = Number(/-(\d+)$/.exec(jobId)?.[1])
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const pending = execFileSync('lpstat', ['-W', 'not-completed', '-o'], {
      env: cupsProcessEnv(env),
      encoding: 'utf8'
    })
    const file = readdirSync(env.STUDIO_CUPS_OUT).find((name) => name.endsWith(`job_${number}.pdf`))
    if (!pending.split('\n').some((line) => line.startsWith(`${jobId} `)) && file) {
      const path = join(env.STUDIO_CUPS_OUT, file)
      return { bytes: readFileSync(path), path }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`CUPS did not finish job ${jobId} within 30 s.`)
}

/** What a sheet came out as on paper: page size and every photo's placed size, in millimetres. */
export interface PrintedSheet {
  widthMm: number
  heightMm: number
  photos: { xMm: number; yMm: number; widthMm: number; heightMm: number }[]
  /** Each photo's resolution as poppler's pdfimages reads it (pixels ÷ placed inches), across and down. */
  ppi: { x: number; y: number }[]
  title: string
}

/** Reads the printed PDF back: page size and placements from its content (pdf-lib), ppi from `pdfimages -list`. */
export async function measurePrinted(output: { bytes: Buffer; path: string }): Promise<PrintedSheet> {
  const probe = await probePdf(output.bytes)
  const ppi = pdfimagesPpi(output.path)
  const info = execFileSync('pdfinfo', [output.path], { encoding: 'utf8' })
  return {
    widthMm: ptToMm(probe.mediaBox.width),
    heightMm: ptToMm(probe.mediaBox.height),
    photos: probe.imageDraws.map((d) => ({
      xMm: ptToMm(d.x),
      yMm: ptToMm(d.y),
      widthMm: ptToMm(d.width),
      heightMm: ptToMm(d.height)
    })),
    ppi,
    title: /^Title:\s*(.*)$/m.exec(info)?.[1] ?? ''
  }
}

function pdfimagesPpi(path: string): { x: number; y: number }[] {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2)
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 14 && cols[2] === 'image')
    .map((cols) => ({ x: Number(cols[12]), y: Number(cols[13]) }))
}
