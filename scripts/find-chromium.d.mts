/** Types for find-chromium.mjs (plain JavaScript so that scripts/test.mjs can import it without a compiler). */
export declare function chromiumCandidates(
  platform: string,
  env: Record<string, string | undefined>
): string[]
export declare function playwrightChromium(): string | null
export declare function findChromium(options?: {
  platform?: string
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  playwrightPath?: string | null
}): { path: string; error?: undefined } | { error: string; path?: undefined }
