import { getRandomValues } from 'node:crypto'

/** A source of numbers in [0, 1); injectable so tests can make ids predictable. */
export type RandomSource = () => number

/** The default source: cryptographic, because demo ids stand in for unguessable tokens. */
export const cryptoRandom: RandomSource = () => (getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32

const HEX = '0123456789abcdef'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** `length` lowercase hex characters. */
export function randomHex(random: RandomSource, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += HEX[Math.floor(random() * 16) % 16]
  return out
}

/** A UUID-shaped string (8-4-4-4-12 hex), like the tokens in the Document Passback docs. */
export function randomUuid(random: RandomSource): string {
  const h = randomHex(random, 32)
  const variant = '89ab'[Math.floor(random() * 4) % 4] ?? '8'
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`
}

/** Uppercase letters and digits without look-alikes (no I, O, 0, 1), as a code a person can type. */
export function randomCode(random: RandomSource, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += UPPER[Math.floor(random() * UPPER.length) % UPPER.length]
  return out
}
