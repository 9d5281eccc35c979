import { describe, expect, it } from 'vitest'
import { explainIssue } from '../../../../electron/main/services/passport-photo/explain-issue'

const DOCUMENTED = [
  'ISSUE_FACE_NOT_FOUND',
  'ISSUE_FACE_LIGHT_NOT_BALANCE',
  'ISSUE_FACE_BRIGHTNESS_BAD',
  'ISSUE_EYEGLASSES_NOT_ALLOWED',
  'ISSUE_EXPRESSION_NOT_NEUTRAL',
  'ISSUE_BOTTOM_INCOMPLETE',
  'ISSUE_LEFT_INCOMPLETE',
  'ISSUE_RIGHT_INCOMPLETE',
  'ISSUE_HEAD_YAW_OVER_THRESHOLD',
  'ISSUE_HEAD_PITCH_OVER_THRESHOLD'
]
const FIELD_SEEN = [
  'ISSUE_TOP_NOT_FULL',
  'ISSUE_BOTTOM_NOT_FULL',
  'ISSUE_HAT_NOT_ALLOWED',
  'ISSUE_MASK_NOT_ALLOWED',
  'ISSUE_PHOTO_SHARPNESS_BAD',
  'ISSUE_FACE_NOT_MATCH',
  'ISSUE_PHOTO_LOAD_FAILED',
  'ISSUE_UNKNOWN'
]

describe('explainIssue', () => {
  it.each([...DOCUMENTED, ...FIELD_SEEN])('%s has plain words and counter advice', (code) => {
    const e = explainIssue(code)
    expect(e.code).toBe(code)
    expect(e.title).not.toMatch(/ISSUE_/)
    expect(e.advice).toEqual(expect.any(String))
    expect(e.advice!.length).toBeGreaterThan(20)
  })

  it('gives the actions staff expect for the common ones', () => {
    expect(explainIssue('ISSUE_FACE_LIGHT_NOT_BALANCE').advice).toMatch(/light/i)
    expect(explainIssue('ISSUE_EYEGLASSES_NOT_ALLOWED').advice).toMatch(/remove their glasses/i)
    expect(explainIssue('ISSUE_HEAD_YAW_OVER_THRESHOLD').advice).toMatch(/face the camera/i)
    expect(explainIssue('ISSUE_BOTTOM_INCOMPLETE').advice).toMatch(/step back/i)
    expect(explainIssue('ISSUE_LEFT_NOT_FULL').title).toMatch(/left/)
  })

  it('shows an unknown code as it is, with no advice', () => {
    expect(explainIssue('ISSUE_NEW_THING_2031')).toEqual({
      code: 'ISSUE_NEW_THING_2031',
      title: 'ISSUE_NEW_THING_2031',
      advice: null
    })
  })
})
