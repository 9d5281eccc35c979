/** Letters that Unicode does not decompose into a base letter and a mark, spelled as people type them. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  '’': "'",
  '‘': "'",
  ʼ: "'"
}
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu')

/**
 * Folds text for search: no accents, lower case, one space between words, so "MÜLLER" finds "Müller" and
 * "zoe o'brien" finds "Zoë O’Brien". The same fold is stored in a column and applied to the query, because
 * SQLite's LIKE (and FTS5) only fold ASCII letters.
 */
export function foldText(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Escapes LIKE's wildcards so a customer's "50%_off" is searched for as typed (used with `escape '\'`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
