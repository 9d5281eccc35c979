import { useEffect, useRef, useState } from 'react'
import type { CaptureGuide, Sensitivity } from '../../../../electron/shared/contract'
import { useAppState } from '../../app/app-state'
import { call, messageOf } from '../../lib/studio'
import { keyLabel } from '../../../../electron/shared/camera-rules'
import { GuideOverlay } from './GuideOverlay'
import { useCamera } from './use-camera'
import { useLiveCheck } from './use-live-check'
import { useShutter } from './use-shutter'
import { useT } from '../../lib/i18n'

/**
 * The Camera view of the Photos screen: the chosen camera's live view (mirrored by default, the photo never),
 * the spec's head guide coloured by the live check, the check's advice in words, and the shutter.
 */
export function CameraView(props: {
  specCode: string | null
  sensitivity: Sensitivity
  onCapture: (files: File[]) => Promise<void>
  onClose: () => void
}) {
  const { t } = useT()
  const { settings, reload } = useAppState()
  const camera = settings.capture.camera
  const cam = useCamera({ deviceId: camera.deviceId, label: camera.label })
  const [video, setVideo] = useState<HTMLVideoElement | null>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const [guide, setGuide] = useState<CaptureGuide | null>(null)
  const [guideError, setGuideError] = useState<string | null>(null)
  const shutterButton = useRef<HTMLButtonElement>(null)
  const shutter = useShutter({
    video,
    ready: cam.stream !== null && size !== null && props.specCode !== null,
    countdown: camera.countdown,
    footswitchKey: camera.footswitchKey,
    onCapture: props.onCapture
  })
  // The live check waits while the shutter works: the burst needs the CPU.
  const checking = useLiveCheck({
    video: cam.stream ? video : null,
    specCode: props.specCode,
    sensitivity: props.sensitivity,
    paused: shutter.busy
  })

  useEffect(() => {
    if (video) video.srcObject = cam.stream
  }, [video, cam.stream])

  // Once the live view is there, the shutter takes the focus (Space then takes the photo), unless the operator is
  // already somewhere else on the screen, typing a name say.
  const live = size !== null
  useEffect(() => {
    const at = document.activeElement
    const idle = at === null || at === document.body || at.getAttribute('aria-pressed') === 'true'
    if (live && idle) shutterButton.current?.focus()
  }, [live])

  useEffect(() => {
    setGuide(null)
    if (!props.specCode) return
    let current = true
    call('capture:guide', { specCode: props.specCode }).then(
      (g) => current && (setGuide(g), setGuideError(null)),
      (e) => current && setGuideError(messageOf(e))
    )
    return () => {
      current = false
    }
  }, [props.specCode])

  const toggle = (key: 'mirror' | 'countdown') => async () => {
    await call('capture:update-camera', { [key]: !camera[key] }).catch(() => undefined)
    await reload()
  }
  const check = checking.check
  const advice =
    check === null ? null : check.state === 'ready' ? t('camera.view.ready') : check.messages[0]?.text
  return (
    <section className="camera" aria-label={t('camera.view.region')}>
      <div className="camera-bar">
        <label>
          {t('camera.view.camera')}
          <select
            value={cam.active?.deviceId ?? ''}
            onChange={(e) => void cam.choose(e.target.value)}
            disabled={cam.devices.length === 0}
          >
            {cam.devices.length === 0 && <option value="">{t('camera.view.noCamera')}</option>}
            {cam.devices.map((d) => (
              <option key={d.deviceId} value={d.deviceId}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={camera.mirror} onChange={() => void toggle('mirror')()} />
          {t('camera.view.mirror')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={camera.countdown} onChange={() => void toggle('countdown')()} />
          {t('camera.view.countdown')}
        </label>
        <button type="button" onClick={props.onClose}>
          {t('camera.view.close')}
        </button>
      </div>
      {cam.error && (
        <div className="banner banner-error" role="alert">
          <span>{cam.error}</span>
          <button type="button" onClick={cam.retry}>
            {t('camera.view.tryAgain')}
          </button>
        </div>
      )}
      {cam.note && <p className="banner banner-warn">{cam.note}</p>}
      {!props.specCode && <p className="banner banner-warn">{t('camera.view.chooseSpec')}</p>}
      {guideError && <p className="banner banner-error">{guideError}</p>}
      <div className="camera-stage" hidden={cam.stream === null}>
        <video
          ref={setVideo}
          className={camera.mirror ? 'mirrored' : undefined}
          autoPlay
          muted
          playsInline
          aria-label={t('camera.view.live')}
          data-mirrored={camera.mirror}
          onLoadedMetadata={(e) =>
            setSize({ width: e.currentTarget.videoWidth, height: e.currentTarget.videoHeight })
          }
          onResize={(e) =>
            setSize({ width: e.currentTarget.videoWidth, height: e.currentTarget.videoHeight })
          }
        />
        {guide && size && (
          <GuideOverlay
            width={size.width}
            height={size.height}
            guide={guide}
            check={check}
            mirrored={camera.mirror}
          />
        )}
        {shutter.count !== null && (
          <div className="countdown" aria-live="assertive">
            {shutter.count}
          </div>
        )}
      </div>
      {cam.stream && (
        <div className="camera-status">
          <p
            className={`camera-advice advice-${check?.state ?? 'waiting'}`}
            role="status"
            data-testid="camera-advice"
          >
            {checking.error ?? advice ?? t('camera.view.checking')}
          </p>
          {check && check.messages.length > 1 && (
            <ul className="camera-more" aria-label={t('camera.view.also')}>
              {check.messages.slice(1).map((m) => (
                <li key={m.code}>{m.text}</li>
              ))}
            </ul>
          )}
          <p className="muted">
            {guide?.legend.join(' · ')}
            {guide?.conflict ? ` · ${guide.conflict}` : ''}
            {cam.active
              ? ` · ${t('camera.view.activeCamera', {
                  label: cam.active.label,
                  width: size?.width ?? cam.active.width,
                  height: size?.height ?? cam.active.height
                })}`
              : ''}
            {checking.rate !== null ? ` · ${t('camera.view.rate', { rate: checking.rate })}` : ''}
          </p>
          <div className="shutter-row">
            <button
              ref={shutterButton}
              type="button"
              className="primary shutter"
              disabled={shutter.busy || !props.specCode || !size}
              onClick={() => void shutter.shoot()}
            >
              {shutter.busy ? t('camera.view.taking') : t('camera.view.take')}
            </button>
            <span className="muted">
              {t('camera.view.keys', {
                footswitch: camera.footswitchKey ? keyLabel(camera.footswitchKey) : 'none'
              })}
            </span>
          </div>
          {shutter.message && (
            <p className="camera-result" role="status">
              {shutter.message}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
