import { z } from 'zod'
import { join } from 'node:path'
import { JsonStore } from '../services/storage/json-store'

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean()
})

/** A window's remembered position and size. */
export type WindowBounds = z.infer<typeof boundsSchema>

/** Remembers the main window's position and size between runs. */
export function createWindowStateStore(dataDir: string): JsonStore<WindowBounds | null> {
  return new JsonStore<WindowBounds | null>({
    path: join(dataDir, 'window-state.json'),
    schema: boundsSchema.nullable(),
    fallback: () => null
  })
}

/** Keeps remembered bounds only if they are still on one of the displays (a monitor may have been unplugged). */
export function visibleBounds(
  saved: WindowBounds | null,
  displays: { x: number; y: number; width: number; height: number }[]
): WindowBounds | null {
  if (saved === null) return null
  const onScreen = displays.some(
    (d) =>
      saved.x + 100 <= d.x + d.width &&
      saved.x + saved.width - 100 >= d.x &&
      saved.y >= d.y - 10 &&
      saved.y + 50 <= d.y + d.height
  )
  return onScreen ? saved : null
}
