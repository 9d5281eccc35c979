import { BrowserWindow, type WebContents } from 'electron'
import type { PrintPath, Printer } from '../services/platform'
import { serveTransient } from './app-protocol'
import { secureWebPreferences } from './security-policy'
import { t } from '../services/i18n/main-language'

const PRINT_PAGE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"

/** The path, named in the language in use when it is asked for. */
const path = (): PrintPath => ({ kind: 'dialog', label: t('printing.path.dialog') })

/**
 * The fallback print path, used only where the OS print system cannot be reached (see services/printing): the
 * page goes to Electron's print dialog, and its size is then up to the dialog. Electron's print path is known to
 * ignore pageSize on some drivers, print at 72 dpi, or fit to the page whatever is asked (electron#29532, #39179,
 * #45080), which is why it is not the main path. The sheet arrives as an image rendered for the exact paper size;
 * it is shown in a hidden, sandboxed window whose page is the paper and whose only content is that image sized in
 * millimetres, then printed with no margins, no fit-to-page and scaleFactor 100. The page and image are served
 * from memory (app-protocol's transient files), never from a temp file.
 */
export function createElectronPrinter(mainContents: () => WebContents | null, preloadPath: string): Printer {
  return {
    async path() {
      return path()
    },
    async list() {
      const contents = mainContents()
      if (!contents) return []
      const printers = await contents.getPrintersAsync()
      return printers.map((p) => ({
        name: p.name,
        isDefault: (p as { isDefault?: boolean }).isDefault === true
      }))
    },
    async print(job) {
      const { widthMm, heightMm, printerName } = job
      const { bytes: image, mime } = await job.image()
      const extension = 'png'
      const html =
        `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(job.title)}</title>` +
        `<style>@page{size:${widthMm}mm ${heightMm}mm;margin:0}html,body{margin:0;padding:0}` +
        `img{display:block;width:${widthMm}mm;height:${heightMm}mm}</style></head>` +
        `<body><img src="sheet.${extension}" alt=""></body></html>`
      const files = serveTransient([
        {
          name: 'page.html',
          body: new TextEncoder().encode(html),
          type: 'text/html; charset=utf-8',
          csp: PRINT_PAGE_CSP
        },
        { name: `sheet.${extension}`, body: image, type: mime, csp: PRINT_PAGE_CSP }
      ])
      const window = new BrowserWindow({
        show: false,
        webPreferences: { ...secureWebPreferences(preloadPath), preload: undefined }
      })
      try {
        await window.loadURL(files.urlOf('page.html'))
        const printed = await new Promise<boolean>((resolve) => {
          window.webContents.print(
            {
              silent: false,
              printBackground: true,
              margins: { marginType: 'none' },
              scaleFactor: 100,
              pageSize: { width: Math.round(widthMm * 1000), height: Math.round(heightMm * 1000) },
              ...(printerName ? { deviceName: printerName } : {})
            },
            (success) => resolve(success)
          )
        })
        return { printed, path: path() }
      } finally {
        window.destroy()
        files.remove()
      }
    }
  }
}

/** The print job's name, safe inside the page's <title> (the print dialog shows it as the job name). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
