import { useCallback, useEffect, useState } from 'react'
import type { PrintersView, PrinterView } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'

/**
 * The printers main knows, how printing reaches them (the OS print system, or a print dialog), the one chosen
 * (the default at first), and a counter bumped when a calibration changes.
 */
export function usePrinters(): {
  printers: PrinterView[]
  path: PrintersView['path'] | null
  selected: PrinterView | null
  select: (name: string) => void
  /** Takes a printer as sheets:calibrate or sheets:reset-calibration returned it. */
  update: (printer: PrinterView) => void
  version: number
  error: string | null
} {
  const [printers, setPrinters] = useState<PrinterView[]>([])
  const [path, setPath] = useState<PrintersView['path'] | null>(null)
  const [name, setName] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('sheets:list-printers').then(
      ({ path: how, printers: list }) => {
        if (!live) return
        setPath(how)
        setPrinters(list)
        setName((current) => current ?? (list.find((p) => p.isDefault) ?? list[0])?.name ?? null)
      },
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [])

  const update = useCallback((printer: PrinterView) => {
    // The calibration answer does not know which printer is the system default; keep what the list said.
    setPrinters((list) =>
      list.map((p) => (p.name === printer.name ? { ...printer, isDefault: p.isDefault } : p))
    )
    setVersion((v) => v + 1)
  }, [])

  return {
    printers,
    path,
    selected: printers.find((p) => p.name === name) ?? null,
    select: setName,
    update,
    version,
    error
  }
}
