import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ACTIVE_STATES,
  canMove,
  canRemake,
  interruptedMessage,
  isCancellable,
  JOB_STATES,
  mayCallMake,
  retryPlan,
  SETTLED_STATES,
  TRANSITIONS,
  type MoneyFacts
} from '../../../../electron/main/services/jobs/job-rules'

const facts = fc.record({
  state: fc.constantFrom(...JOB_STATES),
  makeGrant: fc.constantFrom(true, false, undefined),
  made: fc.constantFrom(undefined, {}, { linkExpired: false }, { linkExpired: true }),
  photosPurged: fc.constantFrom(true, false, undefined)
}) as fc.Arbitrary<MoneyFacts>

describe('job rules', () => {
  it('every state is active or settled, never both', () => {
    for (const state of JOB_STATES) {
      expect(ACTIVE_STATES.includes(state) !== SETTLED_STATES.includes(state), state).toBe(true)
    }
  })

  it('allows exactly these moves, and no other', () => {
    const allowed: string[] = []
    for (const from of JOB_STATES)
      for (const to of JOB_STATES) if (from !== to && canMove(from, to)) allowed.push(`${from} → ${to}`)
    expect(allowed.sort()).toEqual(
      [
        'queued → preparing',
        'queued → downloading',
        'queued → cancelled',
        'queued → failed',
        'preparing → uploading',
        'preparing → cancelled',
        'preparing → failed',
        'uploading → processing',
        'uploading → downloading',
        'uploading → failed',
        'processing → downloading',
        'processing → failed',
        'downloading → done',
        'downloading → needs-attention',
        'downloading → failed',
        'needs-attention → queued',
        'failed → queued',
        'cancelled → queued'
      ].sort()
    )
    // A run ends only after the answer is kept: there is no way from a paid request to "done" but through it.
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...JOB_STATES].sort())
  })

  it('every active state can fail (a crash or an error), and every settled state but done can be queued again', () => {
    for (const state of ACTIVE_STATES) expect(canMove(state, 'failed'), state).toBe(true)
    for (const state of SETTLED_STATES) expect(canMove(state, 'queued'), state).toBe(state !== 'done')
  })

  it('only queued and preparing can be cancelled', () => {
    expect(JOB_STATES.filter(isCancellable)).toEqual(['queued', 'preparing'])
  })

  it('a make call needs preparing, an unspent grant and no kept answer — over every combination', () => {
    fc.assert(
      fc.property(facts, (job) => {
        expect(mayCallMake(job)).toBe(
          job.state === 'preparing' && job.makeGrant === true && job.made === undefined
        )
      }),
      { numRuns: 500 }
    )
  })

  it('"Try again" downloads a kept answer, runs an unspent grant, and is refused otherwise — over every combination', () => {
    fc.assert(
      fc.property(facts, (job) => {
        const plan = retryPlan(job)
        const settledAndRetryable =
          (job.state === 'failed' || job.state === 'cancelled') && job.photosPurged !== true
        if (!settledAndRetryable) expect(plan.kind).toBe('refused')
        else if (job.made) expect(plan.kind).toBe(job.made.linkExpired ? 'refused' : 'download')
        else expect(plan.kind).toBe(job.makeGrant === true ? 'run' : 'refused')
        // Whatever "Try again" does, it never needs a new grant: the grant of a "run" is the one it already has.
        if (plan.kind === 'run') expect(job.makeGrant).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('"Make a new photo" is offered exactly where "Try again" cannot go on for a settled, unpurged job that is not done', () => {
    fc.assert(
      fc.property(facts, (job) => {
        const expected =
          job.photosPurged !== true &&
          (job.state === 'failed' || job.state === 'cancelled' || job.state === 'needs-attention') &&
          retryPlan(job).kind === 'refused'
        expect(canRemake(job)).toBe(expected)
      }),
      { numRuns: 500 }
    )
  })

  it('a job cut off by a crash says what the money rule allows next', () => {
    expect(interruptedMessage({ state: 'preparing', makeGrant: true })).toBe(
      'The app closed before this photo was sent. Try again.'
    )
    expect(interruptedMessage({ state: 'uploading', makeGrant: false })).toMatch(
      /may have used.*Make a new photo/
    )
    expect(interruptedMessage({ state: 'downloading', makeGrant: false, made: {} })).toMatch(
      /already made and paid for.*without using quota/
    )
    expect(interruptedMessage({ state: 'downloading', made: { linkExpired: true } })).toMatch(/expired/)
  })
})
