import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { test, expect } from './harness-fixture'
import { attendreEtat, choisirFormat, expectAllFrench, ligne } from './helpers/french-screen'

// Issue 13: the face check at the counter in French, browser fr-FR at 1024×700. A held photo says why, what to do and
// what each decision costs in French, main's words included (the finding is made in main's language), with no
// English left and nothing cut off. Fixture licence: test/fixtures/photos/README.md.
test.use({ locale: 'fr-FR', viewport: { width: 1024, height: 700 } })

async function astronaut(): Promise<Buffer> {
  const file = readFileSync(fileURLToPath(new URL('../fixtures/photos/astronaut.png', import.meta.url)))
  const meta = await sharp(file).metadata()
  return sharp(file)
    .resize(Math.round((meta.width ?? 0) * 2))
    .png()
    .toBuffer()
}

test('a photo held for the open mouth, in French: the finding, the advice, Send anyway and what was recorded', async ({
  app
}) => {
  await choisirFormat(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Nom du client ou numéro de commande').fill('Client Dupont')
  await app
    .getByLabel('Choisir des fichiers photo')
    .setInputFiles([{ name: 'astronaut.png', mimeType: 'image/png', buffer: await astronaut() }])
  const row = ligne(app, 'Client Dupont · US Passport')
  await attendreEtat(row, /Retenue avant l’envoi/)
  await expect(row).toContainText('Ouvrez-la pour décider ; rien n’a été envoyé.'.replace(' ;', '\u202f;'))

  const result = app.getByRole('region', { name: 'Résultat' })
  await expect(result.getByRole('heading', { name: 'Contrôle du visage avant l’envoi' })).toBeVisible()
  const mouth = result
    .getByRole('list', { name: 'Résultats du contrôle du visage' })
    .getByRole('listitem')
    .filter({ hasText: 'La bouche est ouverte' })
  await expect(mouth).toContainText('Retient la photo')
  await expect(mouth).toContainText('Demandez une expression neutre, bouche fermée')
  await expect(result.getByRole('img', { name: 'Repères du contrôle du visage' })).toBeVisible()
  await expectAllFrench(app, 'a held photo')

  await result.getByRole('button', { name: 'Envoyer quand même' }).click()
  await attendreEtat(row, /Terminée|À vérifier/)
  await expect(result.getByText(/^Envoyée quand même à .+ malgré\s:\sla bouche est ouverte/)).toBeVisible()
  await expectAllFrench(app, 'a photo sent anyway')
})
