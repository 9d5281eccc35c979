import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js'

/**
 * The pseudo-locale, for development: every English message with its letters accented and made about 30 % longer,
 * between ⟦ ⟧, so a layout that clips or a string that bypasses the catalogue shows at a glance. Placeholders,
 * plurals and tags are kept as they are: only the literal text changes.
 */

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž'
}

/** How much longer a pseudo message is than the English one. */
export const PSEUDO_GROWTH = 0.3

/** The letters accented: "Print" → "Ƥŕíñţ"-like text of the same length. */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)
}

function literalLength(elements: readonly MessageFormatElement[]): number {
  let length = 0
  for (const element of elements) {
    if (element.type === TYPE.literal) length += element.value.length
    else if (element.type === TYPE.tag) length += literalLength(element.children)
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      // The longest option is what a layout must hold.
      length += Math.max(0, ...Object.values(element.options).map((o) => literalLength(o.value)))
    } else length += 4 // an argument: about a short word
  }
  return length
}

function accentAll(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) }
    if (element.type === TYPE.tag) return { ...element, children: accentAll(element.children) }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: accentAll(option.value) }
        ])
      )
      return { ...element, options }
    }
    return element
  })
}

/** The pseudo-locale's version of one ICU message. */
export function pseudoMessage(message: string): string {
  const ast = parse(message)
  const padding = Math.max(0, Math.round(literalLength(ast) * PSEUDO_GROWTH) - 2)
  // In words of five, so the longer text wraps where a real translation would, instead of running on unbroken.
  const filler = '~~~~~ '
    .repeat(Math.ceil(padding / 6))
    .slice(0, padding)
    .trimEnd()
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value })
  return printAST([literal('⟦'), ...accentAll(ast), literal(`${filler}⟧`)])
}
