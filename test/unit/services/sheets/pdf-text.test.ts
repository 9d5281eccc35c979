import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { toFontSafeText } from '../../../../electron/main/services/sheets/pdf-text'

describe('toFontSafeText', () => {
  it('keeps Latin-1, strips marks WinAnsi lacks, spells a few letters, and replaces the rest', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    expect(toFontSafeText('José Müller – 2×2 in', font)).toBe('José Müller – 2×2 in')
    expect(toFontSafeText('Łukasz Nguyễn', font)).toBe('Lukasz Nguyen')
    expect(toFontSafeText('王 芳\tIvanova', font)).toBe('? ? Ivanova')
    expect(() => font.encodeText(toFontSafeText('Ștefan Đorđević 😀', font))).not.toThrow()
  })
})
