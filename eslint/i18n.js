// The lint half of issue 13's checks: user-facing words go through the message catalogue
// (electron/shared/i18n/messages), in the window and in main. The other half (keys in both languages, every key
// used, ICU that compiles, French typography) is test/unit/shared/i18n-catalogue.test.ts.
import i18next from 'eslint-plugin-i18next'

/**
 * Never converted: the simulated Passport Photo and Document Passback services answer in the real APIs' own
 * English, as the real services do; the app words their answers for the counter.
 */
const SIMULATED_SERVICES = ['electron/main/demo/**']

/** Only the two thin IPC wrappers touch raw IPC (after GitHub Desktop's lint rule); kept with the rules below. */
export const IPC_SELECTORS = [
  {
    selector: "ImportSpecifier[imported.name='ipcMain']",
    message: 'Use registerIpc in shell/ipc-electron.ts.'
  },
  {
    selector: "ImportSpecifier[imported.name='ipcRenderer']",
    message: 'Only the preload touches ipcRenderer.'
  }
]
const IPC_WRAPPERS = ['electron/main/shell/ipc-electron.ts', 'electron/preload/index.ts']

/** English prose: a capitalised word, then a lower-case one ("Choose a printer…"). Ids and class names are not. */
const PROSE = "/^[A-Z][a-z'’]*\\s+[a-z]/"
const words = (what) =>
  `${what} must come from the message catalogue: t('namespace.key') (electron/shared/i18n).`

/** Main: errors for the counter, dialogs, menus, the error box, notices, PDFs. Codes stay; words are t(). */
const MAIN_SELECTORS = [
  ...['Literal', 'TemplateLiteral', 'BinaryExpression'].map((type) => ({
    selector: `NewExpression[callee.name='AppError'][arguments.1.type='${type}']`,
    message: words('An AppError message')
  })),
  {
    selector:
      // The message is the second argument; a conditional first argument picks the code, which stays a literal.
      "NewExpression[callee.name='AppError'] > ConditionalExpression:nth-child(2) > :matches(Literal, TemplateLiteral)",
    message: words('An AppError message')
  },
  {
    selector:
      'CallExpression[callee.property.name=/^choose(Folder|SavePath)$/] > :matches(Literal, TemplateLiteral):first-child',
    message: words('A dialog title')
  },
  {
    selector:
      "CallExpression[callee.property.name='chooseSavePath'] Property[key.name='name'] > :matches(Literal, TemplateLiteral)",
    message: words('A file type name in a dialog')
  },
  {
    selector: "CallExpression[callee.property.name='showErrorBox'] > :matches(Literal, TemplateLiteral)",
    message: words('The error box')
  },
  {
    selector: "Property[key.name='label'] > :matches(Literal[value=/[A-Za-z]/], TemplateLiteral)",
    message: words('A label (menu item, print path)')
  },
  {
    selector: `Property[key.name=/^(message|title|note|text|healthMessage)$/] > Literal[value=${PROSE}]`,
    message: words('A message for the person')
  },
  {
    selector: `Property[key.name=/^(message|title|note|text)$/] > TemplateLiteral > TemplateElement[value.raw=${PROSE}]`,
    message: words('A message for the person')
  },
  {
    selector: `CallExpression[callee.name='text'] > Literal[value=${PROSE}], CallExpression[callee.property.name=/^(line|pair|row|push|setTitle)$/] > Literal[value=${PROSE}]`,
    message: words('Text written on a page or into a list for the person')
  },
  {
    selector: `CallExpression[callee.property.name=/^(push|setTitle)$/] > TemplateLiteral > TemplateElement[value.raw=${PROSE}]`,
    message: words('Text written on a page or into a list for the person')
  }
]

/** The window, beyond JSX: messages kept in state, returned by helpers, or set as a property. */
const RENDERER_SELECTORS = [
  {
    selector: `CallExpression[callee.name=/^set[A-Z]/] :matches(Literal[value=${PROSE}], TemplateElement[value.raw=${PROSE}])`,
    message: words('A message shown on screen')
  },
  {
    selector: `Property[key.name=/^(text|message|label|title|problem|placeholder|note)$/] > :matches(Literal[value=${PROSE}], TemplateLiteral > TemplateElement[value.raw=${PROSE}])`,
    message: words('A message shown on screen')
  },
  {
    selector: `ReturnStatement > :matches(Literal[value=${PROSE}], TemplateLiteral > TemplateElement[value.raw=${PROSE}])`,
    message: words('A message shown on screen')
  }
]

/** The flat-config blocks: the i18next plugin on JSX, and the selectors above, on every converted file. */
export const i18nConfigs = [
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { i18next },
    rules: {
      // JSX text and the attributes a person reads or hears; everything else in JSX (ids, roles, classes) is code.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'alt',
              'title',
              'placeholder',
              'label'
            ]
          },
          // Calls whose string arguments are keys, Intl options or ids, never words.
          callees: {
            exclude: [
              ...['t', 'rich', 'dateTime', 'number', 'field', 'useT', 'call', 'String', 'require'],
              ...[
                'addEventListener',
                'removeEventListener',
                'querySelector',
                'includes',
                'startsWith',
                'endsWith'
              ]
            ]
          },
          // No letters at all (separators such as · — −), codes in capitals, and paper names such as A4.
          words: { exclude: [/^[^\p{L}]*$/u, /^[A-Z_-]+$/, /^[A-Z][0-9]+$/] },
          message: words('Text in the window')
        }
      ],
      'no-restricted-syntax': ['error', ...IPC_SELECTORS, ...RENDERER_SELECTORS]
    }
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: [...SIMULATED_SERVICES, ...IPC_WRAPPERS],
    rules: { 'no-restricted-syntax': ['error', ...IPC_SELECTORS, ...MAIN_SELECTORS] }
  }
]
