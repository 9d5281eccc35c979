import { describe, expect, it } from 'vitest'
import { predictSize } from '../../../../electron/shared/document-size'
import { ACCESS_TOKEN } from './demo-harness'
import { useDocumentSession } from './session-kit'

const t = useDocumentSession()

describe('document session: sizes', () => {
  it('records the requested and actual size, actual == predicted', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    const image = await t.session.fetch('back', { width: 300, height: 200 })
    expect({ width: image.width, height: image.height }).toEqual(
      predictSize({ width: 570, height: 228 }, { width: 300, height: 200 })
    )
    expect(t.session.state().sides.back).toMatchObject({
      status: 'loaded',
      requestedSize: { width: 300, height: 200 },
      width: 300,
      height: 120
    })
  })

  it('keeps the original size once known, while a resized image is shown (for the next prediction)', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    expect(t.session.state().sides.back.originalSize).toBeNull()
    // A resized image alone does not tell the original's size.
    await t.session.fetch('front', { width: 300, height: 200 })
    expect(t.session.state().sides.front.originalSize).toBeNull()
    await t.session.fetch('back')
    await t.session.fetch('back', { width: 300, height: 200 })
    expect(t.session.state().sides.back).toMatchObject({
      requestedSize: { width: 300, height: 200 },
      originalSize: { width: 570, height: 228 }
    })
  })

  it('refuses a size out of bounds without using a rate-limit slot', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await expect(t.session.fetch('front', { width: 2000, height: 200 })).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
    expect(t.session.state().sides.front.rateLimit.inWindow).toBe(0)
  })
})
