import type { JobView } from '../../../../electron/shared/contract'
import { CopiesControl } from './CopiesControl'
import { photoDate, photoTitle } from './printable'
import type { ChosenPhoto } from './sheet-options'

/** The dpi main used, from its note "No physical size: printed at 600 dpi → …". */
function noteDpi(note: string): number | null {
  const dpi = Number(/printed at (\d+) dpi/.exec(note)?.[1])
  return Number.isInteger(dpi) && dpi > 0 ? dpi : null
}

/** Resolutions offered for a digital-only spec, whose size is given in pixels only. */
const DIGITAL_DPIS = [150, 200, 254, 300, 350, 400, 600] as const

/**
 * The finished photos that can go on a sheet, each with a tick box and, once chosen, how many copies. Several
 * photos (two specs, or two customers of one family) share one sheet. `notes` are the layout's notes, which say
 * when a spec has no physical size; such a photo gets a dpi choice instead of a guessed size.
 */
export function PhotoChooser(props: {
  jobs: JobView[]
  chosen: ChosenPhoto[]
  notes: string[]
  onChange: (next: ChosenPhoto[]) => void
}) {
  const { chosen } = props
  const update = (jobId: string, patch: Partial<ChosenPhoto>) =>
    props.onChange(chosen.map((c) => (c.jobId === jobId ? { ...c, ...patch } : c)))
  const toggle = (jobId: string, on: boolean) =>
    props.onChange(on ? [...chosen, { jobId, copies: 'max' }] : chosen.filter((c) => c.jobId !== jobId))

  if (props.jobs.length === 0) {
    return (
      <p className="muted">
        No finished photos yet. Make one on the Photos screen; a watermark preview appears here once it is
        unlocked.
      </p>
    )
  }
  return (
    <ul className="sheet-photos" aria-label="Finished photos">
      {props.jobs.map((job) => {
        const title = photoTitle(job)
        const choice = chosen.find((c) => c.jobId === job.id)
        const spec = job.specName ?? job.specCode
        const note = props.notes.find((n) => n.startsWith(`${spec}: `))
        return (
          <li key={job.id} className={choice ? 'chosen' : undefined}>
            <label className="inline">
              <input
                type="checkbox"
                checked={choice !== undefined}
                disabled={!choice && chosen.length >= 12}
                onChange={(e) => toggle(job.id, e.target.checked)}
                aria-label={`Put ${title} on the sheet`}
              />
              <span>
                <strong>{job.customer ?? 'No name'}</strong> · {spec}
                <span className="muted"> · {photoDate(job)}</span>
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
                    <p className="muted note">{note.slice(spec.length + 2)}</p>
                    <label className="inline">
                      Print resolution for {spec}
                      <select
                        aria-label={`Print resolution for ${spec}`}
                        value={choice.digitalDpi ?? noteDpi(note) ?? 300}
                        onChange={(e) => update(job.id, { digitalDpi: Number(e.target.value) })}
                      >
                        {DIGITAL_DPIS.map((dpi) => (
                          <option key={dpi} value={dpi}>
                            {dpi} dpi
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
