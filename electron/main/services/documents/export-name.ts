import { basename } from 'node:path'
import type { DocumentSide } from './session-state'

/** The file extension for an image format. */
export function extensionOf(format: string): string {
  return format === 'jpeg' ? 'jpg' : format
}

/**
 * The name "Save as…" suggests for a document image: the side and the local date, never a token or anything
 * else that identifies the person ("id-document-front-2026-12-03.jpg").
 */
export function suggestedDocumentName(side: DocumentSide, format: string, now: number): string {
  const day = new Date(now)
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
  return `id-document-${side}-${date}.${extensionOf(format)}`
}

/** The audit detail for an export: the file name the person chose (the name, not the folder it went to). */
export function exportDetail(path: string): string {
  return `file ${basename(path).slice(0, 200)}`
}
