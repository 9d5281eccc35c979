/** The one IPC channel that carries main → renderer events; the event name is its first argument. */
export const IPC_EVENT_CHANNEL = 'studio:event'
