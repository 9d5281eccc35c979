import type { PDFFont } from 'pdf-lib'

/**
 * Makes text printable with a standard PDF font. Helvetica speaks WinAnsi only (Latin-1 plus a few), and pdf-lib
 * throws on anything else, so a customer called "Łukasz Nguyễn" must not stop a print: accents are kept where
 * WinAnsi has the letter, stripped where it has the base letter (ễ → e), a few common letters are spelled out
 * (Ł → L), and anything else becomes "?".
 */
export function toFontSafeText(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet())
  let out = ''
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) as number
    if (supported.has(code)) {
      out += char
      continue
    }
    // A no-break space WinAnsi lacks (French typography's narrow one before « ; ! ? ») stays unbreakable.
    if (NO_BREAK_SPACES.has(char) && supported.has(0xa0)) {
      out += '\u00a0'
      continue
    }
    if (/\s/u.test(char)) {
      out += ' '
      continue
    }
    const replacement = SPELLED[char] ?? stripMarks(char)
    out +=
      [...replacement].every((c) => supported.has(c.codePointAt(0) as number)) && replacement !== ''
        ? replacement
        : '?'
  }
  return out
}

const NO_BREAK_SPACES = new Set(['\u202f', '\u2007'])

const SPELLED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  ı: 'i',
  ß: 'ss',
  '‐': '-',
  '‑': '-',
  '−': '-'
}

function stripMarks(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '')
}
