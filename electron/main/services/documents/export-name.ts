import { basename } from 'node:path'
import { saveFileName } from '../files/save-name'
import type { DocumentSide } from './session-state'
import { t } from '../i18n/main-language'

/** The file extension for an image format. */
export function extensionOf(format: string): string {
  return format === 'jpeg' ? 'jpg' : format
}

/**
 * The name "Save as…" suggests for a document image, under the app's one naming rule: the side and the local
 * date, never a token or anything else that identifies the person ("id-document_front_2026-12-03.jpg").
 */
export function suggestedDocumentName(side: DocumentSide, format: string, now: number): string {
  return saveFileName({ customer: 'id-document', specCode: side, date: now, extension: extensionOf(format) })
}

/**
 * The audit detail for an export: the file name the person chose (the name, not the folder it went to), in the
 * language in use when it is recorded.
 */
export function exportDetail(path: string): string {
  return t('documentsApi.audit.file', { name: basename(path).slice(0, 200) })
}
