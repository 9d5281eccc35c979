import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { i18nConfigs, IPC_SELECTORS } from './eslint/i18n.js'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/helpers/harness/bridge.js'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    }
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // The renderer makes no network request and never touches Electron or Node: everything goes through window.studio.
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: ['node:*', '**/electron/main/**', '**/electron/preload/**'] }
      ]
    }
  },
  {
    // Services and the demo never import Electron (house style): Electron objects are passed in.
    files: [
      'electron/main/services/**/*.ts',
      'electron/main/demo/**/*.ts',
      'electron/main/features/**/*.ts',
      'electron/shared/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services run in plain Node: take what you need as an argument.' }
          ]
        }
      ]
    }
  },
  {
    // Only the two thin wrappers touch raw IPC (after GitHub Desktop's lint rule).
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/main/shell/ipc-electron.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-syntax': ['error', ...IPC_SELECTORS] }
  },
  // Words for the person come from the message catalogue (issue 13); these blocks repeat the IPC rule, because a
  // later block's no-restricted-syntax replaces an earlier one's.
  ...i18nConfigs
)
