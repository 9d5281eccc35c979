import { useEffect, useState } from 'react'
import { useAppState } from '../../app/app-state'
import { call, messageOf } from '../../lib/studio'
import { keyLabel } from '../../../../electron/shared/camera-rules'
import { useT } from '../../lib/i18n'

/** Settings › Camera: the footswitch key, the countdown and the mirrored live view. */
export function CameraSettings() {
  const { t } = useT()
  const { settings, reload } = useAppState()
  const camera = settings.capture.camera
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async (patch: Parameters<typeof call<'capture:update-camera'>>[1]) => {
    setError(null)
    try {
      await call('capture:update-camera', patch)
      await reload()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  useEffect(() => {
    if (!listening) return
    // The next key pressed is the footswitch's (a USB footswitch types one key); Escape cancels.
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault()
      e.stopPropagation()
      setListening(false)
      if (e.code !== 'Escape' && e.code !== '') void save({ footswitchKey: e.code })
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  })

  return (
    <section aria-labelledby="camera-heading">
      <h2 id="camera-heading">{t('camera.settings.title')}</h2>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <p>
        {t('camera.settings.footswitch')}{' '}
        <kbd data-testid="footswitch-key">
          {camera.footswitchKey ? keyLabel(camera.footswitchKey) : t('camera.settings.none')}
        </kbd>{' '}
        <button type="button" onClick={() => setListening(true)} aria-pressed={listening}>
          {listening ? t('camera.settings.listening') : t('camera.settings.setFootswitch')}
        </button>{' '}
        {camera.footswitchKey && (
          <button type="button" onClick={() => void save({ footswitchKey: null })}>
            {t('camera.settings.noFootswitch')}
          </button>
        )}
      </p>
      <label className="inline">
        <input
          type="checkbox"
          checked={camera.countdown}
          onChange={() => void save({ countdown: !camera.countdown })}
        />
        {t('camera.settings.countdown')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={camera.mirror}
          onChange={() => void save({ mirror: !camera.mirror })}
        />
        {t('camera.settings.mirror')}
      </label>
    </section>
  )
}
