import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import {
  createFakePhotoService,
  type CheckBehaviour,
  type DownloadBehaviour,
  type MakeBehaviour
} from './fake-photo-service'
import {
  checkInvariant,
  CrashAndRestart,
  OnJob,
  openGeneration,
  Script,
  Settle,
  settle,
  Submit,
  type Model,
  type Real
} from './money-model'

// The money rule, proved over random sequences of what happens at a counter: the number of make calls (each may
// spend quota) never exceeds the submits plus the explicit, confirmed "Make a new photo" actions — whatever
// fails, is cancelled, tried again, removed, held by the local face check (and sent anyway, cropped to a picked
// face, or not sent), or cut off by a crash, and with the store reopened from disk. And a photo the face check
// refuses or holds is never sent until the operator decides.

// The model and its commands are in money-model.ts; here, how often each command is drawn, and the property.

const makeBehaviour = fc.constantFrom<MakeBehaviour>(
  'ok',
  'ok',
  'slow',
  'issues',
  'unreachable',
  'fails-before-processing',
  'fails-after-processing'
)
const downloadBehaviour = fc.constantFrom<DownloadBehaviour>('ok', 'fails', 'fails', 'expired')

const checkBehaviour = fc.constantFrom<CheckBehaviour>(
  'clear',
  'clear',
  'no-face',
  'two-faces',
  'mouth-open',
  'tilted',
  'unavailable'
)
const submit = fc
  .tuple(
    fc.constantFrom('IMAGE_BASE64' as const, 'S3_URL' as const),
    makeBehaviour,
    downloadBehaviour,
    checkBehaviour
  )
  .map(([format, make, download, shows]) => new Submit(format, make, download, shows))
const onJob = fc
  .tuple(
    fc.constantFrom<OnJob['action']>(
      'cancel',
      'try-again',
      'try-again',
      'try-again, cancel, try-again',
      'while busy: try-again, cancel, try-again',
      'remake',
      'remake-unconfirmed',
      'remove',
      'send-anyway',
      'send-anyway, send-anyway',
      'pick-face'
    ),
    fc.nat(2)
  )
  .map(([action, index]) => new OnJob(action, index))

// Duplicates weigh the draw towards what a counter does most: add photos and act on them.
const commands = [
  submit,
  submit,
  onJob,
  onJob,
  onJob,
  fc
    .tuple(fc.array(makeBehaviour, { maxLength: 2 }), fc.array(downloadBehaviour, { maxLength: 3 }))
    .map(([make, download]) => new Script(make, download)),
  fc.constant(new Settle()),
  fc.constantFrom(0, 2, 40).map((ms) => new CrashAndRestart(ms)),
  fc.constantFrom(0, 2, 40).map((ms) => new CrashAndRestart(ms))
]

describe('the money rule, model-based', () => {
  it('make calls never exceed submits plus confirmed "Make a new photo" actions; a held photo waits for the operator', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        const dir = await mkdtemp(join(tmpdir(), 'money-'))
        const fake = createFakePhotoService()
        const real: Real = { dir, fake, generation: await openGeneration(dir, fake), older: [], jobs: [] }
        const model: Model = {
          submits: 0,
          remakes: 0,
          entitled: new Map(),
          shows: new Map(),
          sentAnyway: new Set(),
          picked: new Set()
        }
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds)
          await settle(real)
          checkInvariant(model, real)
        } finally {
          for (const o of [...real.older, real.generation.opened]) await o.store.close()
          await rm(dir, { recursive: true, force: true, maxRetries: 5 })
        }
      }),
      { numRuns: 50 }
    )
  }, 180_000)
})
