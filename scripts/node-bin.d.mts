/** Types for node-bin.mjs (plain JavaScript so that scripts/test.mjs and scripts/start.mjs can import it). */
export declare function nodeBin(pkg: string, command?: string): string
