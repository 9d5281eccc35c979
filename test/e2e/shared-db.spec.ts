import pg from 'pg'
import { configFromUrl } from '../helpers/postgres'
import { expect, test } from './harness-fixture'

// The Settings section and History's counters against a real PostgreSQL: the one `npm test` starts.
const url = process.env.STUDIO_TEST_PG_URL
if (!url && process.env.STUDIO_REQUIRE_PG === '1')
  throw new Error('STUDIO_REQUIRE_PG=1, but STUDIO_TEST_PG_URL is not set.')
if (!url)
  console.warn(
    'Skipping the shared-database UI test: no PostgreSQL (npm test starts one where it is installed).'
  )

test.skip(!url, 'no PostgreSQL for this run (install postgresql; npm test then starts a throwaway one)')

test('Settings sets up a shared database with a second confirmation, and History then shows every counter', async ({
  app
}) => {
  const config = configFromUrl(url!, { database: `studio_e2e_${Date.now()}` })
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${config.database}`)
  await admin.end()

  await app.getByRole('button', { name: 'Settings' }).click()
  const section = app.getByRole('region', { name: 'Shared studio database' })
  await expect(section.getByText('Not used: this counter keeps its history to itself.')).toBeVisible()
  await section.getByLabel('Server (host name or address)').fill(config.host)
  await section.getByLabel('Port').fill(String(config.port))
  await section.getByLabel('Database', { exact: true }).fill(config.database)
  await section.getByLabel('User').fill(config.user)
  const ca = process.env.STUDIO_TEST_PG_CA
  if (ca) await section.getByLabel(/Studio CA certificate file/).fill(ca)
  else await section.getByLabel('Encryption (TLS)').selectOption('disable')
  await section.getByLabel('This counter’s name').fill('Front desk')
  await section.getByRole('button', { name: 'Save connection' }).click()
  await expect(section.getByText('Saved.')).toBeVisible()
  await section.getByLabel('Database password').fill(config.password)
  await section.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(section.getByText('Saved to the system keychain.')).toBeVisible()
  await expect(section.getByText('Saved in keychain')).toBeVisible()

  await section.getByRole('button', { name: 'Test connection' }).click()
  await expect(section.getByText(/does not have ID Photo Studio’s tables yet/)).toBeVisible()
  // The first confirmation is the button; the second names the database, and a "no" changes nothing.
  app.once('dialog', (dialog) => void dialog.dismiss())
  await section.getByRole('button', { name: 'Set up this database…' }).click()
  await expect(section.getByText(/does not have ID Photo Studio’s tables yet/)).toBeVisible()
  app.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(config.database)
    void dialog.accept()
  })
  await section.getByRole('button', { name: 'Set up this database…' }).click()
  await expect(section.getByText(/The shared database is set up/)).toBeVisible()

  // A controlled checkbox: it turns on once main has switched the shared database on.
  await section.getByLabel('Use the shared database at this counter').click()
  await expect(section.getByLabel('Use the shared database at this counter')).toBeChecked()
  await expect(section.getByText(/Connected to .* as “Front desk”/)).toBeVisible()

  await app.getByRole('button', { name: 'History', exact: true }).click()
  await expect(app.getByRole('radio', { name: 'All counters' })).toBeChecked()
  await expect(app.getByRole('radio', { name: 'This counter (Front desk)' })).toBeVisible()
  await expect(app.getByText(/every change has been sent/)).toBeVisible()
})
