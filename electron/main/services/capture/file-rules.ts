import { extname } from 'node:path'
import type { HotFolder } from '../../../shared/contract'

/** What a hot folder does with a file, judged by its name before anything is read. */
export type FileKind =
  /** Written by the camera software and never a photo (temp names, sidecars, hidden files): skipped silently. */
  | 'ignore'
  /** A raw camera file: refused with advice, or skipped when its JPEG twin is there. */
  | 'raw'
  /** Anything else: read once complete and sent through the same pre-flight as a dropped file. */
  | 'candidate'

/** Raw formats of the cameras studios use (Canon, Nikon, Sony, Adobe DNG, Fujifilm, Olympus, Panasonic, Pentax). */
export const RAW_EXTENSIONS = new Set([
  '.cr2',
  '.cr3',
  '.crw',
  '.nef',
  '.nrw',
  '.arw',
  '.srf',
  '.sr2',
  '.dng',
  '.raf',
  '.orf',
  '.rw2',
  '.pef'
])

/** Names camera software gives a file while it is still writing it, before renaming it to its real name. */
const TEMP_NAME = /(\.(tmp|temp|part|partial|crdownload|download|filepart)|~)$/i

/**
 * Files camera software writes beside photos that are never photos: edit sidecars and thumbnails. Anything else
 * that is not a photo (a stray text file) gets a refused row from pre-flight, as a drop would.
 */
const SIDECAR_EXTENSIONS = new Set(['.xmp', '.thm', '.lrv', '.dop', '.pp3'])

/** Classifies a file name in a watched folder. */
export function classifyFileName(name: string): FileKind {
  if (name.startsWith('.') || name.startsWith('~') || name.startsWith('._')) return 'ignore'
  if (TEMP_NAME.test(name)) return 'ignore'
  const ext = extname(name).toLowerCase()
  if (SIDECAR_EXTENSIONS.has(ext)) return 'ignore'
  if (name.toLowerCase() === 'thumbs.db' || name.toLowerCase() === 'desktop.ini') return 'ignore'
  if (RAW_EXTENSIONS.has(ext)) return 'raw'
  return 'candidate'
}

/** True when `other` is the JPEG a camera writes beside a raw file (IMG_0042.CR2 and IMG_0042.JPG, any case). */
export function isJpegTwin(rawName: string, other: string): boolean {
  const stem = rawName.slice(0, rawName.length - extname(rawName).length).toLowerCase()
  const name = other.toLowerCase()
  return name === `${stem}.jpg` || name === `${stem}.jpeg`
}

/** The customer name a folder's rule takes from a file name, or null. At most 120 characters, as a drop allows. */
export function customerFromFileName(rule: HotFolder['customerRule'], fileName: string): string | null {
  if (rule === 'none') return null
  const stem = fileName.slice(0, fileName.length - extname(fileName).length)
  const raw = rule === 'file-name' ? stem : stem.includes('_') ? stem.slice(0, stem.indexOf('_')) : null
  if (raw === null) return null
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, 120).trim()
  return name === '' ? null : name
}
