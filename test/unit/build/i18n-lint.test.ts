import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The lint rules of issue 13 (eslint/i18n.js), run through ESLint with the project's own config: words written
// straight into the code are refused, in every file of the window and of main (the simulated services excepted);
// keys through t() pass.

const root = join(import.meta.dirname, '../../..')
let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function i18nErrors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'i18next/no-literal-string' || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.line}: ${m.message.split(':')[0]}`)
}

const MAIN = `
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
export async function f(host: { dialogs: { chooseFolder(t: string): Promise<unknown> } }, n: number) {
  if (n === 1) throw new AppError('NETWORK', 'Could not reach the service. Try again.')
  if (n === 2) throw new AppError('NETWORK', \`Could not reach \${n}.\`)
  if (n === 3) throw new AppError('NETWORK', 'Could not ' + 'reach.')
  if (n === 4) throw new AppError('NETWORK', n > 0 ? 'Too many now.' : t('errors.internal'))
  await host.dialogs.chooseFolder('Choose a folder')
  const menu = [{ label: 'Print sheets', click: () => n }]
  const notice = { id: 'x', level: 'info', title: () => t('errors.internal'), message: 'The file was kept aside.' }
  if (n === 5) throw new AppError('NETWORK', t('errors.http.network', { service: 'documents' }))
  if (n === 6) throw new AppError(n > 6 ? 'NOT_FOUND' : 'STATE_CONFLICT', t('errors.internal'))
  return { menu, notice, ok: { message: t('errors.internal') } }
}
`

const WINDOW = `
import { useState } from 'react'
import { useT } from '../../lib/i18n'
export function Panel() {
  const { t } = useT()
  const [error, setError] = useState<string | null>(null)
  const fail = () => setError('Something went wrong here.')
  return (
    <section aria-label="Printer calibration" className="panel sheet-calibration">
      <h2>Printer calibration</h2>
      <button type="button" onClick={fail} data-testid="x" role="status">{t('sheets.output.print')}</button>
      <p aria-label={t('sheets.layout.region')}>{error} · {'A4'}</p>
    </section>
  )
}
`

describe('the i18n lint rules', () => {
  it('refuse words written straight into a converted main file: errors, dialogs, menus, notices', async () => {
    expect(await i18nErrors(MAIN, 'electron/main/services/printing/example.ts')).toEqual([
      '5: An AppError message must come from the message catalogue',
      '6: An AppError message must come from the message catalogue',
      '7: An AppError message must come from the message catalogue',
      '8: An AppError message must come from the message catalogue',
      '9: A dialog title must come from the message catalogue',
      '10: A label (menu item, print path) must come from the message catalogue',
      '11: A message for the person must come from the message catalogue'
    ])
  })

  it('refuse text in a converted window file: JSX text, read attributes, messages kept in state', async () => {
    expect(await i18nErrors(WINDOW, 'renderer/src/features/sheets/Example.tsx')).toEqual([
      '7: A message shown on screen must come from the message catalogue',
      '9: Text in the window must come from the message catalogue',
      '10: Text in the window must come from the message catalogue'
    ])
  })

  it('check every file, the ones phase B converted included; only the simulated services answer in English', async () => {
    expect(await i18nErrors(WINDOW, 'renderer/src/features/photos/Example.tsx')).toHaveLength(3)
    expect(await i18nErrors(MAIN, 'electron/main/services/jobs/example.ts')).toHaveLength(7)
    expect(await i18nErrors(MAIN, 'electron/main/features/photos-example.ts')).toHaveLength(7)
    expect(await i18nErrors(MAIN, 'electron/main/demo/passport-photo/example.ts')).toEqual([])
  })
})
