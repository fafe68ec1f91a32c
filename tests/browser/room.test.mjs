// The room in a real browser: Debian's chromium driven by playwright-core. A console, a projector
// and four phones go through a meeting (join, cases brought in and voted on, start with the chosen
// case's owner, pause, a minute more, next, the owner's
// takeaway, attendance), every view checked after each step, in English and in Dutch; then palet
// is killed mid-meeting and started again, and the phones come back by themselves. Screenshots of
// every view are kept under PALET_ARTEFACTS. Every wait is on a condition with a generous
// deadline, never a fixed sleep, so a loaded machine only makes it slower.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const palet = process.env.PALET_BINARY;
const artefacts = process.env.PALET_ARTEFACTS || path.join(tmpdir(), 'palet-room-artefacts');
const WAIT = 60000;
const members = ['Ann', 'Bo', 'Cas', 'Dee'];

const words = {
  en: {
    waiting: 'Waiting for the start', running: 'Running', paused: 'Paused', finished: 'The meeting has ended',
    phases: ['Introduce the issue', 'Clarifying questions', 'Brainstorm', 'Synthesis', "Case owner's reaction"],
    owner: 'Case owner', listen: 'Listen, do not respond', attended: 'Attendance confirmed at',
    votes: 'votes:', vote: 'Vote', unvote: 'Take back my vote', caseOfAnn: 'Setting limits', caseOfBo: 'Team meeting runs late',
    progress: 'Agenda: 0:13 of 0:30 done',
    choosing: 'Waiting for the facilitator to choose the meeting', noMeetings: 'No planned meetings in the store.',
    method: 'Five-step peer consultation', chooseMethod: 'Choose this method',
  },
  nl: {
    waiting: 'Wacht op de start', running: 'Loopt', paused: 'Gepauzeerd', finished: 'De bijeenkomst is afgelopen',
    phases: ['Probleem introduceren', 'Verhelderende vragen', 'Brainstorm', 'Synthese', 'Reactie van de inbrenger'],
    owner: 'Inbrenger', listen: 'Luister, reageer niet', attended: 'Aanwezigheid bevestigd om',
    votes: 'stemmen:', vote: 'Stem', unvote: 'Trek mijn stem in', caseOfAnn: 'Grenzen stellen', caseOfBo: 'Teamoverleg loopt uit',
    progress: 'Agenda: 0:13 van 0:30 gedaan',
    choosing: 'Wacht tot de procesbegeleider de bijeenkomst kiest', noMeetings: 'Geen geplande bijeenkomsten in de opslag.',
    method: 'Collegiaal consult in vijf stappen', chooseMethod: 'Kies deze werkvorm',
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sandbox() {
  const root = mkdtempSync(path.join(tmpdir(), 'palet-room-'));
  const env = {
    PATH: process.env.PATH, HOME: path.join(root, 'home'), XDG_DATA_HOME: path.join(root, 'data'),
    XDG_STATE_HOME: path.join(root, 'state'), XDG_CACHE_HOME: path.join(root, 'cache'),
    XDG_DATA_DIRS: path.join(root, 'system'), LANG: 'C.UTF-8',
  };
  return { root, env };
}

// Starts palet serve and resolves with the three addresses it prints.
function serve(box, args) {
  const child = spawn(palet, ['serve', ...args], { cwd: box.root, env: box.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (data) => { err += data; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const addresses = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`palet serve printed no addresses: ${out} ${err}`)), WAIT);
    child.stdout.on('data', (data) => {
      out += data;
      const urls = out.match(/http:\/\/\S+/g) || [];
      if (urls.length >= 3) {
        clearTimeout(timer);
        resolve({ console: urls[0], screen: urls[1], join: urls[2] });
      }
    });
    child.on('exit', () => reject(new Error(`palet serve ended: ${out} ${err}`)));
  });
  return { child, addresses, exited, output: () => out + err };
}

async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

async function waitText(page, selector, expected) {
  await page.waitForFunction(([sel, text]) => {
    const found = document.querySelector(sel);
    return found && !found.closest('[hidden]') && found.textContent.includes(text);
  }, [selector, expected], { timeout: WAIT });
}

async function waitVisible(page, selector, visible = true) {
  await page.locator(selector).first().waitFor({ state: visible ? 'visible' : 'hidden', timeout: WAIT });
}

function seconds(text) {
  const negative = text.trim().startsWith('-');
  const parts = text.trim().replace('-', '').split(':').map(Number);
  const total = parts.reduce((sum, part) => sum * 60 + part, 0);
  return negative ? -total : total;
}

async function shoot(views, lang, step) {
  const folder = path.join(artefacts, lang);
  mkdirSync(folder, { recursive: true });
  for (const [name, page] of Object.entries(views)) await page.screenshot({ path: path.join(folder, `${step}-${name}.png`), fullPage: true });
}

async function joinPhone(page, joinUrl, code, name, lang) {
  await page.goto(`${joinUrl}?lang=${lang}`);
  await waitVisible(page, '#code');
  await page.fill('#code', code);
  await page.press('#code', 'Enter');
  await page.getByRole('button', { name, exact: true }).click({ timeout: WAIT });
  await waitText(page, '#me', name);
}

async function openRoom(browser, addresses, lang) {
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
  const beamer = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: lang });
  const consolePage = await desk.newPage();
  await consolePage.goto(`${addresses.console}&lang=${lang}`);
  const screen = await beamer.newPage();
  await screen.goto(`${addresses.screen}&lang=${lang}`);
  await page_waitCode(screen);
  const code = (await screen.textContent('#code')).trim();
  assert.match(code, /^[0-9]{6}$/);
  const phones = {};
  for (const name of members) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang, hasTouch: true });
    phones[name] = await context.newPage();
    await joinPhone(phones[name], addresses.join, code, name, lang);
  }
  return { consolePage, screen, phones, code };
}

async function page_waitCode(screen) {
  await screen.waitForFunction(() => /^[0-9]{6}$/.test(document.querySelector('#code')?.textContent.trim() || ''), null, { timeout: WAIT });
}

// A phone brings in its member's case, by its label.
async function bringIn(page, label) {
  await waitVisible(page, '#case-form');
  await page.fill('#case-label', label);
  await page.press('#case-label', 'Enter');
  await waitText(page, '#case-list', label);
  await waitVisible(page, '#case-form', false); // one case each
}

// A phone votes for the case with this label, or takes its vote back.
async function vote(page, label, w) {
  const button = page.locator('#case-list li', { hasText: label }).getByRole('button');
  const before = await button.getAttribute('aria-pressed');
  await button.click({ timeout: WAIT });
  await page.locator('#case-list li', { hasText: label }).getByRole('button', { pressed: before !== 'true' }).waitFor({ timeout: WAIT });
  assert.equal((await button.textContent()).trim(), before === 'true' ? w.vote : w.unvote);
}

function allViews(room) {
  return { console: room.consolePage, screen: room.screen, ...Object.fromEntries(members.map((name) => [`phone-${name}`, room.phones[name]])) };
}

async function everyView(room, check) {
  for (const page of Object.values(allViews(room))) await check(page);
}

for (const lang of ['en', 'nl']) {
  test(`a meeting in the room, every view after every step (${lang})`, { timeout: 10 * 60000 }, async () => {
    const w = words[lang];
    const box = sandbox();
    const port = await freePort();
    const served = serve(box, ['--method', 'peer-consultation', '--members', members.join(','), '--seed', '7',
      '--port', String(port), '--journal', 'room.jsonl']);
    const browser = await launch();
    try {
      const addresses = await served.addresses;
      const room = await openRoom(browser, addresses, lang);
      const { consolePage: desk, screen, phones } = room;

      // Before the start: the first phase and who holds which role, everywhere.
      await waitText(screen, '#status', w.waiting);
      await waitText(screen, '#phase', w.phases[0]);
      await waitText(screen, '#roles', 'Ann');
      await waitText(desk, '#members', 'Dee');
      await waitText(phones.Ann, '#my-roles', w.owner);

      // Cases brought in on the phones and voted on: Bo's gets three votes, Ann's one (Ann takes
      // back her vote for Bo's). The console sees who voted; the projector shows no label.
      await bringIn(phones.Bo, w.caseOfBo);
      await bringIn(phones.Ann, w.caseOfAnn);
      for (const name of ['Bo', 'Cas', 'Dee', 'Ann']) await vote(phones[name], w.caseOfBo, w);
      await vote(phones.Ann, w.caseOfBo, w);
      await vote(phones.Ann, w.caseOfAnn, w);
      await waitText(desk, '#case-list', `${w.votes} 3 (Bo, Cas, Dee)`);
      await waitText(desk, '#case-list', `${w.caseOfAnn}`);
      await waitText(phones.Cas, '#case-list', `Bo · ${w.votes} 3`);
      await waitText(screen, '#cases', `${w.votes} 3`);
      const screenText = await screen.textContent('body');
      assert.ok(!screenText.includes(w.caseOfBo) && !screenText.includes(w.caseOfAnn), 'no case label on the projector');
      await shoot(allViews(room), lang, '1-waiting');

      // At the start the plan is made again: Bo's case has the most votes, so Bo is the case owner.
      await desk.click('#start');
      await everyView(room, (page) => waitText(page, '#status', w.running));
      await everyView(room, (page) => waitText(page, '#phase', w.phases[0]));
      await waitText(phones.Bo, '#my-roles', w.owner);
      assert.ok(!(await phones.Ann.textContent('#my-roles')).includes(w.owner));
      for (const name of members) await waitVisible(phones[name], '#cases', false);
      await waitVisible(desk, '#cases', false);
      await shoot(allViews(room), lang, '2-started');

      // Keys work as at the terminal: space pauses, again resumes.
      await desk.keyboard.press('Space');
      await everyView(room, (page) => waitText(page, '#status', w.paused));
      await shoot(allViews(room), lang, '3-paused');
      await desk.keyboard.press('Space');
      await everyView(room, (page) => waitText(page, '#status', w.running));

      // A minute more: the 3-minute phase now has more than 3 minutes left.
      await desk.click('#extend');
      await screen.waitForFunction(() => {
        const [m, s] = document.querySelector('#countdown').textContent.split(':').map(Number);
        return m * 60 + s > 180;
      }, null, { timeout: WAIT });
      assert.ok(seconds(await phones.Dee.textContent('#countdown')) > 170);
      await shoot(allViews(room), lang, '4-extended');

      // Next, twice: the brainstorm, where the case owner listens and does not respond. The
      // projector's progress follows the agenda (3 + 10 minutes behind), not the short time run.
      await desk.keyboard.press('n');
      await everyView(room, (page) => waitText(page, '#phase', w.phases[1]));
      await desk.click('#next-phase');
      await everyView(room, (page) => waitText(page, '#phase', w.phases[2]));
      await waitText(screen, '#progress-text', w.progress);
      assert.ok(Number(await screen.getAttribute('#progress', 'value')) >= 430);
      await waitVisible(phones.Bo, '#listen');
      await waitText(phones.Bo, '#listen', w.listen);
      for (const name of ['Ann', 'Cas', 'Dee']) assert.equal(await phones[name].isVisible('#listen'), false);
      await shoot(allViews(room), lang, '5-brainstorm');

      // Back and on again, then to the owner's reaction: Bo types his own takeaway.
      await desk.click('#back');
      await everyView(room, (page) => waitText(page, '#phase', w.phases[1]));
      await desk.keyboard.press('n');
      await desk.keyboard.press('n');
      await everyView(room, (page) => waitText(page, '#phase', w.phases[3]));
      await desk.keyboard.press('n');
      await everyView(room, (page) => waitText(page, '#phase', w.phases[4]));
      for (const name of ['Ann', 'Cas', 'Dee']) assert.equal(await phones[name].isVisible('#takeaway-form'), false);
      await waitVisible(phones.Bo, '#takeaway-form');
      const takeaway = lang === 'nl' ? 'Eerst het team vragen' : 'Ask the team first';
      await phones.Bo.fill('#takeaway', takeaway);
      await phones.Bo.click('#takeaway-form button');
      await waitText(phones.Bo, '#takeaway-saved', takeaway);
      await waitText(desk, '#takeaways', takeaway);
      await waitText(desk, '#events', 'takeaway');
      await shoot(allViews(room), lang, '6-takeaway');

      // The end: everyone confirms their attendance, the console sees it.
      await desk.keyboard.press('n');
      await everyView(room, (page) => waitText(page, '#status', w.finished));
      for (const name of members) {
        await phones[name].click('#attend');
        await waitText(phones[name], '#attended', w.attended);
        await waitText(desk, '#attendance', name);
      }
      await shoot(allViews(room), lang, '7-attendance');

      const journal = readFileSync(path.join(box.root, 'room.jsonl'), 'utf8');
      assert.match(journal, /"event":"finished"/);
      assert.ok(journal.includes(takeaway));
      assert.match(journal, /"id":"case-owner","members":\["Bo"\]/); // the session ran with the chosen case's owner

      await desk.click('#close');
      const exit = await served.exited;
      assert.equal(exit.code, 0, served.output());
    } finally {
      await browser.close();
      served.child.kill('SIGKILL');
      rmSync(box.root, { recursive: true, force: true });
    }
  });
}

for (const lang of ['en', 'nl']) {
  test(`palet serve alone: the facilitator picks a method in the console (${lang})`, { timeout: 5 * 60000 }, async () => {
    const w = words[lang];
    const box = sandbox();
    const port = await freePort();
    const served = serve(box, ['--port', String(port), '--seed', '7']);
    const browser = await launch();
    try {
      const addresses = await served.addresses;
      const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })).newPage();
      await desk.goto(`${addresses.console}&lang=${lang}`);
      const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: lang })).newPage();
      await screen.goto(`${addresses.screen}&lang=${lang}`);
      await waitText(screen, '#status', w.choosing);
      await waitText(desk, '#meeting-choices', w.noMeetings);
      await waitVisible(desk, '#start', false);
      const folder = path.join(artefacts, lang);
      mkdirSync(folder, { recursive: true });
      await desk.screenshot({ path: path.join(folder, '0-choosing-console.png'), fullPage: true });
      await screen.screenshot({ path: path.join(folder, '0-choosing-screen.png'), fullPage: true });

      // A member named twice: the pick is refused with palet's reason, and nothing changes.
      await desk.selectOption('#method-choice', 'peer-consultation');
      await desk.fill('#method-members', 'Ann, Ann');
      await desk.getByRole('button', { name: w.chooseMethod }).click();
      await waitText(desk, '#problem', "'Ann'");
      await waitText(screen, '#status', w.choosing);

      await desk.fill('#method-members', members.join(', '));
      await desk.getByRole('button', { name: w.chooseMethod }).click();
      await waitText(desk, '#status', w.waiting);
      await waitVisible(desk, '#choose', false);
      await waitVisible(desk, '#start');
      await waitText(screen, '#status', w.waiting);
      await waitText(screen, '#title', w.method);
      await waitText(screen, '#phase', w.phases[0]);
      await waitText(screen, '#roles', 'Ann');
      await page_waitCode(screen);
      const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang })).newPage();
      await joinPhone(phone, addresses.join, (await screen.textContent('#code')).trim(), 'Dee', lang);
      await desk.screenshot({ path: path.join(folder, '0-chosen-console.png'), fullPage: true });

      await desk.click('#close');
      assert.equal((await served.exited).code, 0, served.output());
    } finally {
      await browser.close();
      served.child.kill('SIGKILL');
      rmSync(box.root, { recursive: true, force: true });
    }
  });
}

test('killed with SIGKILL mid-meeting and started again: the room goes on and the phones come back by themselves', { timeout: 10 * 60000 }, async () => {
  const w = words.en;
  const box = sandbox();
  const port = await freePort();
  const args = ['--method', 'peer-consultation', '--members', members.join(','), '--seed', '7', '--port', String(port),
    '--journal', 'room.jsonl'];
  let served = serve(box, args);
  const browser = await launch();
  try {
    const addresses = await served.addresses;
    const room = await openRoom(browser, addresses, 'en');
    const { consolePage: desk, screen, phones } = room;
    await desk.click('#start');
    await everyView(room, (page) => waitText(page, '#status', w.running));
    await desk.keyboard.press('n');
    await everyView(room, (page) => waitText(page, '#phase', w.phases[1]));
    const before = seconds(await screen.textContent('#countdown'));

    served.child.kill('SIGKILL');
    await served.exited;
    await everyView(room, (page) => waitVisible(page, '#connection'));
    await shoot(allViews(room), 'en', '8-server-gone');

    served = serve(box, args);
    const again = await served.addresses;
    assert.equal(new URL(again.console).port, String(port));
    assert.equal(again.console, addresses.console); // the same token: the console page reconnects as it is
    await everyView(room, (page) => waitVisible(page, '#connection', false));
    await everyView(room, (page) => waitText(page, '#phase', w.phases[1]));
    for (const name of members) await waitText(phones[name], '#me', name); // no one had to join again
    const after = seconds(await screen.textContent('#countdown'));
    assert.ok(after <= before && after > before - 120, `time left ${before} s before, ${after} s after`);
    await shoot(allViews(room), 'en', '9-resumed');

    await desk.keyboard.press('n');
    await everyView(room, (page) => waitText(page, '#phase', w.phases[2]));
    await desk.keyboard.press('q');
    await waitVisible(desk, '#quit-confirm');
    await desk.keyboard.press('y');
    await everyView(room, (page) => waitText(page, '#status', w.finished));
    const journal = readFileSync(path.join(box.root, 'room.jsonl'), 'utf8');
    assert.match(journal, /"event":"reopened"/);
    await desk.click('#close');
    assert.equal((await served.exited).code, 0, served.output());
  } finally {
    await browser.close();
    served.child.kill('SIGKILL');
    rmSync(box.root, { recursive: true, force: true });
  }
});

test('troika consulting for seven: the projector shows the round and both subgroups, a phone its own subgroup and role', { timeout: 10 * 60000 }, async () => {
  const box = sandbox();
  const port = await freePort();
  const seven = ['Ann', 'Bo', 'Cas', 'Dee', 'Eva', 'Fay', 'Gus'];
  const served = serve(box, ['--method', 'troika-consulting', '--members', seven.join(','), '--seed', '7', '--port', String(port),
    '--journal', 'room.jsonl']);
  const browser = await launch();
  try {
    const addresses = await served.addresses;
    const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' })).newPage();
    await desk.goto(`${addresses.console}&lang=en`);
    const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en' })).newPage();
    await screen.goto(`${addresses.screen}&lang=en`);
    await page_waitCode(screen);
    const code = (await screen.textContent('#code')).trim();
    const eva = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en', hasTouch: true })).newPage();
    await joinPhone(eva, addresses.join, code, 'Eva', 'en');

    // Before the start: a trio and a four, each with its own client.
    await waitText(screen, '#subgroups', 'Subgroup 1 · Ann, Bo, Cas');
    await waitText(screen, '#subgroups', 'Client: Dee · Consultant: Eva, Fay, Gus');
    await waitText(eva, '#subgroup', 'Your subgroup: Dee, Eva, Fay, Gus');

    await desk.click('#start');
    await waitText(screen, '#status', 'Running');
    for (let press = 0; press < 5; ++press) {
      await desk.keyboard.press('n');
      await waitText(screen, '#phase-count', `Phase ${press + 2} of 17`);
    }
    // Round 2: the client has passed on in both subgroups; Eva is the client of hers.
    await waitText(screen, '#phase-count', 'Consultation round 2 of 4');
    await waitText(screen, '#subgroups', 'Client: Bo · Consultant: Ann, Cas');
    await waitText(screen, '#subgroups', 'Client: Eva · Consultant: Dee, Fay, Gus');
    await waitText(eva, '#subgroup', 'Consultation round 2 of 4');
    await waitText(eva, '#my-roles', 'Client');
    await shoot({ screen, 'phone-Eva': eva }, 'en', 'troika-round-2');

    // Round 4: the trio has had its rounds and waits, the four has its fourth.
    for (let press = 0; press < 8; ++press) {
      await desk.keyboard.press('n');
      await waitText(screen, '#phase-count', `Phase ${press + 7} of 17`);
    }
    await waitText(screen, '#subgroups', 'Its rounds are over; it waits for the others.');
    await waitText(screen, '#subgroups', 'Client: Gus · Consultant: Dee, Eva, Fay');
    await waitText(eva, '#my-roles', 'Consultant');
    await shoot({ screen, 'phone-Eva': eva }, 'en', 'troika-round-4');
    await desk.keyboard.press('q');
    await waitVisible(desk, '#quit-confirm');
    await desk.keyboard.press('y');
    await waitText(screen, '#status', 'The meeting has ended');
    await desk.click('#close');
    assert.equal((await served.exited).code, 0, served.output());
  } finally {
    await browser.close();
    served.child.kill('SIGKILL');
    rmSync(box.root, { recursive: true, force: true });
  }
});

// A role the group chooses during the method (format 2's chosen_in): the console asks who, a
// click records it, and from the next phase the projector shows the chosen member in the role.
for (const lang of ['en', 'nl']) {
  test(`the console records whom the group chose as Balint's leader (${lang})`, { timeout: 5 * 60000 }, async () => {
    const asked = { en: 'who is the Group leader?', nl: 'wie wordt Balintbegeleider?' }[lang];
    const chosen = { en: 'Chosen: Cas, from the next phase.', nl: 'Gekozen: Cas, vanaf de volgende fase.' }[lang];
    const leader = { en: 'Group leader', nl: 'Balintbegeleider' }[lang];
    const box = sandbox();
    const port = await freePort();
    const served = serve(box, ['--port', String(port), '--seed', '7', '--method', 'balint-method',
      '--members', 'Ann,Bo,Cas,Dee,Eva,Fay', '--journal', path.join(box.root, 'balint.jsonl')]);
    const browser = await launch();
    try {
      const addresses = await served.addresses;
      const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })).newPage();
      await desk.goto(`${addresses.console}&lang=${lang}`);
      const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: lang })).newPage();
      await screen.goto(`${addresses.screen}&lang=${lang}`);
      await waitVisible(desk, '#start');
      await desk.click('#start');
      await waitText(desk, '#holder-choices', asked);
      const buttons = desk.locator('#holder-choices button');
      assert.deepEqual((await buttons.allTextContents()).map((name) => name.trim()), ['Bo', 'Cas', 'Dee', 'Eva', 'Fay']);
      await waitText(screen, '#choosing', asked);
      // Cas's phone: the question now, and once chosen the role in what comes next for Cas.
      await page_waitCode(screen);
      const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang })).newPage();
      await joinPhone(phone, addresses.join, (await screen.textContent('#code')).trim(), 'Cas', lang);
      await waitText(phone, '#choosing', asked);
      await desk.getByRole('button', { name: 'Cas', exact: true }).click();
      await waitText(desk, '#holder-choices', chosen);
      const now = { en: 'Cas is the Group leader from the next phase on.', nl: 'Cas wordt Balintbegeleider, vanaf de volgende fase.' }[lang];
      await waitText(screen, '#choosing', now);
      await waitText(phone, '#choosing', now);
      await waitText(phone, '#next', leader);
      await desk.getByRole('button', { name: 'Cas', exact: true, pressed: true }).waitFor({ timeout: WAIT });
      const folder = path.join(artefacts, lang);
      mkdirSync(folder, { recursive: true });
      await desk.screenshot({ path: path.join(folder, '5-holder-console.png'), fullPage: true });
      await screen.screenshot({ path: path.join(folder, '5-holder-screen.png'), fullPage: true });
      await desk.click('#next-phase');
      await waitVisible(desk, '#holder-choices', false);
      await waitVisible(screen, '#choosing', false);
      await waitText(phone, '#my-roles', leader);
      await screen.waitForFunction(([role]) => [...document.querySelectorAll('#roles li')]
        .some((item) => item.textContent.includes(role) && item.querySelector('.holders')?.textContent.trim() === 'Cas'),
      [leader], { timeout: WAIT });
      const journal = readFileSync(path.join(box.root, 'balint.jsonl'), 'utf8');
      assert.match(journal, /"event":"role-chosen"[^\n]*"member":"Cas"|"member":"Cas"[^\n]*"event":"role-chosen"/);
    } finally {
      await browser.close();
      served.child.kill('SIGKILL');
      rmSync(box.root, { recursive: true, force: true });
    }
  });
}
