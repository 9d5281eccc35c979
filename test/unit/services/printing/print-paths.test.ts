import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parsePrinterState } from '../../../../electron/main/services/printing/cups-output'
import { createCupsPrinter } from '../../../../electron/main/services/printing/cups-printer'
import { chooseCupsMedia, parsePageSizes } from '../../../../electron/main/services/printing/media'
import { CommandMissingError, type RunCommand } from '../../../../electron/main/services/printing/run-command'
import { createSystemPrinter } from '../../../../electron/main/services/printing/system-printer'
import {
  createWindowsPrinter,
  type PdfToPrinter
} from '../../../../electron/main/services/printing/windows-printer'
import type { Printer, PrintJob } from '../../../../electron/main/services/platform'

const fourBySix: PrintJob = {
  pdf: new Uint8Array([37, 80, 68, 70]),
  widthMm: 101.6,
  heightMm: 152.4,
  printerName: 'Selphy',
  title: 'Łukasz Nguyễn · US Passport',
  borderless: true,
  image: () => Promise.reject(new Error('not used'))
}

let temp: string
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'print-paths-'))
})
afterEach(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** CUPS's commands as a fake at the edge: canned answers, and every call recorded as it was made. */
function fakeCups(sizes: string, lp: { code: number; stdout: string; stderr: string }) {
  const calls: { file: string; args: string[]; spool?: { dirMode: number; fileMode: number } }[] = []
  const run: RunCommand = async (file, args, options) => {
    expect(options?.env?.LC_ALL).toBe('C')
    const call: (typeof calls)[number] = { file, args: [...args] }
    calls.push(call)
    if (file === 'lp') {
      const path = args[args.length - 1] as string
      call.spool = {
        dirMode: (await stat(dirname(path))).mode & 0o777,
        fileMode: (await stat(path)).mode & 0o777
      }
      return lp
    }
    const key = args.join(' ')
    if (key === '-e') return { code: 0, stdout: 'Selphy\nOffice\n', stderr: '' }
    if (key === '-d') return { code: 0, stdout: 'system default destination: Office\n', stderr: '' }
    if (key === '-p Selphy')
      return { code: 0, stdout: 'printer Selphy is idle.  enabled since Mon\n', stderr: '' }
    if (key === '-a Selphy') return { code: 0, stdout: 'Selphy accepting requests since Mon\n', stderr: '' }
    if (key === '-p Selphy -l') return { code: 0, stdout: sizes, stderr: '' }
    throw new Error(`unexpected call: ${file} ${key}`)
  }
  return { run, calls }
}

describe('the CUPS print path', () => {
  it('runs lp with an argument array: the job named for the customer, exact media, scaling off', async () => {
    const cups = fakeCups('PageSize/Media Size: *Letter A4 4x6 4x6.Borderless Custom.WIDTHxHEIGHT\n', {
      code: 0,
      stdout: 'request id is Selphy-12 (1 file(s))\n',
      stderr: ''
    })
    const outcome = await createCupsPrinter({ run: cups.run, tempRoot: temp }).print(fourBySix)
    expect(outcome).toEqual({ printed: true, path: { kind: 'system', label: 'CUPS' }, jobId: 'Selphy-12' })
    const lp = cups.calls.find((c) => c.file === 'lp')!
    const file = lp.args[lp.args.length - 1]!
    expect(lp.args).toEqual([
      '-d',
      'Selphy',
      '-t',
      'Łukasz Nguyễn · US Passport',
      '-n',
      '1',
      '-o',
      'media=4x6.Borderless',
      '-o',
      'print-scaling=none',
      '--',
      file
    ])
    // Owner-only while the spooler reads it, gone once it has.
    expect(lp.spool).toEqual({ dirMode: 0o700, fileMode: 0o600 })
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(stat(dirname(file))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('deletes the spool file when the job is refused, and shows what CUPS said', async () => {
    const cups = fakeCups('PageSize/Page Size: A4 Custom.WIDTHxHEIGHT\n', {
      code: 1,
      stdout: '',
      stderr: 'lp: Error - Unsupported document-format "application/pdf".\n'
    })
    await expect(createCupsPrinter({ run: cups.run, tempRoot: temp }).print(fourBySix)).rejects.toMatchObject(
      {
        code: 'PRINT_REFUSED',
        message:
          'The printer "Selphy" refused the job: Unsupported document-format "application/pdf". Check the printer ' +
          'in the system settings, then print again.'
      }
    )
    const lp = cups.calls.find((c) => c.file === 'lp')!
    expect(lp.args).toContain('media=Custom.101.6x152.4mm')
    await expect(stat(dirname(lp.args[lp.args.length - 1]!))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says when CUPS is not installed, and the chooser then falls back to the print dialog', async () => {
    const missing: RunCommand = (file) => Promise.reject(new CommandMissingError(file))
    const cups = createCupsPrinter({ run: missing })
    expect(await cups.available()).toBe(false)
    await expect(cups.list()).rejects.toMatchObject({ code: 'PRINT_SYSTEM_UNAVAILABLE' })
    const dialog: Printer = {
      path: async () => ({ kind: 'dialog', label: 'the print dialog' }),
      list: async () => [{ name: 'Via dialog', isDefault: true }],
      print: async () => ({ printed: false, path: { kind: 'dialog', label: 'the print dialog' } })
    }
    const chosen = createSystemPrinter({ platform: 'linux', fallback: dialog, cups })
    expect(await chosen.path()).toEqual({ kind: 'dialog', label: 'the print dialog' })
    expect(await chosen.list()).toEqual([{ name: 'Via dialog', isDefault: true }])
  })

  it('reads the page sizes and picks the paper: borderless when asked, else plain, else custom, else none', () => {
    const sizes = parsePageSizes('Resolution/Res: 300dpi\nPageSize/Page Size: *A4 Letter w288h432 4x6.FB\n')
    expect(sizes).toEqual(['A4', 'Letter', 'w288h432', '4x6.FB'])
    const paper = { widthMm: 152.4, heightMm: 101.6 }
    expect(chooseCupsMedia(sizes, paper, true)).toEqual({ media: '4x6.FB', borderless: true, named: true })
    expect(chooseCupsMedia(sizes, paper, false)).toEqual({
      media: 'w288h432',
      borderless: false,
      named: true
    })
    expect(chooseCupsMedia(['A4', 'Custom.WIDTHxHEIGHT'], paper, true)?.media).toBe('Custom.101.6x152.4mm')
    expect(chooseCupsMedia(['A4', 'Letter'], paper, false)).toBeNull()
    expect(chooseCupsMedia(null, paper, false)?.media).toBe('Custom.101.6x152.4mm')
  })

  it("reads a stopped printer's reason", () => {
    const state = parsePrinterState(
      'printer Selphy disabled since Mon 01 Dec 2025 -\n\tOut of paper\n',
      'Selphy accepting requests since Mon\n'
    )
    expect(state).toEqual({ stopped: true, rejecting: false, reason: 'Out of paper' })
  })
})

describe('the Windows print path (pdf-to-printer, not run here: its options are checked at the edge)', () => {
  function fakeLibrary(paperSizes: string[]) {
    const printed: { pdf: string; options: object; mode: number; name: string }[] = []
    const lib: PdfToPrinter = {
      async print(pdf, options) {
        printed.push({ pdf, options, mode: (await stat(pdf)).mode & 0o777, name: pdf.split(/[\\/]/).pop()! })
      },
      getPrinters: async () => [{ name: 'Selphy', paperSizes }],
      getDefaultPrinter: async () => ({ name: 'Selphy' })
    }
    return { lib, printed }
  }

  it('prints at 100 % (noscale) with the paper named where SumatraPDF has a name, and cleans up', async () => {
    const { lib, printed } = fakeLibrary(['A4', 'Letter'])
    const a4 = { ...fourBySix, widthMm: 297, heightMm: 210 }
    const outcome = await createWindowsPrinter(async () => lib, { tempRoot: temp }).print(a4)
    expect(outcome).toEqual({
      printed: true,
      path: { kind: 'system', label: 'Windows printing (SumatraPDF)' }
    })
    expect(printed[0]!.options).toEqual({
      printer: 'Selphy',
      scale: 'noscale',
      silent: true,
      paperSize: 'A4'
    })
    // SumatraPDF names the job after the file: the customer and spec, made safe, never a temp name.
    expect(printed[0]!.name).toBe('Łukasz Nguyễn US Passport.pdf')
    expect(printed[0]!.mode & 0o077).toBe(0)
    await expect(stat(printed[0]!.pdf)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('loads the real pdf-to-printer, whose own refusal off Windows comes back as a plain message', async () => {
    const dialog: Printer = {
      path: async () => ({ kind: 'dialog', label: 'the print dialog' }),
      list: async () => [],
      print: () => Promise.reject(new Error('not used'))
    }
    const windows = createSystemPrinter({ platform: 'win32', fallback: dialog })
    expect(await windows.path()).toEqual({ kind: 'system', label: 'Windows printing (SumatraPDF)' })
    await expect(windows.list()).rejects.toMatchObject({
      code: 'PRINT_SYSTEM_UNAVAILABLE',
      message: expect.stringContaining('Windows could not list the printers (Operating System not supported)')
    })
  })

  it("relies on the printer's paper for photo sizes, and refuses a printer that does not list the size", async () => {
    const photo = fakeLibrary(['A4', '4 x 6 in'])
    const outcome = await createWindowsPrinter(async () => photo.lib, { tempRoot: temp }).print(fourBySix)
    expect(photo.printed[0]!.options).toEqual({ printer: 'Selphy', scale: 'noscale', silent: true })
    expect(outcome.note).toBe('Check that "Selphy" has the photo paper selected in its printing preferences.')
    const office = fakeLibrary(['A4', 'Letter'])
    await expect(
      createWindowsPrinter(async () => office.lib, { tempRoot: temp }).print(fourBySix)
    ).rejects.toMatchObject({ code: 'PAPER_UNSUPPORTED' })
    expect(office.printed).toEqual([])
  })
})
