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
  WAITING_STATES,
  canPickFace,
  canSendAnyway,
  holdFor,
  sendAnywayChanges,
  settledState,
  type MoneyFacts
} from '../../../../electron/main/services/jobs/job-rules'

const facts = fc.record({
  state: fc.constantFrom(...JOB_STATES),
  makeGrant: fc.constantFrom(true, false, undefined),
  made: fc.constantFrom(undefined, {}, { linkExpired: false }, { linkExpired: true }),
  photosPurged: fc.constantFrom(true, false, undefined)
}) as fc.Arbitrary<MoneyFacts>

describe('job rules', () => {
  it('every state is exactly one of active, waiting for the operator, or settled', () => {
    for (const state of JOB_STATES) {
      const kinds = [ACTIVE_STATES, WAITING_STATES, SETTLED_STATES].filter((list) => list.includes(state))
      expect(kinds, state).toHaveLength(1)
    }
    expect(WAITING_STATES).toEqual(['held'])
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
        'preparing → held',
        'held → queued',
        'held → cancelled',
        'done → needs-attention',
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
    // A job is held only before its grant is spent, and no paid step is reachable from "held" but through "queued"
    // (a new run, which checks again).
    expect(JOB_STATES.filter((from) => canMove(from, 'held'))).toEqual(['preparing', 'held'])
    expect(TRANSITIONS.held).toEqual(['queued', 'cancelled'])
  })

  it('every active state can fail (a crash or an error), and every settled state but done can be queued again', () => {
    for (const state of ACTIVE_STATES) expect(canMove(state, 'failed'), state).toBe(true)
    for (const state of SETTLED_STATES) expect(canMove(state, 'queued'), state).toBe(state !== 'done')
    for (const state of WAITING_STATES) expect(canMove(state, 'queued'), state).toBe(true)
  })

  it('only queued, preparing and held can be cancelled ("Don\u2019t send" for a held job)', () => {
    expect(JOB_STATES.filter(isCancellable)).toEqual(['queued', 'preparing', 'held'])
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

describe('held for the operator: the hold rule', () => {
  const blocksMouth = (code: string) => code === 'MOUTH_OPEN'
  const check = fc.record({
    refusals: fc.subarray(['NO_FACE', 'MULTIPLE_FACES']),
    warnings: fc.subarray(['MOUTH_OPEN', 'HEAD_TILTED', 'FACE_TOO_DARK']),
    unchecked: fc.boolean()
  })
  const acceptance = fc.option(
    fc.record({ warnings: fc.subarray(['MOUTH_OPEN', 'HEAD_TILTED']), unchecked: fc.boolean() }),
    { nil: undefined }
  )

  it('holds for every refusal, every blocking warning not accepted, and an unchecked face not accepted — over every combination', () => {
    fc.assert(
      fc.property(check, acceptance, (facts, accepted) => {
        const hold = holdFor(facts, blocksMouth, accepted)
        const mouthHolds = facts.warnings.includes('MOUTH_OPEN') && !accepted?.warnings.includes('MOUTH_OPEN')
        const uncheckedHolds = facts.unchecked && accepted?.unchecked !== true
        const expectHold = facts.refusals.length > 0 || mouthHolds || uncheckedHolds
        expect(hold !== null).toBe(expectHold)
        if (hold) {
          expect(hold.refusals).toEqual(facts.refusals)
          // Non-blocking warnings never hold; they stay on the job's check and are shown.
          expect(hold.warnings).toEqual(mouthHolds ? ['MOUTH_OPEN'] : [])
          expect(hold.unchecked).toBe(uncheckedHolds)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('"Send anyway" is offered only for a held job without a refusal; picking a face only for several faces', () => {
    const warn = { refusals: [], warnings: ['MOUTH_OPEN'], unchecked: false }
    const twoFaces = { refusals: ['MULTIPLE_FACES'], warnings: [], unchecked: false }
    const noFace = { refusals: ['NO_FACE'], warnings: [], unchecked: false }
    expect(canSendAnyway({ state: 'held', hold: warn })).toBe(true)
    expect(canSendAnyway({ state: 'held', hold: { ...warn, warnings: [], unchecked: true } })).toBe(true)
    expect(canSendAnyway({ state: 'held', hold: twoFaces })).toBe(false)
    expect(canSendAnyway({ state: 'held', hold: noFace })).toBe(false)
    expect(canSendAnyway({ state: 'queued', hold: warn })).toBe(false)
    expect(canPickFace({ state: 'held', hold: twoFaces })).toBe(true)
    expect(canPickFace({ state: 'held', hold: noFace })).toBe(false)
    expect(canPickFace({ state: 'cancelled', hold: twoFaces })).toBe(false)
  })

  it('"Send anyway" queues the job, its grant untouched, and records exactly what was accepted, with the time', () => {
    const changes = sendAnywayChanges({ refusals: [], warnings: ['MOUTH_OPEN'], unchecked: true }, 1234, {
      warnings: ['EYES_CLOSED'],
      unchecked: false
    })
    expect(changes).toEqual({
      state: 'queued',
      sendAnyway: { warnings: ['EYES_CLOSED', 'MOUTH_OPEN'], unchecked: true, at: 1234 }
    })
    expect(changes).not.toHaveProperty('makeGrant')
    // Accepted once, a warning lets the next check through; a new one still holds.
    expect(
      holdFor({ refusals: [], warnings: ['MOUTH_OPEN'], unchecked: true }, blocksMouth, changes.sendAnyway)
    ).toBe(null)
  })

  it('a failed post-check of the app, or any service issue, settles the job as needs attention; not-checked never fails it', () => {
    expect(settledState([], 'pass')).toBe('done')
    expect(settledState([], 'not-checked')).toBe('done')
    expect(settledState([], null)).toBe('done')
    expect(settledState([], 'fail')).toBe('needs-attention')
    expect(settledState(['ISSUE_FACE_NOT_FOUND'], 'pass')).toBe('needs-attention')
  })

  it('a held job is never tried again nor made again: only the operator\u2019s decision moves it', () => {
    expect(retryPlan({ state: 'held', makeGrant: true })).toEqual({ kind: 'refused', reason: 'held' })
    expect(canRemake({ state: 'held', makeGrant: true })).toBe(false)
    expect(mayCallMake({ state: 'held', makeGrant: true })).toBe(false)
  })
})
