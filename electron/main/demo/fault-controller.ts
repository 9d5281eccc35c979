import { z } from 'zod'

/** Which simulated service a fault rule applies to. */
export type FaultTarget = 'passport-photo' | 'document-passback'

/** A fault to inject; validated at the control route because browser tests send it as JSON. */
export const faultRuleSchema = z.strictObject({
  target: z.enum(['passport-photo', 'document-passback', 'any']).optional(),
  /** Substring match on the pathname. */
  path: z.string().min(1).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
  /** 200 with a broken JSON body. */
  malformed: z.boolean().optional(),
  /** The connection is dropped without an answer. */
  drop: z.boolean().optional(),
  /** Handle the request for real (quota spent) and then replace the answer: the request reached the server. */
  afterProcessing: z.boolean().optional(),
  /** How many matching requests the rule applies to; unlimited when absent. */
  times: z.number().int().min(1).optional()
})

/** One fault rule. */
export type FaultRule = z.infer<typeof faultRuleSchema>

/** Thrown by DemoService.handle when a fault drops the connection; the transports turn it into their own failure. */
export class DemoConnectionDropped extends Error {
  constructor() {
    super('The demo service dropped the connection on purpose (fault injection).')
    this.name = 'DemoConnectionDropped'
  }
}

/** The fault rules in force, tried in the order they were added; the first that matches applies. */
export interface FaultController {
  /** Adds a rule (validated; throws a ZodError on a bad rule). */
  add(rule: FaultRule): void
  /** Removes every rule. */
  clear(): void
  /** The rules still in force, with `times` counting down. */
  list(): FaultRule[]
  /** The rule for this request, consuming one of its `times`; undefined when none applies. */
  take(target: FaultTarget, pathname: string): FaultRule | undefined
}

/** Creates a controller with no rules. */
export function createFaultController(): FaultController {
  let rules: FaultRule[] = []
  return {
    add(rule) {
      rules.push(faultRuleSchema.parse(rule))
    },
    clear() {
      rules = []
    },
    list: () => rules.map((rule) => ({ ...rule })),
    take(target, pathname) {
      const index = rules.findIndex(
        (rule) =>
          (rule.target === undefined || rule.target === 'any' || rule.target === target) &&
          (rule.path === undefined || pathname.includes(rule.path))
      )
      const rule = rules[index]
      if (rule === undefined) return undefined
      if (rule.times !== undefined) {
        if (rule.times <= 1) rules.splice(index, 1)
        else rules[index] = { ...rule, times: rule.times - 1 }
      }
      return rule
    }
  }
}

/** The answer a fault gives instead of the real one; throws DemoConnectionDropped for `drop`. Undefined = no replacement. */
export function faultResponse(rule: FaultRule): Response | undefined {
  if (rule.drop === true) throw new DemoConnectionDropped()
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
  if (rule.retryAfterSeconds !== undefined) headers['retry-after'] = String(rule.retryAfterSeconds)
  if (rule.malformed === true) {
    // Cut off mid-object, like a proxy that truncated the answer.
    return new Response('{"photoUuid": "3f2a', { status: 200, headers })
  }
  if (rule.status !== undefined) {
    const body = {
      code: rule.status === 429 ? 'RATE_LIMITED' : 'SERVER_ERROR',
      message:
        rule.status === 429
          ? 'Too many requests. Wait a moment, then try again.'
          : 'The service had a problem (simulated). Try again in a moment.'
    }
    return new Response(JSON.stringify(body), { status: rule.status, headers })
  }
  return undefined
}
