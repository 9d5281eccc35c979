import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { setMainLocale } from '../../../../electron/main/services/i18n/main-language'
import { mmToPoints } from '../../../../electron/main/services/sheets/paper'
import { toFontSafeText } from '../../../../electron/main/services/sheets/pdf-text'
import { rulerPageGeometry } from '../../../../electron/main/services/sheets/ruler-geometry'
import { resolveLocale, type LanguageChoice } from '../../../../electron/shared/i18n/locale'

// The ruler page's words are drawn at fixed places, without wrapping: in English and French each line must fit on
// the narrowest paper it can be printed on (A5), with the printer's name on it, clear of a 5 mm border; the
// pseudo-locale (30 % longer) on the papers Print sheets offers for it (A4, US Letter). Its lines do not fit A5,
// which is what a translation 30 % longer than French would have to mind.

afterAll(() => setMainLocale(resolveLocale('en', 'en-US')))

describe.each(['en', 'fr', 'pseudo'] as LanguageChoice[])('the ruler page in %s', (language) => {
  const papers = language === 'pseudo' ? (['a4', 'letter'] as const) : (['a5', 'a4', 'letter'] as const)
  it.each(papers)('fits every line on %s', async (paper) => {
    setMainLocale(resolveLocale(language, 'en-US'))
    const doc = await PDFDocument.create()
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold)
    }
    const page = rulerPageGeometry(paper, { printerName: 'Canon SELPHY CP1500 (Studio)' })
    const overflow = page.texts.filter((text) => {
      const font = text.bold ? fonts.bold : fonts.regular
      const width = font.widthOfTextAtSize(toFontSafeText(text.text, font), mmToPoints(text.sizeMm))
      const left = mmToPoints(text.xMm) - (text.anchor === 'middle' ? width / 2 : 0)
      return left + width > mmToPoints(page.widthMm - 5)
    })
    expect(overflow.map((t) => t.text)).toEqual([])
    if (language !== 'en') expect(page.texts.map((t) => t.text).join(' ')).not.toContain('Print this page')
  })
})
