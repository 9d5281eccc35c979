import { useEffect, useRef } from 'react'
import { acceleratorText, SHORTCUTS, type Shortcut } from '../../../electron/shared/shortcuts'
import type { MessageId } from '../../../electron/shared/i18n/messages'
import { useT } from '../lib/i18n'

const GROUPS: { menu: Shortcut['menu']; title: MessageId }[] = [
  { menu: 'Photos', title: 'shortcuts.group.photos' },
  { menu: 'Go', title: 'shortcuts.group.go' },
  { menu: 'Viewer', title: 'shortcuts.group.viewer' },
  { menu: 'Help', title: 'shortcuts.group.help' }
]

/** The "Keyboard shortcuts" panel: every shortcut of the menu, from the same table, in a modal dialog. */
export function ShortcutsDialog(props: { open: boolean; isMac: boolean; onClose: () => void }) {
  const { t } = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (props.open && !element.open) element.showModal()
    if (!props.open && element.open) element.close()
  }, [props.open])

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={props.onClose}>
      <form method="dialog" className="dialog-head">
        <h2 id="shortcuts-title">{t('shortcuts.panel.title')}</h2>
        <button type="submit" autoFocus>
          {t('shortcuts.panel.close')}
        </button>
      </form>
      <p className="muted">{t('shortcuts.panel.intro')}</p>
      {GROUPS.map((group) => (
        <table key={group.menu} className="shortcut-table">
          <caption>{t(group.title)}</caption>
          <tbody>
            {SHORTCUTS.filter((s) => s.menu === group.menu).map((s) => (
              <tr key={s.command}>
                <th scope="row">{t(s.label)}</th>
                <td>
                  <kbd>{acceleratorText(s.accelerator, props.isMac)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </dialog>
  )
}
