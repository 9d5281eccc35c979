import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // sharp and keytar are native; forks isolate them best on this 2-core machine.
    pool: 'forks',
    reporters: ['default']
  }
})
