import { describe, expect, it } from 'vitest'
import {
  acceptAttention,
  attentionSettled,
  mustBeAccepted
} from '../../../../electron/main/services/jobs/attention'
import type { JobLedger } from '../../../../electron/main/services/jobs/job-ledger'
import type { JobRecord } from '../../../../electron/main/services/jobs/job-types'

/** A ledger of one job that applies changes as the real one does (a decision may also refuse by throwing). */
function ledgerOf(job: Partial<JobRecord>) {
  let current = job as JobRecord
  let writes = 0
  const ledger = {
    async change(_id: string, decide: (job: JobRecord) => Partial<JobRecord> | null) {
      const changes = decide(current)
      if (changes !== null) {
        current = { ...current, ...changes }
        writes++
      }
      return current
    }
  } as unknown as JobLedger
  return { ledger, current: () => current, writes: () => writes }
}

describe('a photo that needs attention goes out only once confirmed', () => {
  it('is refused unconfirmed, with a message that says what to do; other states pass', () => {
    expect(() => mustBeAccepted({ state: 'needs-attention' })).toThrow(
      expect.objectContaining({ code: 'CONFIRMATION_REQUIRED', message: expect.stringMatching(/confirm/) })
    )
    expect(() => mustBeAccepted({ state: 'needs-attention', attentionAccepted: { at: 1 } })).not.toThrow()
    expect(attentionSettled({ state: 'done' })).toBe(true)
  })

  it('records the confirmation and its time on the job once; a second confirmation changes nothing', async () => {
    const job = ledgerOf({ id: 'a', state: 'needs-attention' })
    await acceptAttention(job.ledger, 'a', () => 1000)
    await acceptAttention(job.ledger, 'a', () => 2000)
    expect(job.current().attentionAccepted).toEqual({ at: 1000 })
    expect(job.writes()).toBe(1)
    expect(() => mustBeAccepted(job.current())).not.toThrow()
  })

  it('refuses to confirm a job that does not need attention', async () => {
    const job = ledgerOf({ id: 'a', state: 'done' })
    await expect(acceptAttention(job.ledger, 'a', () => 1)).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    expect(job.current().attentionAccepted).toBeUndefined()
  })
})
