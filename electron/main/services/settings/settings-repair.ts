import { z } from 'zod'

/** What is left of a value after repair, and the dotted paths of the parts that had to be reset. */
export interface Repaired<T> {
  value: T
  /** Parts that were present but invalid, reset to the fallback; '' means the whole value. */
  reset: string[]
}

/**
 * Keeps every part of `raw` that passes its schema and takes the fallback for the rest, field by field inside
 * objects. A part that is missing takes the fallback silently (an older file, before that setting existed); a part
 * that is present but invalid takes it too and is reported. So a new section added to the schema with its default
 * loads from an older file without a word, and one damaged field never takes its neighbours with it.
 */
export function repair<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): Repaired<T> {
  const reset: string[] = []
  const value = repairPart(schema, raw, fallback, '', reset) as T
  return { value, reset }
}

function repairPart(
  schema: z.ZodType,
  raw: unknown,
  fallback: unknown,
  path: string,
  reset: string[]
): unknown {
  const whole = schema.safeParse(raw)
  if (whole.success) return whole.data
  if (schema instanceof z.ZodObject && isRecord(raw) && isRecord(fallback)) {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const at = path === '' ? key : `${path}.${key}`
      out[key] =
        raw[key] === undefined ? fallback[key] : repairPart(field, raw[key], fallback[key], at, reset)
    }
    // Rules across fields, if the object has any, still apply to the repaired whole.
    const checked = schema.safeParse(out)
    if (checked.success) return checked.data
  }
  reset.push(path)
  return fallback
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
