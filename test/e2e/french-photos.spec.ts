import { test, expect } from './harness-fixture'
import { attendreEtat, choisirFormat, expectAllFrench, ligne, photoTerminee } from './helpers/french-screen'
import { plainWordsOnScreen } from './helpers/i18n-screen'
import { syntheticPortrait } from '../helpers/synthetic-portrait'

// Issue 13: the walk-in journey (photo → spec → result → save) with the browser in French, at 1024×700: no English
// left on screen (checked against the English catalogue; spec names are the service's), nothing cut off, and a
// watermarked preview sent as « Aperçu », byte for byte as the API whitelists it.
test.use({ locale: 'fr-FR', viewport: { width: 1024, height: 700 } })

test('the walk-in journey in French: spec, photo, result, save, with nothing in English and nothing cut off', async ({
  app,
  harness
}) => {
  await expect(app.getByRole('heading', { name: 'Format de photo' })).toBeVisible()
  await expect(app.getByText('Sélectionnez une photo dans la file pour la voir ici.')).toBeVisible()
  await expectAllFrench(app, 'the empty Photos screen')

  // A photo dropped before its spec waits for it, and says so in French.
  await app
    .getByLabel('Choisir des fichiers photo')
    .setInputFiles([{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expect(app.getByText(/^La photo ajoutée attend son format\s:/)).toBeVisible()
  await expectAllFrench(app, 'the Photos screen with a photo waiting for its spec')
  await app.getByRole('button', { name: 'Ne pas ajouter' }).click()

  await choisirFormat(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Nom du client ou numéro de commande').fill('Client Dupont')
  await expectAllFrench(app, 'the Photos screen with a spec chosen')
  await app
    .getByLabel('Choisir des fichiers photo')
    .setInputFiles([{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  const row = ligne(app, 'Client Dupont · US Passport')
  await attendreEtat(row, /Terminée/)

  // The result: its heading takes the focus, its words and the app's measurement are French (decimal commas).
  const result = app.getByRole('region', { name: 'Résultat' })
  await expect(result.getByRole('heading', { name: 'Client Dupont · US Passport' })).toBeVisible()
  await expect(result.getByRole('heading', { name: 'La mesure de l’application' })).toBeVisible()
  await expect(result.getByRole('list', { name: 'Critères mesurés' })).toContainText(/Tête \d,\d\d po/)
  await expectAllFrench(app, 'the result of a finished photo')

  await result.getByRole('button', { name: 'Enregistrer la photo' }).click()
  await expect(result.getByRole('status').filter({ hasText: 'Enregistrée dans' })).toHaveText(
    /^Enregistrée dans .+\.(jpg|png)$/
  )
  expect(harness.edges.saveFolder).toBeTruthy()
  await expectAllFrench(app, 'the result after saving')

  // History lists it with its state in French.
  await app.getByRole('navigation', { name: 'Écrans' }).getByRole('button', { name: 'Historique' }).click()
  await expect(app.getByRole('cell', { name: 'Terminée' }).first()).toBeVisible()
  await expectAllFrench(app, 'History with a photo')
})

test('a watermarked preview in French: « Aperçu » by default, sent as U+00E7, shown as APERÇU, then unlocked', async ({
  app,
  harness
}) => {
  // Every make call's body, as the service receives it.
  const bodies: Uint8Array[] = []
  const handle = harness.demo.handle.bind(harness.demo)
  harness.demo.handle = async (request) => {
    if (/\/makeIdPhoto(Watermark)?$/.test(new URL(request.url).pathname))
      bodies.push(new Uint8Array(await request.clone().arrayBuffer()))
    return handle(request)
  }

  await choisirFormat(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Nom du client ou numéro de commande').fill('Client Dupont')
  await app.getByRole('radio', { name: 'Aperçu filigrané' }).check()
  await expect(app.getByLabel('Texte du filigrane')).toHaveValue('Aper\u00e7u')
  await app
    .getByLabel('Choisir des fichiers photo')
    .setInputFiles([{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await attendreEtat(ligne(app, 'Client Dupont · US Passport'), /Terminée/)

  expect(bodies).toHaveLength(1)
  const sent = Buffer.from(bodies[0]!)
  // "Aperçu" as whitelisted: ç is the one code point U+00E7, C3 A7 in UTF-8, never c + U+0327.
  expect(sent.includes(Buffer.from('"watermarkText":"Aper\u00c3\u00a7u"', 'latin1'))).toBe(true)
  expect(sent.includes(Buffer.from('c\u0327', 'utf8'))).toBe(false)

  const result = app.getByRole('region', { name: 'Résultat' })
  await expect(result.getByText(/^APERÇU — filigrané\./)).toBeVisible()
  await expect(result.getByText(/^Terminée · Aperçu filigrané$/)).toBeVisible()
  await expectAllFrench(app, 'a watermarked preview')
  await result.getByRole('button', { name: 'Déverrouiller la photo finale' }).click()
  await expect(
    result.getByText(
      'Photo finale déverrouillée : elle peut maintenant être enregistrée et imprimée.'.replace(
        ' :',
        '\u00a0:'
      )
    )
  ).toBeVisible()
  await expectAllFrench(app, 'an unlocked photo')
})

test('the pseudo-locale on the Photos screen and in History: nothing bypasses the catalogue', async ({
  app
}) => {
  await photoTerminee(app, 'Client Dupont')
  await app.getByRole('navigation', { name: 'Écrans' }).getByRole('button', { name: 'Réglages' }).click()
  await app.getByLabel('Langue de l’application').selectOption('pseudo')
  const nav = app.getByRole('navigation').first()
  // Data: the customer, the spec and its code, file names and formats, the service's own values.
  // Dates: the pseudo-locale formats them with Intl's English month names.
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en-US', { month: 'short' }).format(new Date(2026, m, 1))
  )
  const data = [
    'Client Dupont',
    'US Passport',
    'us-passport',
    'portrait.jpg',
    'JPEG',
    'PNG',
    'ID Photo Studio'
  ]
  data.push(...months)
  await nav.getByRole('button', { name: /^⟦Þĥóţóš/ }).click()
  await expect(app.getByRole('heading', { name: /^⟦Þĥóţó šþéç/ })).toBeVisible()
  expect(await plainWordsOnScreen(app, data, 'main')).toEqual([])
  await nav.getByRole('button', { name: /^⟦Ĥíšţóŕý/ }).click()
  await expect(app.getByRole('heading', { name: /^⟦Ĥíšţóŕý/, level: 1 })).toBeVisible()
  expect(await plainWordsOnScreen(app, data, 'main')).toEqual([])
})
