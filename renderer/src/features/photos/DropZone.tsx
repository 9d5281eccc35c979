import { useRef, type ReactNode } from 'react'
import { useRovingButtons } from '../../lib/roving'
import { useT } from '../../lib/i18n'

/**
 * The visible drop target. Its button opens the file picker (Ctrl+O does too); a click anywhere on the zone does
 * the same for the mouse. The button is named by its own text, so voice control can say what it reads.
 */
export function DropZone(props: {
  disabled: boolean
  hint: string
  onFiles: (files: File[]) => void
  /** Other ways in beside "Add photos…" (the Camera), in one toolbar: one Tab stop, arrows between them. */
  extra?: ReactNode
}) {
  const { t } = useT()
  const input = useRef<HTMLInputElement>(null)
  const ways = useRovingButtons<HTMLDivElement>()
  const open = () => {
    if (!props.disabled) input.current?.click()
  }
  return (
    <div className={props.disabled ? 'drop-zone disabled' : 'drop-zone'} onClick={open}>
      <strong>{t('photos.drop.title')}</strong>
      <span className="muted">{props.hint}</span>
      <div
        role="toolbar"
        aria-label={t('photos.drop.add')}
        className="drop-ways"
        ref={ways.ref}
        onKeyDown={ways.onKeyDown}
        onFocus={ways.onFocus}
      >
        <button
          type="button"
          data-command="photos:add"
          aria-disabled={props.disabled}
          onClick={(e) => {
            e.stopPropagation()
            open()
          }}
        >
          {t('photos.drop.addPhotos')}
        </button>
        {props.extra}
      </div>
      <span className="muted">{t('photos.drop.paste')}</span>
      <input
        ref={input}
        type="file"
        multiple
        accept="image/*"
        hidden
        aria-label={t('photos.drop.choose')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (files.length > 0) props.onFiles(files)
        }}
      />
    </div>
  )
}
