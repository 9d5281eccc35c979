import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppLog } from '../../../../electron/main/services/log/app-log'
import {
  startFailureTitle,
  startGuarded,
  type StartFailureDeps
} from '../../../../electron/main/shell/start-failure'
import { AppError } from '../../../../electron/shared/errors'

let dir = ''
let boxes: Array<{ title: string; content: string }>
let exits: number[]
let deps: StartFailureDeps

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-start-failure-'))
  boxes = []
  exits = []
  deps = {
    log: createAppLog({ dir: join(dir, 'logs') }),
    showErrorBox: (title, content) => boxes.push({ title, content }),
    exit: (code) => exits.push(code)
  }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('a start that fails', () => {
  it('is logged, shown in a native error box that says where the log is, and the app quits', async () => {
    await startGuarded(async () => {
      await Promise.resolve()
      throw Object.assign(new Error("EACCES: permission denied, open '/data/settings.json'"), {
        code: 'EACCES'
      })
    }, deps)
    expect(exits).toEqual([1])
    expect(boxes).toHaveLength(1)
    expect(boxes[0]?.title).toBe(startFailureTitle())
    expect(boxes[0]?.title).toBe('ID Photo Studio could not start')
    expect(boxes[0]?.content).toContain('EACCES: permission denied')
    expect(boxes[0]?.content).toContain(join(dir, 'logs', 'main.log'))
    const logged = readFileSync(join(dir, 'logs', 'main.log'), 'utf8')
    expect(logged).toContain('The app could not start.')
    expect(logged).toMatch(/\n\s+at /)
  })

  it('shows an AppError’s own message, written for the person', async () => {
    await startGuarded(
      () => Promise.reject(new AppError('FILE_SYSTEM', 'The data folder cannot be written.')),
      deps
    )
    expect(boxes[0]?.content.startsWith('The data folder cannot be written.')).toBe(true)
    expect(exits).toEqual([1])
  })

  it('quits even when the error box itself fails', async () => {
    deps.showErrorBox = () => {
      throw new Error('no display')
    }
    await expect(startGuarded(() => Promise.reject(new Error('boom')), deps)).rejects.toThrow('no display')
    expect(exits).toEqual([1])
  })

  it('keeps tokens out of the box', async () => {
    await startGuarded(() => Promise.reject(new Error('GET /x?token=liveToken_123456789 failed')), deps)
    expect(boxes[0]?.content).not.toContain('liveToken_123456789')
  })

  it('does nothing when the start succeeds', async () => {
    await startGuarded(async () => undefined, deps)
    expect({ boxes, exits }).toEqual({ boxes: [], exits: [] })
  })
})
