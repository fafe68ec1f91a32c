// The facilitator's console: everything the terminal runner does, as buttons and the same keys
// (space, n, b, +, q then y), with who has joined, the cases brought in and their votes before the
// start, the takeaways and the attendance.
import { applyTexts, connectRoom, element, fill, levelNow, remainingNow, span } from './room-connection.js';

const token = new URLSearchParams(location.search).get('token') || '';
const $ = (id) => document.getElementById(id);
let texts = {};
let lang = 'en';
let room = null;
let receivedAt = 0;

const connection = connectRoom('console', token, {
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
    } else if (message.type === 'event') {
      logEvent(message.event);
    } else if (message.type === 'error') {
      $('problem').textContent = fill(texts.error, message.message);
      $('problem').hidden = false;
    }
  },
});

// The last events as the journal has them: the meeting's clock and what happened.
function logEvent(event) {
  const list = $('events');
  const clock = span(event.t || 0);
  const phase = event.phase && typeof event.phase === 'object' ? event.phase.name : '';
  const what = [event.event, phase, event.reason || '', event.left_percent !== undefined ? `${event.left_percent} %` : '']
    .filter(Boolean).join(' · ');
  list.prepend(element('li', 'event', `${clock}  ${what}`));
  while (list.children.length > 12) list.lastChild.remove();
}

function press(key) {
  $('problem').hidden = true;
  connection.send({ type: 'key', key });
}

for (const button of document.querySelectorAll('button[data-key]')) button.addEventListener('click', () => press(button.dataset.key));
$('start').addEventListener('click', () => connection.send({ type: 'start' }));
$('close').addEventListener('click', () => {
  connection.send({ type: 'close' });
  connection.stop();
  $('closed').hidden = false;
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey) return;
  // A focused button already answers space and Enter by itself.
  if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement ||
      event.target instanceof HTMLSelectElement) return;
  if (!room || room.status === 'choosing') return;
  if (room.status === 'waiting') {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      connection.send({ type: 'start' });
    }
    return;
  }
  const keys = { ' ': ' ', n: 'n', N: 'n', b: 'b', B: 'b', '+': '+', '=': '+', q: 'q', Q: 'q', y: 'y', Y: 'y' };
  const key = keys[event.key];
  if (key === undefined) {
    if (room.confirming_quit) press(' '); // any other key goes on
    return;
  }
  event.preventDefault();
  press(key);
});

function listItems(list, items, none = texts.none_yet) {
  list.replaceChildren(...items);
  if (items.length === 0) list.append(element('li', 'none', none));
}

function timeOf(iso) {
  return new Date(iso).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

// Before anything is chosen (palet serve alone): the meetings to be held, or one method.
let choicesShown = '';
function renderChoices() {
  const choosing = room.status === 'choosing';
  $('choose').hidden = !choosing;
  // Until then only the choice and closing the room matter.
  for (const id of ['members-section', 'takeaways-section', 'events-section', 'attendance-title', 'attendance']) $(id).hidden = choosing;
  document.querySelector('.now').hidden = choosing;
  document.querySelector('.controls').hidden = choosing;
  if (!choosing || choicesShown === JSON.stringify(room.choices)) return;
  choicesShown = JSON.stringify(room.choices);
  const choices = room.choices || { meetings: [], methods: [] };
  listItems($('meeting-choices'), choices.meetings.map((meeting) => {
    const button = element('button', 'choice', `${meeting.reference} · ${meeting.start}–${meeting.end}`);
    button.type = 'button';
    button.addEventListener('click', () => {
      $('problem').hidden = true;
      connection.send({ type: 'choose', meeting: meeting.reference });
    });
    const item = element('li');
    item.append(button);
    return item;
  }), texts.no_meetings);
  $('method-choice').replaceChildren(...choices.methods.map((method) => {
    const option = element('option', '', method.name);
    option.value = method.id;
    return option;
  }));
}

$('method-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const members = $('method-members').value.split(',').map((name) => name.trim()).filter(Boolean);
  if (members.length === 0) return;
  $('problem').hidden = true;
  connection.send({ type: 'choose', method: $('method-choice').value, members });
});

// In a phase in which the group chooses a role's holder: a button per member who may be chosen.
let holdersShown = '';
function renderHolderChoices() {
  const choices = room.holder_choices || [];
  $('holder-choices').hidden = choices.length === 0;
  if (holdersShown === JSON.stringify(choices)) return;
  holdersShown = JSON.stringify(choices);
  $('holder-choices').replaceChildren(...choices.map((choice) => {
    const block = element('div', 'holder-choice');
    block.dataset.role = choice.role;
    block.append(element('h3', '', fill(texts.choose_holder, choice.name)));
    const buttons = element('p', 'holder-buttons');
    for (const member of choice.members) {
      const button = element('button', member === choice.chosen ? 'holder chosen' : 'holder', member);
      button.type = 'button';
      button.setAttribute('aria-pressed', member === choice.chosen ? 'true' : 'false');
      button.addEventListener('click', () => {
        $('problem').hidden = true;
        connection.send({ type: 'holder', role: choice.role, member });
      });
      buttons.append(button);
    }
    block.append(buttons);
    const said = choice.chosen ? fill(texts.holder_chosen, choice.chosen) : fill(texts.holder_default, choice.members[0] || '');
    block.append(element('p', 'holder-said', said));
    return block;
  }));
}

function render() {
  renderChoices();
  renderHolderChoices();
  const phase = room.phase;
  const running = room.status === 'running' || room.status === 'paused';
  $('title').textContent = room.title || texts.room;
  $('status').textContent = texts[room.status] || '';
  $('part').textContent = phase ? phase.part : '';
  $('phase').textContent = phase ? `${phase.name} · ${fill(texts.phase_of, phase.index + 1, phase.count)}` : room.status === 'finished' ? texts.finished : '';
  $('next').textContent = room.next ? `${texts.next}: ${room.next.name} · ${fill(texts.minutes, room.next.minutes_text)}` : '';
  $('start').hidden = room.status !== 'waiting';
  for (const id of ['pause', 'extend', 'back', 'next-phase', 'quit']) {
    $(id).disabled = !running;
    $(id).hidden = room.status === 'finished';
  }
  document.querySelector('.keys').hidden = room.status === 'finished';
  $('quit-confirm').hidden = !room.confirming_quit;
  if (room.confirming_quit) $('quit-no').focus();
  $('close').hidden = running;
  if (room.join) {
    $('code').textContent = room.join.code;
    $('join-url').textContent = room.join.url.replace(/\?code=.*/, '');
  }
  listItems($('members'), (room.members || []).map((member) => {
    const state = member.online ? texts.online : member.joined ? texts.joined : texts.not_joined;
    const item = element('li', member.online ? 'member online' : 'member');
    item.append(element('span', 'member-name', member.name), ' ', element('span', 'member-state', state));
    return item;
  }));
  listItems($('takeaways'), (room.takeaways || []).map((takeaway) => {
    const item = element('li', 'takeaway-item');
    item.append(element('p', 'takeaway-where', takeaway.part || takeaway.phase), element('p', 'takeaway-text', takeaway.text));
    return item;
  }));
  listItems($('attendance'), (room.members || []).filter((member) => member.attended_at).map((member) => {
    const item = element('li', 'member');
    item.append(element('span', 'member-name', member.name), ' ', element('span', 'member-state', fill(texts.attended, timeOf(member.attended_at))));
    return item;
  }));
  const cases = room.status === 'waiting' ? room.cases : undefined;
  $('cases').hidden = !cases;
  if (cases) {
    listItems($('case-list'), cases.map((item) => {
      const entry = element('li', 'case');
      entry.append(element('p', 'case-label', `${item.number}. ${item.label}`),
        element('p', 'case-owner', `${item.owner} · ${fill(texts.votes, item.votes)}${item.voters.length ? ` (${item.voters.join(', ')})` : ''}`));
      return entry;
    }));
  }
  $('recorded').textContent = room.recorded || '';
  $('plugin-stops').replaceChildren(...(room.plugin_stops || []).map((stop) =>
    element('li', 'plugin-stop', fill(texts.plugin_stopped, stop.method, stop.sentence))));
  tick();
}

function tick() {
  const countdown = $('countdown');
  if (!room || !room.phase || room.status === 'finished') {
    countdown.textContent = '';
    return;
  }
  const remaining = remainingNow(room, receivedAt);
  countdown.textContent = span(remaining);
  countdown.className = `countdown ${levelNow(room, remaining)}${room.status === 'paused' ? ' paused' : ''}`;
}

setInterval(tick, 250);
