import { afterEach, describe, expect, it } from 'vitest'
import { postCheck } from '../../../../electron/main/services/face/post-check'
import { preflightFindings } from '../../../../electron/main/services/face/findings'
import { setMainLocale } from '../../../../electron/main/services/i18n/main-language'
import { resolveLocale } from '../../../../electron/shared/i18n/locale'
import { requirementsFor } from './face-fixtures'
import { madeFace, madeMeasurement } from './made-face'

// Issue 13: the face check's findings and the app's measurement are worded in the language main speaks, with the
// locale's decimal comma and the French studio's words; spec names stay as the service sends them.

const usPassport = requirementsFor('us-passport')
const byId = (check: ReturnType<typeof postCheck>, id: string) => check.criteria.find((c) => c.id === id)

afterEach(() => setMainLocale(resolveLocale('en', 'en-US')))

describe('the face check in French', () => {
  it('words each finding and what to do in French, the spec name as sent', () => {
    setMainLocale(resolveLocale('fr', 'fr-FR'))
    const grey = madeMeasurement(1200, 1500, [
      madeFace({ crown: 200, eyes: 580, chin: 900, centreX: 600 }, { pose: { roll: 0, yaw: 30, pitch: 0 } })
    ])
    grey.chroma = 0
    const findings = preflightFindings(grey, usPassport)
    const turned = findings.find((f) => f.code === 'HEAD_TURNED')
    expect(turned?.message).toMatch(
      /^La tête est tournée de 30° sur le côté \(au plus \d+° avec cette sensibilité\)\.$/
    )
    expect(turned?.advice).toMatch(/^Demandez au client de regarder l’appareil bien en face/)
    const greyscale = findings.find((f) => f.code === 'GREYSCALE_PHOTO')
    expect(greyscale?.message).toMatch(
      /^La photo est en noir et blanc\s; US Passport demande une photo en couleur\.$/
    )
    expect(preflightFindings(madeMeasurement(800, 600, []), usPassport)[0]?.message).toBe(
      'Aucun visage n’a été trouvé sur cette photo.'
    )
  })

  it('shows the measurement with decimal commas and inches as « po », in French, and in English again after', () => {
    const photo = madeMeasurement(600, 600, [madeFace({ crown: 40, eyes: 225, chin: 388, centreX: 360 })])
    setMainLocale(resolveLocale('fr', 'fr-FR'))
    const check = postCheck(photo, usPassport)
    expect(byId(check, 'head-height')?.display).toBe('Tête 1,16 po (1–1 3/8) ✓')
    expect(byId(check, 'eye-line')?.display).toBe('Yeux à 1,25 po du bas (1 1/8–1 3/8) ✓')
    expect(byId(check, 'head-centred')?.display).toMatch(
      /^Tête décentrée de 10,0\s% de la largeur \(au plus 5\s%\) ✗$/
    )
    expect(byId(check, 'head-height')?.method).toMatch(
      /^du menton \(maillage du visage\) au sommet du crâne\s:/
    )
    setMainLocale(resolveLocale('en', 'en-US'))
    expect(byId(postCheck(photo, usPassport), 'head-height')?.display).toBe('Head 1.16 in (1–1 3/8) ✓')
  })
})
