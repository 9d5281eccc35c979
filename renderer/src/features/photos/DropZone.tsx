import { useRef } from 'react'

/**
 * The visible drop target. Its button opens the file picker (Ctrl+O does too); a click anywhere on the zone does
 * the same for the mouse. The button is named by its own text, so voice control can say what it reads.
 */
export function DropZone(props: { disabled: boolean; hint: string; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null)
  const open = () => {
    if (!props.disabled) input.current?.click()
  }
  return (
    <div className={props.disabled ? 'drop-zone disabled' : 'drop-zone'} onClick={open}>
      <strong>Drop photos here</strong>
      <span className="muted">{props.hint}</span>
      <button
        type="button"
        data-command="photos:add"
        aria-disabled={props.disabled}
        onClick={(e) => {
          e.stopPropagation()
          open()
        }}
      >
        Add photos…
      </button>
      <span className="muted">or paste an image (Ctrl+V)</span>
      <input
        ref={input}
        type="file"
        multiple
        accept="image/*"
        hidden
        aria-label="Choose photo files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (files.length > 0) props.onFiles(files)
        }}
      />
    </div>
  )
}
