import type { JobView } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'
import { CopiesControl } from './CopiesControl'
import { photoTitle } from './printable'
import type { ChosenPhoto } from './sheet-options'

/** Resolutions offered for a digital-only spec, whose size is given in pixels only. */
const DIGITAL_DPIS = [150, 200, 254, 300, 350, 400, 600] as const

/**
 * The finished photos that can go on a sheet, each with a tick box and, once chosen, how many copies. Several
 * photos (two specs, or two customers of one family) share one sheet. `digital` holds, per chosen photo whose spec
 * has no physical size, the dpi main printed it at and the note saying so; such a photo gets a dpi choice instead
 * of a guessed size.
 */
export function PhotoChooser(props: {
  jobs: JobView[]
  chosen: ChosenPhoto[]
  digital: ReadonlyMap<string, { dpi: number; text: string }>
  onChange: (next: ChosenPhoto[]) => void
}) {
  const { t, dateTime } = useT()
  const { chosen } = props
  const update = (jobId: string, patch: Partial<ChosenPhoto>) =>
    props.onChange(chosen.map((c) => (c.jobId === jobId ? { ...c, ...patch } : c)))
  const toggle = (jobId: string, on: boolean) =>
    props.onChange(on ? [...chosen, { jobId, copies: 'max' }] : chosen.filter((c) => c.jobId !== jobId))

  if (props.jobs.length === 0) return <p className="muted">{t('sheets.photos.none')}</p>
  return (
    <ul className="sheet-photos" aria-label={t('sheets.photos.list')}>
      {props.jobs.map((job) => {
        const title = photoTitle(job)
        const choice = chosen.find((c) => c.jobId === job.id)
        const spec = job.specName ?? job.specCode
        const note = props.digital.get(job.id)
        return (
          <li key={job.id} className={choice ? 'chosen' : undefined}>
            <label className="inline">
              <input
                type="checkbox"
                checked={choice !== undefined}
                disabled={!choice && chosen.length >= 12}
                onChange={(e) => toggle(job.id, e.target.checked)}
                aria-label={t('sheets.photos.put', { title })}
              />
              <span>
                <strong>{job.customer ?? t('sheets.photos.noName')}</strong> · {spec}
                <span className="muted">
                  {' · '}
                  {dateTime(job.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
              </span>
            </label>
            {choice && (
              <div className="sheet-photo-options">
                <CopiesControl
                  title={title}
                  value={choice.copies}
                  onChange={(copies) => update(job.id, { copies })}
                />
                {note && (
                  <>
                    <p className="muted note">{note.text}</p>
                    <label className="inline">
                      {t('sheets.photos.dpiFor', { spec })}
                      <select
                        aria-label={t('sheets.photos.dpiFor', { spec })}
                        value={choice.digitalDpi ?? note.dpi}
                        onChange={(e) => update(job.id, { digitalDpi: Number(e.target.value) })}
                      >
                        {DIGITAL_DPIS.map((dpi) => (
                          <option key={dpi} value={dpi}>
                            {t('sheets.dpi.value', { dpi })}
                          </option>
                        ))}
                      </select>
                    </label>
                  </>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
