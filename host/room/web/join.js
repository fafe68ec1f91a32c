// A participant's phone: join with the code, pick your name, then your own role and instruction
// for this phase, the time left and what comes next; your takeaway in your closing phase as case
// owner, and your attendance at the end. Before the start: bring in a case and vote on the cases. The device token is kept, so the phone rejoins by itself.
import { applyTexts, connectRoom, element, fill, levelNow, remainingNow, span } from './room-connection.js';

const STORE = 'palet-room-device';
const $ = (id) => document.getElementById(id);
let texts = {};
let lang = 'en';
let room = null;
let receivedAt = 0;
let shownPhase = null;
let code = new URLSearchParams(location.search).get('code') || '';
let device = localStorage.getItem(STORE) || '';

function show(step) {
  for (const id of ['code-step', 'name-step', 'room-step']) $(id).hidden = id !== step;
}

function problem(text) {
  $('problem').textContent = text || '';
  $('problem').hidden = !text;
}

const connection = connectRoom('phone', device, {
  online(up) { $('connection').hidden = up; },
  message(message) {
    switch (message.type) {
    case 'welcome':
      texts = message.texts;
      lang = message.lang;
      applyTexts(texts, lang);
      if (message.member) {
        show('room-step');
      } else if (code) {
        connection.send({ type: 'code', code });
      } else {
        show('code-step');
        $('code').focus();
      }
      break;
    case 'names':
      showNames(message.names);
      break;
    case 'joined':
      device = message.device;
      localStorage.setItem(STORE, device);
      connection.setSecret(device);
      problem('');
      show('room-step');
      break;
    case 'room':
      room = message;
      receivedAt = performance.now();
      render();
      break;
    case 'error':
      onError(message);
      break;
    }
  },
});

function onError(message) {
  if (message.code === 'bad-device') {
    localStorage.removeItem(STORE);
    device = '';
    connection.setSecret('');
    show('code-step');
    return;
  }
  const known = { 'wrong-code': 'wrong_code', 'slow-down': 'slow_down', 'name-taken': 'name_taken', 'not-chosen': 'not_chosen' };
  if (message.code === 'wrong-code' || message.code === 'not-chosen') {
    code = '';
    show('code-step');
  }
  problem(known[message.code] ? texts[known[message.code]] : fill(texts.error, message.message));
}

function showNames(names) {
  const list = $('names');
  list.replaceChildren();
  for (const name of names) {
    const button = element('button', 'name', name);
    button.type = 'button';
    button.addEventListener('click', () => connection.send({ type: 'join', code, name }));
    const item = element('li');
    item.append(button);
    list.append(item);
  }
  problem('');
  show('name-step');
  list.querySelector('button')?.focus();
}

$('code-form').addEventListener('submit', (event) => {
  event.preventDefault();
  code = $('code').value.trim();
  if (!/^[0-9]{6}$/.test(code)) {
    problem(texts.wrong_code);
    return;
  }
  connection.send({ type: 'code', code });
});

$('takeaway-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('takeaway').value.trim();
  if (text) connection.send({ type: 'takeaway', text });
});

$('attend').addEventListener('click', () => connection.send({ type: 'attend' }));

$('case-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const label = $('case-label').value.trim();
  if (!label) return;
  problem('');
  connection.send({ type: 'case', label });
  $('case-label').value = '';
});

// Before the start: the cases brought in, a vote for each that appeals, and your own case.
function renderCases(me) {
  const cases = room.status === 'waiting' ? room.cases : undefined;
  $('cases').hidden = !cases;
  if (!cases) return;
  const list = $('case-list');
  list.replaceChildren();
  if (cases.length === 0) list.append(element('li', 'none', texts.no_cases));
  for (const item of cases) {
    const entry = element('li', item.owner === me.name ? 'case own' : 'case');
    entry.append(element('p', 'case-label', item.label));
    entry.append(element('p', 'case-owner', `${item.owner} · ${fill(texts.votes, item.votes)}`));
    const button = element('button', item.mine ? 'vote quiet' : 'vote', item.mine ? texts.unvote : texts.vote);
    button.type = 'button';
    button.setAttribute('aria-pressed', item.mine ? 'true' : 'false');
    button.setAttribute('aria-label', `${item.mine ? texts.unvote : texts.vote}: ${item.label}`);
    button.addEventListener('click', () => connection.send({ type: 'vote', case: item.number, vote: !item.mine }));
    entry.append(button);
    list.append(entry);
  }
  $('case-form').hidden = cases.some((item) => item.owner === me.name);
}

$('leave').addEventListener('click', () => {
  localStorage.removeItem(STORE);
  location.href = '/join';
});

function roleItems(list, roles) {
  list.replaceChildren();
  for (const role of roles) {
    const item = element('li', 'role');
    item.append(element('p', 'role-who', role.name));
    item.append(element('p', 'role-does', role.instruction || texts.no_task));
    list.append(item);
  }
}

function render() {
  if (!room || !room.me) return;
  show('room-step');
  const me = room.me;
  const phase = room.phase;
  $('me').textContent = me.name;
  $('status').textContent = texts[room.status] || '';
  $('part').textContent = phase ? phase.part : '';
  $('phase').textContent = phase ? `${phase.name} · ${fill(texts.phase_of, phase.index + 1, phase.count)}` : texts.finished;
  // In a round and in a subgroup: which round, and the member's own subgroup and whether it is done.
  const subgroup = me.subgroup;
  $('subgroup').hidden = !subgroup && !(phase && phase.round);
  $('subgroup').textContent = [
    phase && phase.round ? fill(texts.round_of, phase.round.name, phase.round.number, phase.round.of) : '',
    subgroup ? fill(texts.your_subgroup, subgroup.members.join(', ')) : '',
    subgroup && subgroup.finished ? texts.your_subgroup_finished : '',
  ].filter(Boolean).join(' · ');
  // In a phase in which the group chooses a role's holder: that it does, and whom it chose.
  const choosing = room.choosing || [];
  $('choosing').hidden = choosing.length === 0;
  $('choosing').textContent = choosing.map((choice) => (choice.chosen
    ? fill(texts.holder_now, choice.chosen, choice.name) : fill(texts.choose_holder, choice.name))).join(' ');
  const mine = me.roles || [];
  roleItems($('my-roles'), mine);
  // Out of the room or back turned says more than "listen"; the room says which.
  const away = mine.some((role) => role.presence === 'absent') ? texts.go_out
    : mine.some((role) => role.presence === 'back-turned') ? texts.turn_back : texts.listen;
  $('listen').textContent = away;
  $('listen').hidden = room.status === 'finished' || !mine.some((role) => !role.speaks);
  const next = me.next_roles || [];
  $('next').textContent = room.next
    ? `${room.next.name}: ${next.map((role) => `${role.name} — ${role.instruction || texts.no_task}`).join(' ')}`
    : texts.last_phase;
  $('takeaway-form').hidden = !me.takeaway_due || Boolean(me.takeaway);
  $('takeaway-saved').hidden = !me.takeaway;
  $('takeaway-saved').textContent = me.takeaway ? `${texts.takeaway_saved} “${me.takeaway}”` : '';
  renderCases(me);
  $('attendance').hidden = !room.attendance_open;
  $('attend').hidden = Boolean(me.attended_at);
  $('attended').hidden = !me.attended_at;
  if (me.attended_at) {
    const at = new Date(me.attended_at);
    $('attended').textContent = fill(texts.attended, at.toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' }));
  }
  const index = phase ? phase.index : -1;
  if (shownPhase !== null && index !== shownPhase && navigator.vibrate) navigator.vibrate([200, 100, 200]);
  shownPhase = index;
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
  countdown.setAttribute('aria-label', `${span(remaining)} ${texts.left || ''}`);
}

setInterval(tick, 250);
