import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobView, Sensitivity, SpecPrefs, SubmitOutcome } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useCapturePanel } from '../capture/CapturePanel'
import { AccountPanel } from './AccountPanel'
import { DropZone } from './DropZone'
import { JobOptions } from './JobOptions'
import { JobQueue } from './JobQueue'
import { DEFAULT_JOB_OPTIONS, parseSheetSizes, type JobOptionsValue } from './job-options'
import { dragHasFiles, filesOf, imagesOnClipboard, readFiles } from './read-files'
import { ResultView } from './ResultView'
import { SpecDetails } from './SpecDetails'
import { SpecPicker } from './SpecPicker'
import { useJobs } from './use-jobs'
import { useResultFocus } from './use-result-focus'
import './photos.css'
import { useT } from '../../lib/i18n'
import { defaultWatermarkText } from '../../../../electron/shared/i18n/watermark'

/** photos:submit takes at most 50 files at a time. */
const BATCH = 50

/**
 * The studio counter: spec on the left, drop zone and queue in the centre, result and account on the right. Below
 * 1280 px the spec and the queue share the left column; the result pane stays beside them, in view (photos.css).
 */
export function PhotosScreen() {
  const { t, rich, locale } = useT()
  const [prefs, setPrefs] = useState<SpecPrefs | null>(null)
  const [specCode, setSpecCode] = useState<string | null>(null)
  const [options, setOptions] = useState<JobOptionsValue>(DEFAULT_JOB_OPTIONS)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [refused, setRefused] = useState<SubmitOutcome['refused']>([])
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const [sending, setSending] = useState(false)
  const [accountKey, setAccountKey] = useState(0)
  const { jobs, error: jobsError, put, clearFinished } = useJobs(() => setAccountKey((k) => k + 1))
  // Photos dropped before a spec was chosen: kept, and sent once the person chooses one.
  const [waiting, setWaiting] = useState<File[]>([])
  const searchRef = useRef<HTMLInputElement>(null)
  const customerRef = useRef<HTMLInputElement>(null)
  const selected = jobs.find((j) => j.id === selectedId) ?? null
  const resultRef = useRef<HTMLElement>(null)
  const resultHeading = useCallback(
    () => resultRef.current?.querySelector<HTMLElement>('#result-heading') ?? null,
    []
  )
  const finished = useResultFocus(selected, resultHeading)

  const chooseSpec = useCallback((code: string, from: SpecPrefs | null) => {
    setSpecCode(code)
    setOptions((o) => ({ ...o, sensitivity: from?.sensitivityBySpec[code] ?? {} }))
  }, [])

  useEffect(() => {
    call('specs:get-prefs').then(
      (p) => {
        setPrefs(p)
        if (p.last) chooseSpec(p.last, p)
      },
      (e) => setError(messageOf(e))
    )
  }, [chooseSpec])

  const setSensitivity = async (sensitivity: Sensitivity) => {
    setOptions((o) => ({ ...o, sensitivity }))
    if (specCode === null) return
    try {
      setPrefs(await call('specs:set-sensitivity', { specCode, sensitivity }))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const submit = async (files: File[], spec = { code: specCode, sensitivity: options.sensitivity }) => {
    setError(null)
    if (files.length === 0) return
    if (spec.code === null) {
      setWaiting((w) => [...w, ...files])
      searchRef.current?.focus()
      return
    }
    const { code } = spec
    const sheets = parseSheetSizes(options.sheetSizesText)
    if (sheets.invalid !== null || sheets.sizes.length > 5) {
      setError(t('photos.screen.fixSheets'))
      return
    }
    setSending(true)
    try {
      const all = await readFiles(files)
      const refusedNow: SubmitOutcome['refused'] = []
      let first: string | null = null
      for (let i = 0; i < all.length; i += BATCH) {
        const outcome = await call('photos:submit', {
          files: all.slice(i, i + BATCH),
          specCode: code,
          mode: options.mode,
          ...(options.mode === 'watermark'
            ? { watermarkText: options.watermarkText ?? defaultWatermarkText(locale.language) }
            : {}),
          ...(options.customer.trim() ? { customer: options.customer.trim() } : {}),
          ...(Object.keys(spec.sensitivity).length > 0 ? { sensitivity: spec.sensitivity } : {}),
          ...(sheets.sizes.length > 0 ? { sheetSizes: sheets.sizes } : {}),
          outputFormat: options.outputFormat
        })
        refusedNow.push(...outcome.refused)
        first ??= outcome.accepted[0]?.jobId ?? null
      }
      setRefused(refusedNow)
      if (first !== null) {
        finished.watch(first)
        setSelectedId(first)
      }
      // The spec is now the last and most recent one.
      setPrefs(await call('specs:get-prefs'))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setSending(false)
    }
  }

  const act = async (work: () => Promise<JobView>) => {
    try {
      const job = await work()
      put(job.id, job)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const images = imagesOnClipboard(e.clipboardData)
      if (images.length === 0) return
      e.preventDefault()
      void submit(images)
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  })

  const capture = useCapturePanel({ specCode, sensitivity: options.sensitivity, onCapture: submit })

  const pickSpec = (code: string) => {
    chooseSpec(code, prefs)
    if (waiting.length === 0) return
    const files = waiting
    setWaiting([])
    void submit(files, { code, sensitivity: prefs?.sensitivityBySpec[code] ?? {} })
  }

  const nextCustomer = () => {
    setOptions((o) => ({ ...o, customer: '' }))
    setRefused([])
    setError(null)
    customerRef.current?.focus()
  }

  return (
    <div
      className="photos-screen"
      onDragEnter={(e) => {
        if (dragHasFiles(e.dataTransfer)) setDragging(true)
      }}
      onDragOver={(e) => {
        if (dragHasFiles(e.dataTransfer)) e.preventDefault()
      }}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        void submit(filesOf(e.dataTransfer))
      }}
    >
      {dragging && (
        <div
          className="drop-overlay"
          data-testid="drop-overlay"
          onDragLeave={(e) => {
            // Leaving the overlay itself (out of the window), not moving over its text.
            if (e.currentTarget === e.target) setDragging(false)
          }}
        >
          <p>{t('photos.screen.dropOverlay', { spec: specCode ? 'yes' : 'no' })}</p>
        </div>
      )}
      <aside className="photos-left" aria-label={t('photos.screen.specRegion')}>
        <h2>{t('photos.screen.specTitle')}</h2>
        <SpecPicker
          selected={specCode}
          prefs={prefs}
          onPrefs={setPrefs}
          onSelect={pickSpec}
          searchRef={searchRef}
          prompt={waiting.length === 0 ? null : t('photos.screen.waiting', { count: waiting.length })}
          onDismissPrompt={() => setWaiting([])}
        />
        <SpecDetails
          specCode={specCode}
          {...(specCode !== null && prefs !== null
            ? {
                favourite: {
                  on: prefs.favourites.includes(specCode),
                  toggle: () =>
                    call('specs:toggle-favourite', { specCode }).then(setPrefs, (e) => setError(messageOf(e)))
                }
              }
            : {})}
        />
      </aside>
      <section className="photos-centre" aria-label={t('photos.screen.centre')}>
        <ErrorBanner message={error ?? jobsError} onDismiss={() => setError(null)} />
        <DropZone
          disabled={sending}
          hint={specCode ? t('photos.screen.hintSpec', { spec: specCode }) : t('photos.screen.hintNoSpec')}
          onFiles={(files) => void submit(files)}
          extra={capture.toggle}
        />
        {capture.panel}
        {refused.length > 0 && (
          <div className="banner banner-error refused" role="alert">
            <ul aria-label={t('photos.screen.refused')}>
              {refused.map((r, i) => (
                <li key={`${r.fileName}-${i}`}>
                  {rich('photos.screen.refusedLine', {
                    file: r.fileName,
                    reason: r.error.message,
                    strong: (chunks) => <strong>{chunks}</strong>
                  })}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="link"
              aria-label={t('photos.screen.dismissRefused')}
              onClick={() => setRefused([])}
            >
              ×
            </button>
          </div>
        )}
        <JobOptions
          value={options}
          onChange={setOptions}
          onSensitivity={(s) => void setSensitivity(s)}
          customerRef={customerRef}
          onNextCustomer={nextCustomer}
        />
        <h2>{t('photos.screen.queue')}</h2>
        <JobQueue
          jobs={jobs}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onCancel={(jobId) => void act(() => call('photos:cancel', { jobId }))}
          onRetry={(jobId) => void act(() => call('photos:retry', { jobId }))}
          onRemake={(jobId) => void act(() => call('photos:remake', { jobId, confirmed: true }))}
          onClearFinished={() => void clearFinished().catch((e: unknown) => setError(messageOf(e)))}
        />
      </section>
      <aside className="photos-right" aria-label={t('photos.screen.right')} ref={resultRef}>
        {/* Said once when the current job finishes; the result's heading takes the focus at the same time. */}
        <p className="visually-hidden" role="status" aria-live="polite">
          {finished.message}
        </p>
        {selected ? (
          <ResultView key={selected.id} job={selected} onJob={(job) => put(job.id, job)} />
        ) : (
          <p className="muted">{t('photos.screen.selectHint')}</p>
        )}
        <AccountPanel refreshKey={accountKey} />
      </aside>
    </div>
  )
}
