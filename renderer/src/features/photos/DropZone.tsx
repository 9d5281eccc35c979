import { useRef, type KeyboardEvent } from 'react'

/** The visible drop target; also a keyboard-reachable button that opens the file picker. */
export function DropZone(props: { disabled: boolean; hint: string; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null)
  const open = () => {
    if (!props.disabled) input.current?.click()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      open()
    }
  }
  return (
    <div
      className={props.disabled ? 'drop-zone disabled' : 'drop-zone'}
      role="button"
      tabIndex={0}
      aria-disabled={props.disabled}
      aria-label="Add photos: drop image files here, or press Enter to choose files"
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <strong>Drop photos here</strong>
      <span className="muted">{props.hint}</span>
      <span className="muted">or choose files, or paste an image (Ctrl+V)</span>
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
