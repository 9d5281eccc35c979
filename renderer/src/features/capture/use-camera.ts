import { useCallback, useEffect, useRef, useState } from 'react'
import { call } from '../../lib/studio'
import {
  cameraErrorMessage,
  fullResolutionConstraints,
  type SizeCapabilities
} from '../../../../electron/shared/camera-rules'
import { translateNow } from '../../lib/i18n'

/** A camera the browser lists. */
export interface CameraDevice {
  deviceId: string
  label: string
}

/** The camera as the view sees it. */
export interface CameraState {
  stream: MediaStream | null
  devices: CameraDevice[]
  /** The camera in use, and its resolution (the full resolution it was asked for). */
  active: { deviceId: string; label: string; width: number; height: number } | null
  error: string | null
  /** Said once when the camera remembered from last time is not connected and another one is shown. */
  note: string | null
  starting: boolean
}

const errorName = (error: unknown) =>
  error instanceof DOMException || error instanceof Error ? error.name : 'UnknownError'

async function open(deviceId: string | null): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: deviceId ? { deviceId: { exact: deviceId } } : true
  })
}

/**
 * The camera's stream for the Camera view: tells main the view is open (the permission handler allows the camera
 * only then), opens the chosen camera (or the one remembered, or the default), asks it for its full resolution,
 * lists the cameras, and stops everything when the view closes.
 */
export function useCamera(remembered: { deviceId: string | null; label: string | null }) {
  const [state, setState] = useState<CameraState>({
    stream: null,
    devices: [],
    active: null,
    error: null,
    note: null,
    starting: true
  })
  const streamRef = useRef<MediaStream | null>(null)
  const rememberedRef = useRef(remembered)
  // Each start (and the view closing) takes a new number; a camera that opens for an older one is closed at once.
  const generation = useRef(0)

  const stop = useCallback(() => {
    generation.current++
    for (const track of streamRef.current?.getTracks() ?? []) track.stop()
    streamRef.current = null
  }, [])

  const start = useCallback(
    async (deviceId: string | null) => {
      stop()
      const mine = generation.current
      setState((s) => ({ ...s, starting: true, error: null, note: null, stream: null }))
      if (!navigator.mediaDevices?.getUserMedia) {
        setState((s) => ({ ...s, starting: false, error: cameraErrorMessage('Unsupported', translateNow) }))
        return
      }
      let note: string | null = null
      let stream: MediaStream
      try {
        await call('capture:set-camera-view', { open: true })
        try {
          stream = await open(deviceId)
        } catch (error) {
          // The camera chosen last time may be unplugged: show another one and say so.
          if (deviceId === null || !['NotFoundError', 'OverconstrainedError'].includes(errorName(error)))
            throw error
          stream = await open(null)
          note = translateNow('camera.view.notConnected', {
            known: rememberedRef.current.label ? 'yes' : 'no',
            label: rememberedRef.current.label ?? ''
          })
        }
      } catch (error) {
        if (mine === generation.current) {
          setState((s) => ({
            ...s,
            starting: false,
            error: cameraErrorMessage(errorName(error), translateNow)
          }))
        }
        return
      }
      if (mine !== generation.current) {
        for (const track of stream.getTracks()) track.stop()
        return
      }
      streamRef.current = stream
      const track = stream.getVideoTracks()[0]
      if (!track) return
      const full = fullResolutionConstraints(track.getCapabilities?.() as SizeCapabilities | undefined)
      // A camera that refuses its own largest size keeps its default one; the photo is still taken at that size.
      if (full) await track.applyConstraints(full).catch(() => undefined)
      track.addEventListener('ended', () =>
        setState((s) => ({
          ...s,
          stream: null,
          active: null,
          error: cameraErrorMessage('Ended', translateNow)
        }))
      )
      const settings = track.getSettings()
      const devices = (await navigator.mediaDevices.enumerateDevices())
        .filter((d) => d.kind === 'videoinput')
        .map((d, i) => ({
          deviceId: d.deviceId,
          label: d.label || translateNow('camera.view.defaultName', { number: i + 1 })
        }))
      if (mine !== generation.current) return
      const activeId = settings.deviceId ?? deviceId ?? ''
      const label =
        devices.find((d) => d.deviceId === activeId)?.label ??
        track.label ??
        translateNow('camera.view.camera')
      setState({
        stream,
        devices,
        active: { deviceId: activeId, label, width: settings.width ?? 0, height: settings.height ?? 0 },
        error: null,
        note,
        starting: false
      })
      if (activeId && activeId !== rememberedRef.current.deviceId && note === null) {
        rememberedRef.current = { deviceId: activeId, label }
        await call('capture:update-camera', { deviceId: activeId, label: label.slice(0, 256) }).catch(
          () => undefined
        )
      }
    },
    [stop]
  )

  useEffect(() => {
    void start(rememberedRef.current.deviceId)
    return () => {
      stop()
      void call('capture:set-camera-view', { open: false }).catch(() => undefined)
    }
  }, [start, stop])

  /** Switches to another camera, remembered for next time. */
  const choose = useCallback(
    async (deviceId: string) => {
      const label = state.devices.find((d) => d.deviceId === deviceId)?.label ?? null
      rememberedRef.current = { deviceId, label }
      await call('capture:update-camera', { deviceId, label: label?.slice(0, 256) ?? null }).catch(
        () => undefined
      )
      await start(deviceId)
    },
    [start, state.devices]
  )

  return { ...state, retry: () => void start(rememberedRef.current.deviceId), choose }
}
