import { useEffect, useRef } from 'react'
import { acceleratorText, SHORTCUTS, type Shortcut } from '../../../electron/shared/shortcuts'

const GROUPS: { menu: Shortcut['menu']; title: string }[] = [
  { menu: 'Photos', title: 'At the counter (Photos)' },
  { menu: 'Go', title: 'Go to a screen' },
  { menu: 'Viewer', title: 'Document viewer' },
  { menu: 'Help', title: 'Help' }
]

/** The "Keyboard shortcuts" panel: every shortcut of the menu, from the same table, in a modal dialog. */
export function ShortcutsDialog(props: { open: boolean; isMac: boolean; onClose: () => void }) {
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
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
      <p className="muted">
        The screens in the top bar, the spec list and rows of buttons such as Fit / 100% / 200% are one Tab
        stop each: the arrow keys, Home and End move inside, Enter chooses. In the spec search, Enter chooses
        the first match and ↓ goes into the list.
      </p>
      {GROUPS.map((group) => (
        <table key={group.menu} className="shortcut-table">
          <caption>{group.title}</caption>
          <tbody>
            {SHORTCUTS.filter((s) => s.menu === group.menu).map((s) => (
              <tr key={s.command}>
                <th scope="row">{s.label}</th>
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
