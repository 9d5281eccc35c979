/**
 * What services need from the desktop, as small interfaces: Electron provides the real ones in main,
 * and the browser harness provides its own at the edge.
 */

/** Native file dialogs. Each returns null when the person cancels. */
export interface Dialogs {
  chooseFolder(title: string): Promise<string | null>
  chooseSavePath(
    title: string,
    defaultName: string,
    filters: { name: string; extensions: string[] }[]
  ): Promise<string | null>
}

/** The OS printers and the print path. */
export interface Printer {
  list(): Promise<{ name: string; isDefault: boolean }[]>
  /** Prints an image that is exactly the paper, at 100 %. Resolves false when the person cancels. */
  printImage(job: {
    image: Uint8Array
    mime: 'image/png' | 'image/jpeg'
    widthMm: number
    heightMm: number
    printerName?: string
  }): Promise<boolean>
}
