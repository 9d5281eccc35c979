/** The start-up guard's error box (shell/start-failure.ts). */
export const start = {
  'start.failure.title': 'ID Photo Studio could not start',
  'start.failure.unexpected': 'Something went wrong while starting: {detail}',
  'start.failure.noDetails': 'no details',
  'start.failure.message':
    '{what}\n\nThe details are in the log file:\n{logPath}\n\nStart the app again. If it still does not start, send that file to support.'
}
