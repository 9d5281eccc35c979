import { test, expect } from './harness-fixture'
import { englishOnScreen, plainWordsOnScreen } from './helpers/i18n-screen'
import { DATA, expectAllFrench, photoTerminee } from './helpers/french-screen'
import { DEMO_CREDENTIALS } from '../../electron/main/demo'

// Issue 13: the browser says French (as the operating system would), and the shell, Print sheets, the document
// viewer, Settings and History speak French with no English left, at 1024×700 without any text cut off. The walk-in
// journey on the Photos screen is french-photos.spec.ts.
test.use({ locale: 'fr-FR', viewport: { width: 1024, height: 700 } })

test('the shell follows the browser’s language: French, without a restart, and back to English in Settings', async ({
  app
}) => {
  const nav = app.getByRole('navigation', { name: 'Écrans' })
  await expect(nav.getByRole('button', { name: 'Planches', exact: true })).toBeVisible()
  expect(await app.evaluate(() => document.documentElement.lang)).toBe('fr-FR')
  await app.getByRole('button', { name: 'Raccourcis clavier' }).click()
  const shortcuts = app.getByRole('dialog', { name: 'Raccourcis clavier' })
  await expect(shortcuts.getByRole('row', { name: /^Client suivant F2$/ })).toBeVisible()
  // The Photos screen behind it is phase B's; the panel itself is all French.
  expect(await englishOnScreen(app, { scope: 'dialog.shortcuts' }), 'the shortcuts panel').toEqual([])
  await shortcuts.getByRole('button', { name: 'Fermer' }).click()

  // Settings → Langue: English at once, the same page, no reload.
  await nav.getByRole('button', { name: 'Réglages', exact: true }).click()
  await app.getByLabel('Langue de l’application').selectOption('en')
  await expect(
    app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Print sheets' })
  ).toBeVisible()
  expect(await app.evaluate(() => document.documentElement.lang)).toBe('en-FR')
  await app.getByLabel('Language of the app').selectOption('system')
  await expect(nav.getByRole('button', { name: 'Planches', exact: true })).toBeVisible()
})

test('Print sheets in French: 10×15 cm first, decimal commas, main’s words too, nothing cut off', async ({
  app,
  harness
}) => {
  await photoTerminee(app, 'Client Dupont')
  await app
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('button', { name: 'Planches', exact: true })
    .click()
  await app.getByLabel('Mettre Client Dupont · US Passport sur la planche').check()

  // The default paper is the studio's 10×15 cm (sold as 4×6 in), named metric first; sizes in both units.
  const paper = app.getByLabel('Papier', { exact: true })
  await expect(paper).toHaveValue('4x6in')
  await expect(paper.locator('option:checked')).toHaveText(/^10×15\scm \(4×6\spo\)$/)
  const layout = app.getByRole('region', { name: 'Mise en page' })
  await expect(layout).toContainText(/101,6×152,4\smm · portrait/)
  await expect(layout.getByRole('list', { name: 'Exemplaires par photo' })).toContainText(
    /50,8×50,8\smm · \d+ placés/
  )
  await expect(layout.getByText(/^\d+ exemplaires sur la planche$/)).toBeVisible()
  await expect(
    app.getByRole('img', { name: /^Aperçu de la planche\s:\s\d+ exemplaires sur 10×15/ })
  ).toBeVisible()
  await expectAllFrench(app, 'Print sheets')

  // A custom paper starts in millimetres; a setting main refuses is said in French.
  await paper.selectOption('custom')
  await expect(app.getByLabel('Unité', { exact: true })).toHaveValue('mm')
  await expect(app.getByLabel('Largeur du papier')).toHaveValue('100')
  await paper.selectOption('4x6in')

  // A margin that costs copies: main's hint, in French, and taking it.
  await app.getByLabel('Marge (mm)').fill('4,5')
  const hint = layout.getByRole('note', { name: 'Davantage tiendraient' })
  await expect(hint).toContainText(/^\d+ exemplaires tiendraient avec une marge de 0\smm/)
  await expectAllFrench(app, 'Print sheets with a hint')
  await hint.getByRole('button', { name: 'appliquer' }).click()
  await expect(app.getByLabel('Marge (mm)')).toHaveValue('0')

  // Save, print and calibrate: the outcome lines come from main and the screen, both in French.
  const output = app.getByRole('region', { name: 'Sortie', exact: true })
  await output.getByRole('button', { name: 'Enregistrer en PDF…' }).click()
  await expect(output.getByRole('status')).toHaveText(/^Enregistrée ici\s:\s.+\.pdf$/)
  await output.getByRole('button', { name: 'Imprimer', exact: true }).click()
  await expect(output.getByRole('status')).toHaveText(
    /^Envoyée à Harness Printer via le banc d’essai, à la taille réelle\.$/
  )
  // The print queue's job is named after the customer and the spec, in no language at all.
  expect(harness.edges.printed.at(-1)?.title).toBe('Client Dupont · US Passport')

  const calibration = app.getByRole('region', { name: 'Étalonnage de l’imprimante' })
  await calibration.getByRole('button', { name: 'Imprimer la page de règles' }).click()
  await expect(calibration.getByRole('status')).toContainText(/Page de règles\s:\sEnvoyée à Harness Printer/)
  expect(harness.edges.printed.at(-1)?.title).toBe('Règles d’étalonnage de l’imprimante')
  await calibration.getByLabel('Règle HORIZONTALE, mesurée (mm)').fill('101')
  await calibration.getByLabel('Règle VERTICALE, mesurée (mm)').fill('98,5')
  await calibration.getByRole('button', { name: 'Enregistrer l’étalonnage' }).click()
  await expect(calibration.locator('.factor-across')).toHaveText('0,990')
  await expect(calibration.locator('.factor-down')).toHaveText('1,015')
  await expect(calibration).toContainText(/imprime 1,0\s%\strop grand/)
  await expectAllFrench(app, 'Print sheets after printing and calibrating')
})

test('the document viewer in French: tokens, both sides, the limit, the audit log, nothing cut off', async ({
  app
}) => {
  await app
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('button', { name: 'Documents', exact: true })
    .click()
  await expect(app.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible()
  await expect(app.getByTestId('documents-environment')).toContainText(/Démo\s:\sservice simulé/)
  await expectAllFrench(app, 'the document viewer, empty')

  // A malformed access token is refused inline, in French.
  const accessToken = app.getByLabel('Jeton d’accès', { exact: true })
  await accessToken.fill('pas un jeton')
  await app.getByRole('button', { name: 'Obtenir les jetons' }).click()
  await expect(app.getByText(/Un jeton d’accès est une seule chaîne/)).toBeVisible()
  await expectAllFrench(app, 'the document viewer with a refused token')

  await accessToken.fill(DEMO_CREDENTIALS.documentPassback.accessToken)
  await app.getByRole('button', { name: 'Obtenir les jetons' }).click()
  await expect(app.getByTestId('front-fingerprint')).toHaveText(/^[0-9a-f]{10}$/)
  await app.getByRole('button', { name: 'Récupérer le recto' }).click()
  await app.getByRole('button', { name: 'Récupérer le verso' }).click()
  await expect(app.getByTestId('front-status')).toHaveText('Chargé')
  await expect(app.getByTestId('back-status')).toHaveText('Chargé')
  await expect(app.getByTestId('front-in-window')).toHaveText(/^Demandes dans la dernière minute\s:\s1\/2$/)
  await expect(app.getByTestId('front-zoom')).toHaveText(/^\d+\s%$/)
  await expect(app.getByTestId('front-actual')).toHaveText(/^Réelle\s:\s\d+ × \d+\spx \(originale\)$/)
  // The idle clock is the locale's own time format (Intl), never hard-coded here.
  await expect(app.getByTestId('documents-idle')).toContainText(
    /Les jetons et les images seront effacés de la mémoire à/
  )

  // A second request for the same side is refused, then the audit log shows what happened, in French.
  await app.getByRole('button', { name: 'Récupérer le recto' }).click()
  await app.getByRole('button', { name: 'Récupérer le recto' }).click()
  await app.getByRole('button', { name: 'Actualiser', exact: true }).click()
  await expect(app.getByRole('cell', { name: 'récupération' }).first()).toBeVisible()
  await expect(app.getByRole('cell', { name: 'démo' }).first()).toBeVisible()
  await expectAllFrench(app, 'the document viewer with both sides loaded')
})

test('the pseudo-locale leaves no plain English on the converted screens: nothing bypasses the catalogue', async ({
  app
}) => {
  await app
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('button', { name: 'Réglages', exact: true })
    .click()
  await app.getByLabel('Langue de l’application').selectOption('pseudo')
  const nav = app.getByRole('navigation').first()
  // Names of files, formats and services, and the harness's own data, are the same in every language; the
  // pseudo-locale formats lists with Intl's English ("front and back").
  const data = [...DATA, 'harness', 'ID.me', 'PDF', 'JPEG', 'PNG', 'jpeg', 'CUPS', ' and ']

  await nav.getByRole('button', { name: /^⟦Ðóçúɱéñţš/ }).click()
  await app.getByLabel(/^⟦Åççéšš ţóķéñ/).fill(DEMO_CREDENTIALS.documentPassback.accessToken)
  await app.getByRole('button', { name: /^⟦Ĝéţ ţóķéñš/ }).click()
  await app.getByRole('button', { name: /^⟦Ƒéţçĥ ƒŕóñţ/ }).click()
  await expect(app.getByTestId('front-status')).toHaveText(/^⟦Ļóáðéð/)
  await app.getByRole('button', { name: /^⟦Ŕéƒŕéšĥ⟧$/ }).click()
  await expect(app.getByRole('cell', { name: /^\d{2}\/\d{2}\/\d{4}/ }).first()).toBeVisible()
  expect(await plainWordsOnScreen(app, data, 'main')).toEqual([])

  await nav.getByRole('button', { name: /^⟦Þŕíñţ šĥééţš/ }).click()
  await expect(app.getByRole('heading', { name: /^⟦Þŕéṽíéŵ/ })).toBeVisible()
  expect(await plainWordsOnScreen(app, data, 'main')).toEqual([])
})

test('Settings in French: every section, units in words, a refused number said in French, nothing cut off', async ({
  app
}) => {
  await app
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('button', { name: 'Réglages', exact: true })
    .click()
  await expect(app.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Base de données partagée du studio' })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Contrôles du visage avant l’envoi' })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Dossier surveillé' })).toBeVisible()
  // Main's own status line for the studio chain, in French too.
  await expect(app.getByText(/^Non utilisée\s:\sce comptoir garde son historique pour lui\.$/)).toBeVisible()
  await expectAllFrench(app, 'Settings')

  const retention = app.getByLabel('Supprimer les photos des clients après (jours)')
  await retention.fill('7')
  await retention.press('Enter')
  await expect(app.getByText(/^Enregistré\s:\s7 jours\.$/)).toBeVisible()
  await retention.fill('99999')
  await retention.blur()
  await expect(
    app.getByText(/^«\s99999\s» n’a pas été enregistré\. Saisissez un nombre entier de 0 à 3\s?650\./)
  ).toBeVisible()
  // The box follows the saved setting (main answers, then the screen reloads it).
  const chin = app.getByRole('checkbox', { name: 'Menton levé ou baissé' })
  await chin.click()
  await expect(chin).not.toBeChecked()
  await expect(app.getByRole('status').filter({ hasText: 'Menton levé ou baissé' })).toHaveText(
    /^Menton levé ou baissé\s:\saffiché seulement\.$/
  )
  await expectAllFrench(app, 'Settings after saving')
})

test('History in French: empty, its filters and the studio chain’s words', async ({ app }) => {
  await app
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('button', { name: 'Historique', exact: true })
    .click()
  await expect(app.getByRole('heading', { name: 'Historique', level: 1 })).toBeVisible()
  await expect(app.getByLabel('Rechercher un client ou un numéro de commande')).toBeVisible()
  await expect(app.getByText('Aucune photo pour l’instant.')).toBeVisible()
  await app.getByLabel('Rechercher un client ou un numéro de commande').fill('Dupont')
  await expect(app.getByText('Aucune photo ne correspond à cette recherche.')).toBeVisible()
  await expectAllFrench(app, 'History')
})
