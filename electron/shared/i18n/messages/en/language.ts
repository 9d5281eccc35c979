/** Settings → Language (renderer/src/features/language). The languages' own names are not translated. */
export const language = {
  'language.title': 'Language',
  'language.label': 'Language of the app',
  'language.name.en': 'English',
  'language.name.fr': 'Français',
  'language.system': 'Same as the operating system',
  'language.pseudo': 'Pseudo-locale (development: accented, 30 % longer)',
  'language.note':
    'Applies at once, to the window, the menus and the messages. Sizes are shown in {unit, select, in {inches first, then millimetres} other {millimetres first, then inches}}; a custom paper starts in {unit, select, in {inches} other {millimetres}}.'
}
