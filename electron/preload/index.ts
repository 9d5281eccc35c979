import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS_LIST } from '../shared/channel-list'
import { EVENT_NAMES } from '../shared/contract/events'
import { IPC_EVENT_CHANNEL } from '../shared/ipc-names'

/**
 * The only code that touches ipcRenderer (after GitHub Desktop's ipc-renderer.ts). It exposes one function per
 * channel and an event subscription, and nothing else: never ipcRenderer itself (checklist #3, #20).
 * Main validates everything again; this side only shapes the calls.
 */
const api: Record<string, unknown> = {}
for (const channel of CHANNELS_LIST) {
  api[channel] = (input?: unknown) => ipcRenderer.invoke(channel, input)
}

const knownEvents = new Set<string>(EVENT_NAMES)
api.on = (event: string, listener: (payload: unknown) => void) => {
  if (!knownEvents.has(event) || typeof listener !== 'function') return () => undefined
  const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
    if (name === event) listener(payload)
  }
  ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped)
  return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped)
}

contextBridge.exposeInMainWorld('studio', Object.freeze(api))
