// What every page of the room shares: the WebSocket to the room with its hello, reconnecting by
// itself after the screen locked or the network dropped, the texts the room sends, and the time.

const PROTOCOL = 1;

export function chosenLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  return (navigator.language || 'en').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

// Opens the room's socket and keeps it open. `handlers.message(object)` gets every message;
// `handlers.online(boolean)` hears when the connection comes and goes.
export function connectRoom(view, secret, handlers) {
  let socket = null;
  let delay = 500;
  let timer = null;
  let closedForGood = false;
  let lastSecret = secret;

  function open() {
    clearTimeout(timer);
    timer = null;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(`${scheme}//${location.host}/ws`);
    socket.addEventListener('open', () => {
      delay = 500;
      const hello = { type: 'hello', protocol: PROTOCOL, view, lang: chosenLanguage() };
      if (lastSecret) hello.secret = lastSecret;
      socket.send(JSON.stringify(hello));
      handlers.online(true);
    });
    socket.addEventListener('message', (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch { return; }
      handlers.message(message);
    });
    socket.addEventListener('close', (event) => {
      handlers.online(false);
      if (closedForGood || event.code === 1008) return;
      retry();
    });
  }

  function retry() {
    if (timer) return;
    timer = setTimeout(open, delay);
    delay = Math.min(delay * 2, 5000);
  }

  // Back from a locked screen or a sleeping tab: try at once.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && socket && socket.readyState === WebSocket.CLOSED && !closedForGood) {
      delay = 500;
      open();
    }
  });
  window.addEventListener('online', () => { if (socket && socket.readyState === WebSocket.CLOSED) open(); });

  open();
  return {
    send(object) {
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(object));
    },
    setSecret(value) { lastSecret = value; },
    stop() { closedForGood = true; if (socket) socket.close(); },
  };
}

// Fills every element with data-text="key" with the room's text for that key.
export function applyTexts(texts, lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-text]')) {
    const text = texts[element.dataset.text];
    if (text !== undefined) element.textContent = text;
  }
  for (const element of document.querySelectorAll('[data-label]')) {
    const text = texts[element.dataset.label];
    if (text === undefined) continue;
    if (element.tagName === 'IMG') element.alt = text;
    else element.setAttribute('aria-label', text);
  }
}

export function fill(text, ...values) {
  return values.reduce((result, value, index) => result.replace(`%${index + 1}`, value), text || '');
}

// "7:42", "-1:05", "1:02:03".
export function span(ms) {
  const negative = ms < 0;
  let seconds = Math.floor(Math.abs(ms) / 1000);
  if (negative) seconds = Math.ceil(Math.abs(ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  const body = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  return (negative ? '-' : '') + body;
}

// What is left of the phase now: the room's figure, run on by the local clock while it runs.
export function remainingNow(room, receivedAt) {
  const phase = room.phase;
  if (!phase) return 0;
  if (room.status !== 'running' || !phase.on) return phase.remaining_ms;
  return phase.remaining_ms - (performance.now() - receivedAt) * (room.speed || 1);
}

// The level of the time as the room gave it (its warnings come as they fall due), and over time
// as soon as the local clock passes zero.
export function levelNow(room, remaining) {
  if (remaining < 0) return 'over';
  return room.phase ? room.phase.level : 'calm';
}

export function clockText(lang) {
  return new Date().toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}
