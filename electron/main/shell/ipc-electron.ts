import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { SERVED_CHANNELS, type Dispatch } from '../ipc/dispatch'
import type { EventMap, EventName } from '../../shared/contract'
import { IPC_EVENT_CHANNEL } from '../../shared/ipc-names'

/**
 * The only place that touches ipcMain (after GitHub Desktop's ipc-main.ts): every known channel is wired to the
 * validating dispatcher, with the sender's frame described for its checks.
 */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of SERVED_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      return dispatch(channel, input, {
        frameUrl: frame?.url ?? null,
        isTopFrame: frame !== null && frame !== undefined && frame.parent === null
      })
    })
  }
}

/** Sends a typed event to the renderer of each window. */
export function createEventSender(windows: () => BrowserWindow[]) {
  return <E extends EventName>(event: E, payload: EventMap[E]): void => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload)
    }
  }
}
