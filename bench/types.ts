/** One benchmark's outcome, as printed by `npm run bench`. */
export type BenchResult = {
  name: string
  input: string
  median: number
  unit: string
  target: string
  pass: boolean
  extra?: Record<string, number | string>
}
