import { expect, type Locator, type Page } from '@playwright/test'
import { clippedText, englishOnScreen } from './i18n-screen'
import { syntheticPortrait } from '../../helpers/synthetic-portrait'

/** Data on screen, not the app's words: they stay as they are in every language. */
export const DATA = ['Harness Printer', 'US Passport', 'Client Dupont', 'ID Photo Studio']

/** No English left on the page (or in `scope`), and no text cut off. */
export async function expectAllFrench(page: Page, where: string, scope = 'body'): Promise<void> {
  expect(await englishOnScreen(page, { data: DATA, scope }), `English left on ${where}`).toEqual([])
  expect(await clippedText(page), `text cut off on ${where}`).toEqual([])
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Finds a spec by typing in the French search box and picks the row with that name and code. */
export async function choisirFormat(page: Page, search: string, name: string, code: string): Promise<void> {
  await page.getByLabel('Rechercher un format').fill(search)
  await page
    .getByRole('option', { name: new RegExp(`^${escape(name)} ${escape(code)}(?: ·|$)`) })
    .first()
    .click()
  await expect(
    page.getByRole('region', { name: new RegExp(`^Détails du format\\s:\\s${escape(name)}$`) })
  ).toBeVisible()
}

/** The queue row of a job, by its title ("client · format"), on the French screen. */
export function ligne(page: Page, title: string): Locator {
  return page
    .getByRole('grid', { name: 'File des photos' })
    .getByRole('row', { name: new RegExp(`^${escape(title)}\\s:\\s`) })
}

/** Waits until a job's row shows one of the states, in French. */
export async function attendreEtat(row: Locator, states: RegExp, timeout = 30_000): Promise<void> {
  await expect(row).toHaveAccessibleName(new RegExp(`\\s:\\s(${states.source})$`), { timeout })
}

/** A finished US Passport photo for the customer, made through the French Photos screen. */
export async function photoTerminee(page: Page, customer: string): Promise<void> {
  await choisirFormat(page, 'us passport', 'US Passport', 'us-passport')
  await page.getByLabel('Nom du client ou numéro de commande').fill(customer)
  await page
    .getByLabel('Choisir des fichiers photo')
    .setInputFiles([{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await attendreEtat(ligne(page, `${customer} · US Passport`), /Terminée/)
}
