import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../electron/shared/contract'

type Listener = (command: MenuCommand) => void
const listeners = new Set<Listener>()

/** Hands a command (from the native menu or a shortcut key) to the screens that listen for it. */
export function dispatchCommand(command: MenuCommand): void {
  for (const listener of [...listeners]) listener(command)
}

/** Listens for commands for the component's lifetime. */
export function useCommand(listener: Listener): void {
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => {
    const forward: Listener = (command) => latest.current(command)
    listeners.add(forward)
    return () => void listeners.delete(forward)
  }, [])
}

/** How long a shortcut for another screen waits for that screen's control to appear. */
const WAIT_FRAMES = 30

/**
 * Carries out a 'press' or 'focus' command on the control marked `data-command` on screen: the shortcut does
 * exactly what that button does (its confirmation included), and does nothing while the button is disabled.
 * When the control is not on screen yet (the screen is being opened), waits a few frames for it.
 */
export function actOnMarkedControl(
  command: MenuCommand,
  kind: 'press' | 'focus',
  frames = WAIT_FRAMES
): void {
  const control = document.querySelector<HTMLElement>(`[data-command="${command}"]`)
  const usable =
    control !== null && !control.matches(':disabled') && control.getAttribute('aria-disabled') !== 'true'
  if (control !== null && usable) {
    control.focus()
    if (kind === 'press') control.click()
    else if (control instanceof HTMLInputElement) control.select()
    return
  }
  if (control === null && frames > 0)
    requestAnimationFrame(() => actOnMarkedControl(command, kind, frames - 1))
}
