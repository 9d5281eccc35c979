// The browser harness's stand-in for the preload: the same `window.studio` shape (one function per channel and
// `on`), carried over HTTP to the real handler registry instead of Electron's IPC. Served only by the harness.
;(function () {
  'use strict'
  function toBase64(bytes) {
    let s = ''
    for (let i = 0; i < bytes.length; i += 0x8000)
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000))
    return btoa(s)
  }
  function fromBase64(text) {
    const s = atob(text)
    const out = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
    return out
  }
  function encode(value) {
    return JSON.stringify(value === undefined ? null : value, function (_k, v) {
      if (v instanceof Uint8Array) return { $bytes: toBase64(v) }
      if (v instanceof ArrayBuffer) return { $bytes: toBase64(new Uint8Array(v)) }
      return v
    })
  }
  function decode(text) {
    return JSON.parse(text, function (_k, v) {
      return v && typeof v === 'object' && typeof v.$bytes === 'string' ? fromBase64(v.$bytes) : v
    })
  }
  const config = JSON.parse(document.getElementById('harness-config').textContent)
  const api = {}
  for (const channel of config.channels) {
    api[channel] = async function (input) {
      const response = await fetch('/__ipc/' + encodeURIComponent(channel), {
        method: 'POST',
        // The browser's language stands in for the operating system's (Electron's app.getLocale()).
        headers: {
          'content-type': 'application/json',
          'x-top-frame': String(window.top === window),
          'x-system-locale': navigator.language
        },
        body: input === undefined ? '' : encode(input)
      })
      return decode(await response.text())
    }
  }
  const listeners = new Map()
  const events = new EventSource('/__events')
  events.onmessage = function (message) {
    const data = decode(message.data)
    const set = listeners.get(data.event)
    if (set)
      set.forEach(function (fn) {
        fn(data.payload)
      })
  }
  api.on = function (event, listener) {
    if (config.events.indexOf(event) < 0 || typeof listener !== 'function') return function () {}
    if (!listeners.has(event)) listeners.set(event, new Set())
    listeners.get(event).add(listener)
    return function () {
      listeners.get(event).delete(listener)
    }
  }
  window.studio = Object.freeze(api)
})()
