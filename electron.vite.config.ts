import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './electron/main/shell/security-policy'

/**
 * Puts the CSP in the built index.html (the dev server's HMR needs inline scripts, so only at build), without
 * frame-ancestors, which only a header can carry.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'studio-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`
      )
  }
}

// Three processes, three entries (electron-vite's layout), pointed at our own folders.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        // Workers are entries of their own, beside index.js: out/main/face-worker.js (services/face/shared-engine.ts)
        // and out/main/sqlite-worker.js, the database thread (services/db/open-database.ts).
        input: {
          index: resolve('electron/main/index.ts'),
          'face-worker': resolve('electron/main/services/face/face-worker.ts'),
          'sqlite-worker': resolve('electron/main/services/db/sqlite-worker.js')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS: Electron cannot load ESM there.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: {
        input: { index: resolve('renderer/index.html') }
      }
    }
  }
})
