// The projector: the phase, a big countdown, who does what now, what comes next, the meeting's
// progress, the time of day and how to join. Legible from five metres on a 1920×1080 beamer.
import { applyTexts, clockText, connectRoom, element, fill, levelNow, remainingNow, span } from './room-connection.js';

const key = new URLSearchParams(location.search).get('key') || '';
let texts = {};
let lang = 'en';
let room = null;
let receivedAt = 0;
let qrFor = '';

const $ = (id) => document.getElementById(id);

function render() {
  if (!room) return;
  const phase = room.phase;
  $('title').textContent = room.title || texts.room;
  $('status').textContent = texts[room.status] || '';
  $('part').textContent = phase ? phase.part : '';
  $('phase').textContent = phase ? phase.name : room.status === 'finished' ? texts.finished : '';
  $('phase-count').textContent = phase
    ? fill(texts.phase_of, phase.index + 1, phase.count) + ' · ' +
      (phase.round ? fill(texts.round_of, phase.round.name, phase.round.number, phase.round.of) + ' · ' : '') +
      fill(texts.minutes, phase.minutes_text) +
      (phase.silent ? ' · ' + texts.silent : '') +
      (room.status === 'waiting' ? ' · ' + texts.first_phase : '')
    : '';
  // Before the start: how many votes each case has, by its number (its label where the group allows).
  const cases = room.status === 'waiting' ? room.cases || [] : [];
  $('cases').hidden = cases.length === 0;
  $('cases').replaceChildren(...cases.map((item) =>
    element('span', 'case-votes', `${item.label || fill(texts.case_number, item.number)} · ${fill(texts.votes, item.votes)}`)));
  // In a phase in which the group chooses a role's holder: that it does, and whom it chose.
  const choosing = room.choosing || [];
  $('choosing').hidden = choosing.length === 0;
  $('choosing').textContent = choosing.map((choice) => (choice.chosen
    ? fill(texts.holder_now, choice.chosen, choice.name) : fill(texts.choose_holder, choice.name))).join(' ');
  const roles = $('roles');
  roles.replaceChildren();
  for (const role of room.roles || []) {
    const item = element('li', role.speaks ? 'role' : 'role listens');
    const who = element('p', 'role-who');
    who.append(element('strong', '', role.name), ' ', element('span', 'holders', role.holders.join(', ')));
    const away = { absent: texts.away_absent, 'back-turned': texts.away_back_turned }[role.presence];
    if (away) who.append(' ', element('span', 'away', `(${away})`));
    item.append(who);
    if (role.instruction) item.append(element('p', 'role-does', role.instruction));
    roles.append(item);
  }
  // Subgroups side by side: each with its members and who holds which role there now.
  const subgroups = room.subgroups || [];
  $('subgroups-section').hidden = subgroups.length === 0;
  $('subgroups').replaceChildren(...subgroups.map((subgroup) => {
    const item = element('li', subgroup.finished ? 'role listens' : 'role');
    item.append(element('p', 'role-who', `${fill(texts.subgroup, subgroup.number)} · ${subgroup.members.join(', ')}`));
    item.append(element('p', 'role-does', subgroup.finished ? texts.subgroup_finished
      : subgroup.roles.map((role) => `${role.name}: ${role.holders.join(', ')}`).join(' · ')));
    return item;
  }));
  $('next').textContent = room.next ? `${room.next.name} · ${fill(texts.minutes, room.next.minutes_text)}` : phase ? texts.last_phase : '';
  if (room.join) {
    $('code').textContent = room.join.code;
    $('join-url').textContent = room.join.url.replace(/\?code=.*/, '');
    if (qrFor !== room.join.url) {
      qrFor = room.join.url;
      $('qr').src = `/qr.svg?key=${encodeURIComponent(key)}&v=${encodeURIComponent(room.join.code)}`;
    }
  }
  tick();
}

// "0:07", "2:30": the meeting's clock as hours and minutes.
function hoursAndMinutes(ms) {
  const minutes = Math.floor(Math.max(0, ms) / 60000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

// The agenda's progress now: the room's figure, run on while the phase's planned minutes last.
function progressNow() {
  const phase = room.phase;
  if (!phase || room.status !== 'running' || !phase.on) return room.progress_ms;
  const plannedLeft = Math.max(0, phase.minutes * 60000 - (phase.length_ms - phase.remaining_ms));
  return room.progress_ms + Math.min(plannedLeft, Math.max(0, phase.remaining_ms - remainingNow(room, receivedAt)));
}

// The meeting's clock now: it runs while the meeting does.
function clockNow() {
  if (room.status !== 'running') return room.clock_ms;
  return room.clock_ms + (performance.now() - receivedAt) * (room.speed || 1);
}

function showProgress() {
  const progress = progressNow();
  $('progress').value = room.planned_ms > 0 ? Math.round(Math.min(1, progress / room.planned_ms) * 1000) : 0;
  $('progress-text').textContent = fill(texts.progress, hoursAndMinutes(progress), hoursAndMinutes(room.planned_ms),
    hoursAndMinutes(clockNow()));
}

function tick() {
  $('time-of-day').textContent = clockText(lang);
  if (room) showProgress();
  if (!room || !room.phase) {
    $('countdown').textContent = '';
    return;
  }
  const remaining = remainingNow(room, receivedAt);
  const countdown = $('countdown');
  countdown.textContent = span(remaining);
  countdown.className = `countdown ${levelNow(room, remaining)}${room.status === 'paused' ? ' paused' : ''}`;
  countdown.setAttribute('aria-label', `${span(remaining)} ${texts.left || ''}`);
}

connectRoom('screen', key, {
  online(up) { $('connection').hidden = up; },
  message(message) {
    if (message.type === 'welcome') {
      texts = message.texts;
      lang = message.lang;
      applyTexts(texts, lang);
    } else if (message.type === 'room') {
      room = message;
      receivedAt = performance.now();
      render();
    }
  },
});
setInterval(tick, 250);
