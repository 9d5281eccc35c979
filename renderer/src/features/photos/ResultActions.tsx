import type { JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { confirmAttention } from './confirm-attention'
import { isSavable } from './job-labels'
import { useT } from '../../lib/i18n'

/**
 * The result's main actions, at the top of the result pane so they are in view with the photo: Unlock (a
 * watermarked preview), Save photo and Print…. A photo that needs attention asks first, saying why; Cancel keeps it
 * unsaved, and a yes is recorded on the job (photos:accept-attention) before it is saved or put on a sheet.
 */
export function ResultActions(props: {
  job: JobView
  busy: boolean
  locked: boolean
  run: (work: () => Promise<string | null>) => Promise<void>
  onJob: (job: JobView) => void
  onUnlock: () => void
  onPrint: (jobId: string) => void
}) {
  const { t } = useT()
  const { job } = props
  const savable = isSavable(job)

  /** True once the photo may go out: it needed no confirmation, or the operator just gave it. */
  const confirmed = async (action: 'save' | 'print'): Promise<boolean> => {
    const now = await confirmAttention(job, action)
    if (now === null) return false
    if (now !== job) props.onJob(now)
    return true
  }

  const save = () =>
    props.run(async () => {
      if (!(await confirmed('save'))) return t('photos.actions.notSaved')
      const saved = await call('photos:save', { jobId: job.id, what: 'photo' })
      props.onJob(await call('photos:get-job', { jobId: job.id }))
      return saved.path === null ? null : t('photos.result.savedTo', { path: saved.path })
    })
  const print = () =>
    props.run(async () => {
      if (!(await confirmed('print'))) return t('photos.actions.notOnSheet')
      props.onPrint(job.id)
      return null
    })

  return (
    <div className="row result-actions" role="group" aria-label={t('photos.actions.group')}>
      {props.locked && (
        <button
          type="button"
          className="primary"
          data-command="photos:unlock"
          disabled={props.busy}
          onClick={props.onUnlock}
        >
          {t('photos.actions.unlock')}
        </button>
      )}
      <button
        type="button"
        className={props.locked ? undefined : 'primary'}
        data-command="photos:save"
        disabled={props.busy || !savable}
        onClick={() => void save()}
      >
        {t('photos.actions.save')}
      </button>
      <button
        type="button"
        data-command="photos:print"
        disabled={props.busy || !savable}
        onClick={() => void print()}
      >
        {t('photos.actions.print')}
      </button>
    </div>
  )
}
