import type { Browser, Page } from '@playwright/test';
import type { MeetingView } from '../../core/meeting/types';
import { materialUses } from '../../core/methods/material';
import type { MaterialUse, Method, Phase } from '../../core/methods/schema';
import { DILTS_LEVELS, TGI_FACTORS } from '../../core/methods/vocabulary';
import { crewMeeting } from './crew';
import { expectAccessible } from './helpers';
import { nextButton } from './room';
import { expect, kept, test } from './test';
import { cookieHeader, type Voice, voice } from './ws';

/** Polls the way a live room changes: often at first (most steps land within 100 ms), never slower than 200 ms. */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { intervals: [50, 100, 200] });

type Crew = Parameters<Parameters<typeof test>[2]>[0]['crew'];

/**
 * What a method's own spec checks in one of its phases (the method's own pictures), by phase id: `<id>` when
 * the phase's work is done, `<id>:start` when everyone sees it begin, `<id>:private` in private writing just
 * before the chair reveals it.
 */
export type Hooks = Record<string, (room: Room) => Promise<void>>;

/** Who is in the room: three browser pages and a projector, two more people through the protocol. */
export type Room = {
  /** Anna, chairing from a laptop. */
  chair: Page;
  /** Bram, the case-giver, on his phone. */
  phone: Page;
  /** Carla, a helper, on her phone. */
  helper: Page;
  projector: Page;
  /** Dirk and Eva, helpers acting through the WebSocket protocol. */
  voices: Voice[];
  /** A watching socket of the chair's account: where the test reads turns, ids and the stage. */
  spy: Voice;
  method: Method;
  ids: Record<string, string>;
  /** What each phase produced, by phase id, as written by the test. */
  written: Map<string, string[]>;
  /** The items the case-giver chose, by the phase they come from. */
  chosen: Map<string, string>;
  shots: string;
  hooks: Hooks;
  /** The round phases in which Carla passes instead of speaking. */
  passIn: string[];
};

/**
 * The kinds of sheet already checked with axe and photographed, across the method specs of a worker: a
 * sheet that is shown, rated, answered or chosen is the same page state in every method, with other texts.
 */
const checked = new Set<string>();

/** Axe and one photograph per page, the first time a worker's method specs reach this page state. */
async function visit(room: Room, state: string, pages: Record<string, Page>) {
  if (checked.has(state)) return;
  checked.add(state);
  for (const [name, page] of Object.entries(pages)) {
    await expectAccessible(page);
    await page.screenshot({
      path: `e2e/artifacts/${room.shots}-${state}-${name}.png`,
      fullPage: page !== room.projector,
    });
  }
}

const phone = { width: 390, height: 844 };

/**
 * The chair's laptop, Bram's and Carla's phones and the projector: opened once per worker and kept between
 * the method specs (a fresh page loads and compiles the app again, ~2 s each on 2 cores).
 */
type Devices = [chair: Page, bram: Page, carla: Page, projector: Page];
const devices = new WeakMap<Browser, Promise<Devices>>();

function devicesOf(browser: Browser, crew: Crew): Promise<Devices> {
  const known = devices.get(browser);
  if (known) return known;
  const [anna, bram, carla] = crew as [Crew[0], Crew[0], Crew[0]];
  const open = async (state: Crew[0]['state'], viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ storageState: state, viewport });
    kept.add(context);
    return context.newPage();
  };
  const opened = Promise.all([
    open(anna.state, { width: 1280, height: 800 }),
    open(bram.state, phone),
    open(carla.state, phone),
    open(anna.state, { width: 1280, height: 720 }),
  ]);
  devices.set(browser, opened);
  return opened;
}

/** Opens the pages and sockets of a meeting of the crew, the chair's laptop first (join order is turn order). */
async function openRoom(browser: Browser, baseURL: string, crew: Crew, methodId: string): Promise<Room> {
  const [anna, , , dirk, eva] = crew as [Crew[0], Crew[0], Crew[0], Crew[0], Crew[0]];
  const [{ meetingId }, [chair, bramPage, carlaPage, projector]] = await Promise.all([
    crewMeeting(baseURL, crew),
    devicesOf(browser, crew),
  ]);
  const live = `/meetings/${meetingId}/live`;
  // The join order is the turn order: the chair first, then the phones, then the protocol's helpers.
  await chair.goto(live);
  await expect(chair.getByRole('heading', { name: 'Deelnemers (1)' })).toBeVisible({ timeout: 60_000 });
  // The projector shows the chair's account, no new participant: it opens beside the phones.
  await Promise.all([
    bramPage.goto(live),
    carlaPage.goto(live),
    projector.goto(`/meetings/${meetingId}/present`),
  ]);
  await expect(chair.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible({ timeout: 60_000 });
  const [dirkVoice, evaVoice, spy] = await Promise.all([
    voice(baseURL, meetingId, 'Dirk', cookieHeader(dirk.state)),
    voice(baseURL, meetingId, 'Eva', cookieHeader(eva.state)),
    voice(baseURL, meetingId, 'Anna', cookieHeader(anna.state), true),
  ]);
  const voices = [dirkVoice, evaVoice];
  await expect(chair.getByRole('heading', { name: 'Deelnemers (5)' })).toBeVisible();
  const ids = Object.fromEntries(spy.view().participants.map((p) => [p.name, p.userId]));
  // The library's own description of the method: the walk follows it phase by phase.
  const served = (await (await chair.request.get(`/api/methods/${methodId}?lang=nl`)).json()) as {
    method: { phases: { id: string }[] };
  };
  return {
    chair,
    phone: bramPage,
    helper: carlaPage,
    projector,
    voices,
    spy,
    method: undefined as unknown as Method,
    ids,
    written: new Map(),
    chosen: new Map(),
    shots: `method-${methodId}`,
    hooks: {},
    passIn: [],
    served: served.method.phases.map((p) => p.id),
  } as Room & { served: string[] };
}

/** A sentence per phase and person, recognisable in the pages. */
const line = (phase: Phase, who: string) => `${who} bij ‘${phase.title.nl}’: ${phase.id} ${who.length}`;

/** The TGI factor each person speaks about: the pages pick the first (Ik), Dirk Wij, Eva Globe. */
const factorOf = (who: string) => ({ Dirk: 'we', Eva: 'globe' })[who] ?? TGI_FACTORS[0];

/** The Dilts level a question phase ('level-beliefs') is about, if it is one. */
function levelOf(phase: Phase): string | undefined {
  const level = phase.id.replace(/^level-/, '');
  return phase.tagging === 'diltsLevel' && (DILTS_LEVELS as readonly string[]).includes(level)
    ? level
    : undefined;
}

/** The tag a tagged phase asks for: the level a Dilts question phase is about, else the first one. */
function tagFor(phase: Phase, who: string): string | undefined {
  if (phase.tagging === 'tgiFactor') return factorOf(who);
  if (phase.tagging !== 'diltsLevel') return undefined;
  return levelOf(phase) ?? DILTS_LEVELS[0];
}

function remember(room: Room, phase: Phase, text: string) {
  room.written.set(phase.id, [...(room.written.get(phase.id) ?? []), text]);
}

/**
 * The kind a person writes: a question where the case-giver answers (so there is something to answer),
 * a paraphrase where the Covey rule asks for one first, else the phase's first kind.
 */
function kindFor(room: Room, phase: Phase, userId: string): string {
  const kinds = phase.contributionKinds as string[];
  const turn = room.spy.view().turn;
  if (phase.paraphraseFirst && turn?.lastSpeaker && turn.lastSpeaker !== userId) return 'paraphrase';
  const question = kinds.find((k) => k === 'question' || k === 'factualQuestion');
  if (phase.caseGiverAnswers && question && userId !== room.spy.view().roles.caseGiver) return question;
  return kinds[0]!;
}

/** Writes in the page's own input box (with the kind, level or factor its phase asks for) and sends it. */
async function write(room: Room, page: Page, phase: Phase, who: string) {
  const text = line(phase, who);
  const form = page
    .locator('form.contribute')
    .filter({ has: page.getByRole('button', { name: 'Versturen', exact: true }) });
  const kind = kindFor(room, phase, room.ids[who]!);
  if (kind !== phase.contributionKinds[0]) await form.getByLabel('Soort bijdrage').selectOption(kind);
  const tag = form.getByLabel(/^(Niveau|Factor)$/);
  // A Dilts question phase's box already carries its own level; elsewhere the first one is picked.
  const level = levelOf(phase);
  if (level) await expect(tag).toHaveValue(level);
  else if ((await tag.count()) > 0 && !(await tag.inputValue())) await tag.selectOption({ index: 1 });
  // Private writing reaches the others as a placeholder: count what the phase holds, not its texts.
  const count = () => room.spy.view().contributions.filter((c) => c.phaseId === phase.id).length;
  const before = count();
  await form.locator('textarea').fill(text);
  await form.getByRole('button', { name: 'Versturen', exact: true }).click();
  await poll(count).toBeGreaterThan(before);
  remember(room, phase, text);
}

/** A helper of the protocol contributes what the phase asks for. */
async function say(room: Room, v: Voice, phase: Phase) {
  const text = line(phase, v.name);
  const kind = kindFor(room, phase, v.userId);
  const tag = tagFor(phase, v.name);
  await v.run({
    type: 'contribute',
    kind,
    text,
    ...(tag ? { tag } : {}),
    ...(kind === 'force' ? { force: { direction: 'driving', inReach: true } } : {}),
  });
  remember(room, phase, text);
}

/** The page of a person with a browser, or null for the people of the protocol. */
function pageOf(room: Room, userId: string): Page | null {
  if (userId === room.ids.Anna) return room.chair;
  if (userId === room.ids.Bram) return room.phone;
  if (userId === room.ids.Carla) return room.helper;
  return null;
}

const voiceOf = (room: Room, userId: string) => room.voices.find((v) => v.userId === userId)!;
const nameOf = (room: Room, userId: string) => Object.entries(room.ids).find(([, id]) => id === userId)![0];

/** A round: each in turn (the order the server keeps) says one thing, on their page or through the protocol. */
async function round(room: Room, phase: Phase) {
  const order = room.spy.view().turn?.order ?? [];
  for (let i = 0; i < order.length; i++) {
    const holder = order[room.spy.view().turn!.index]!;
    const page = pageOf(room, holder);
    if (page) {
      await expect(page.getByText('Jij bent aan de beurt.')).toBeVisible();
      await visit(room, 'round-turn', { phone: page });
      if (page === room.helper && room.passIn.includes(phase.id)) {
        await page.getByRole('button', { name: 'Passen' }).click();
        await expect(page.getByText('Jij bent aan de beurt.')).toBeHidden();
      } else await write(room, page, phase, nameOf(room, holder));
    } else await say(room, voiceOf(room, holder), phase);
    await poll(() => room.spy.view().turn?.index).not.toBe(order.indexOf(holder));
  }
}

/** The talking stick goes round once: the holder speaks, then hands it to the next. */
async function stick(room: Room, phase: Phase) {
  const order = room.spy.view().turn?.order ?? [];
  for (let i = 0; i < order.length; i++) {
    const turn = room.spy.view().turn!;
    const holder = turn.order[turn.index]!;
    const page = pageOf(room, holder);
    const next = turn.order[(turn.index + 1) % turn.order.length]!;
    const nextName = nameOf(room, next);
    const last = i === order.length - 1;
    if (page) {
      await expect(page.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
      const others = [room.chair, room.phone, room.helper].filter((p) => p !== page);
      for (const p of others) {
        await expect(p.getByTestId('stick-holder')).toContainText(`${nameOf(room, holder)} heeft de stok`);
        await expect(p.getByRole('button', { name: 'Versturen', exact: true })).toHaveCount(0);
      }
      await visit(room, 'stick', { holder: page });
      // Carla hands the stick on in silence; everyone sees she passed.
      const silent = page === room.helper && !last;
      if (!silent) await write(room, page, phase, nameOf(room, holder));
      if (!last) await page.getByRole('button', { name: `Geef de stok aan ${nextName}` }).click();
      if (silent) {
        await expect(
          room.chair.locator('.airtime li', { hasText: 'Carla' }).getByText('gepast', { exact: true }),
        ).toBeVisible();
      }
    } else {
      const v = voiceOf(room, holder);
      await say(room, v, phase);
      if (!last) await v.run({ type: 'passTurn' });
    }
    if (!last) await poll(() => room.spy.view().turn?.index).not.toBe(turn.index);
  }
}

/** Private writing: the phones and the protocol's helpers write, the chair reveals, the projector shows it. */
async function privately(room: Room, phase: Phase) {
  const caseGiverWrites = phase.contributors === 'all' || phase.contributors === 'caseGiver';
  if (caseGiverWrites) await write(room, room.phone, phase, 'Bram');
  if (phase.contributors !== 'caseGiver') {
    await write(room, room.helper, phase, 'Carla');
    for (const v of room.voices) await say(room, v, phase);
  }
  // Nobody sees another's note before the reveal; the chair sees how many there are.
  const notes = room.written.get(phase.id)!;
  await expect(room.chair.getByTestId('private-progress')).toContainText(`${notes.length} notitie`);
  if (!caseGiverWrites)
    await expect(room.phone.getByText('De anderen schrijven nu voor zichzelf.')).toBeVisible();
  if (phase.contributors !== 'caseGiver') {
    await room.helper.getByRole('button', { name: 'Ik ben klaar' }).click();
    // The button says how to take it back; the others see how many are done, not what they wrote.
    await expect(room.helper.getByRole('button', { name: 'Toch nog niet klaar' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const page of [room.chair, room.phone])
      await expect(page.getByTestId('private-progress')).toContainText(/ 1 van de \d+ is klaar\./);
    await expect(room.helper.getByText(notes.at(-1)!)).toHaveCount(0);
  }
  await expect(room.projector.getByText(notes.at(-1)!)).toHaveCount(0);
  await visit(room, 'private-writing', { writer: room.helper });
  await room.hooks[`${phase.id}:private`]?.(room);
  await room.chair.getByRole('button', { name: 'Nu samen onthullen' }).click();
  await expect(room.projector.getByText(notes[0]!).first()).toBeVisible();
  // After the reveal everyone sees everything, and the phone says so.
  await expect(room.phone.getByText('Samen onthuld: nu ziet iedereen alles.')).toBeVisible();
  if (phase.artefact !== 'profileComparison' && !phase.contributionKinds.includes('force'))
    await expect(room.phone.getByTestId('contributions').getByText(notes.at(-1)!)).toBeVisible();
}

/** Everyone weighs every force 1–10; the means show once all have weighed. */
async function weigh(room: Room) {
  const forces = room.spy.view().contributions.filter((c) => c.kind === 'force');
  for (const page of [room.chair, room.phone, room.helper]) {
    for (const [i, f] of forces.entries())
      await page.getByRole('combobox', { name: f.text }).selectOption(String(4 + i));
  }
  // Everyone weighs alone first: until the last weigher is done, nobody sees a mean.
  await expect(room.projector.getByText(/gemiddeld \d/)).toHaveCount(0);
  await expect(room.phone.getByText('gemiddelde volgt als iedereen gewogen heeft')).toHaveCount(
    forces.length,
  );
  await visit(room, 'weighing', { phone: room.phone });
  for (const v of room.voices) {
    for (const [i, f] of forces.entries())
      await v.run({ type: 'weighForce', contributionId: f.id, weight: 6 + i });
  }
  await expect(room.projector.getByText(/gemiddeld \d/).first()).toBeVisible();
  await visit(room, 'weighed', { projector: room.projector });
}

/** The sheet of an earlier phase on a page, by the heading the room gives it. */
function sheet(page: Page, use: MaterialUse, source: Phase) {
  const from = use.chosenOnly ? 'Gekozen uit' : use.top !== undefined ? 'Het zwaarst uit' : 'Uit';
  return page.getByTestId('material').getByRole('region', { name: `${from} de stap ‘${source.title.nl}’` });
}

/**
 * The material of earlier phases this phase works on (MAT-1): visible on the case-giver's phone and on the
 * projector, and usable on the phone as the phase allows (rate, answer highest rated first, choose).
 */
async function material(room: Room, phase: Phase) {
  const uses = materialUses(room.method, phase);
  if (uses.length === 0) return;
  const ownPicture = phase.weighForces || phase.artefact === 'profileComparison';
  for (const use of uses) {
    const source = room.method.phases.find((p) => p.id === use.phase)!;
    const items = room.written.get(source.id) ?? [];
    if (items.length === 0) continue;
    const chosen = room.chosen.get(source.id);
    const expected = use.chosenOnly ? (chosen ? [chosen] : []) : items;
    for (const page of [room.phone, room.projector]) {
      const where = ownPicture ? page.locator('main, body').first() : sheet(page, use, source);
      for (const text of expected) await expect(where.getByText(text).first()).toBeVisible();
      if (use.chosenOnly) {
        for (const text of items.filter((t) => t !== chosen))
          await expect(where.getByText(text)).toHaveCount(0);
      }
    }
    if (ownPicture) continue;
    const onPhone = sheet(room.phone, use, source);
    const onWall = sheet(room.projector, use, source);
    await expect(onWall.getByRole('button')).toHaveCount(0);
    if (use.actions.includes('rate')) {
      for (const [i, text] of items.slice(0, 2).entries()) {
        const scale = onPhone.getByRole('group', { name: `Geef een cijfer aan: ${text}` });
        await scale.getByRole('button', { name: `${2 + 3 * i} van 5` }).click();
        await expect(scale.getByRole('button', { name: `${2 + 3 * i} van 5` })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await expect(onWall.getByRole('listitem').filter({ hasText: text })).toContainText(
          `${2 + 3 * i} van 5`,
        );
      }
    }
    if (use.actions.includes('answer')) {
      // The highest rated comes first (it was rated 5 above, or in the rating phase before).
      const first = onPhone.getByRole('listitem').first();
      const rated = room.spy.view().contributions.filter((c) => c.phaseId === source.id && c.rating);
      if (rated.length > 1)
        await expect(first).toContainText(rated.sort((a, b) => b.rating! - a.rating!)[0]!.text);
      await first.getByRole('textbox').fill(`Antwoord van Bram in ${phase.id}`);
      await first.getByRole('button', { name: 'Antwoorden' }).click();
      await expect(onWall).toContainText(`Antwoord van Bram in ${phase.id}`);
    }
    if (use.actions.includes('choose')) {
      const text = expected.at(-1)!;
      const button = onPhone.getByRole('button', { name: `Kies dit: ${text}` });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(onWall.getByRole('listitem').filter({ hasText: text })).toContainText('Gekozen');
      room.chosen.set(source.id, text);
    }
  }
  // Axe and a photograph once per kind of sheet (shown, rated, answered, chosen; the projector's sheets,
  // which have no buttons, once): a later phase with the same kind of sheet is the same page state.
  const kind = uses.map((u) => u.actions.join('+')).join(',') + (ownPicture ? ':picture' : '');
  if (checked.has(kind)) return;
  await expectAccessible(room.phone);
  if (!checked.has('projector')) await expectAccessible(room.projector);
  checked.add('projector');
  checked.add(kind);
  await shoot(room, `${phase.id}-material`);
}

/** One photograph of the phone and one of the projector, each at its own width. */
async function shoot(room: Room, state: string) {
  await room.phone.screenshot({ path: `e2e/artifacts/${room.shots}-${state}-phone.png`, fullPage: true });
  await room.projector.screenshot({ path: `e2e/artifacts/${room.shots}-${state}-projector.png` });
}

/** The case-giver answers a question of the phase on the phone; the projector shows the answer. */
async function answerOne(room: Room, phase: Phase) {
  const question = room.written.get(phase.id)?.find((t) => !t.startsWith('Bram'));
  if (!question) return;
  await room.phone.getByLabel(`Antwoord op: ${question}`).fill(`Kort antwoord in ${phase.id}`);
  await room.phone
    .getByTestId('contributions')
    .getByRole('listitem')
    .filter({ hasText: question })
    .getByRole('button', { name: 'Antwoorden' })
    .click();
  await expect(room.projector.getByText(`Kort antwoord in ${phase.id}`).first()).toBeVisible();
}

/** One method phase: its material first, then what its people write, in the way its turns say. */
async function runPhase(room: Room, phase: Phase) {
  await expect(room.phone.getByRole('heading', { level: 1, name: phase.title.nl })).toBeVisible();
  await expect(room.projector.getByRole('heading', { level: 1, name: phase.title.nl })).toBeVisible();
  // Where the meeting is, in the method's own count: "Fase 4 van 11 · Balint-methode".
  const step = `Fase ${room.method.phases.indexOf(phase) + 1} van ${room.method.phases.length}`;
  await expect(room.phone.getByText(`${step} · ${room.method.names.nl}`)).toBeVisible();
  await expect(room.projector.getByText(`${room.method.names.nl} · ${step}`)).toBeVisible();
  await room.hooks[`${phase.id}:start`]?.(room);
  if (phase.caseGiverPlacement === 'listensOnly' && room.spy.view().roles.caseGiver === room.ids.Bram) {
    await expect(room.phone.getByTestId('your-part')).toContainText('in deze fase luister je alleen');
    await expect(room.phone.getByRole('button', { name: 'Versturen', exact: true })).toHaveCount(0);
  }
  await material(room, phase);
  if (phase.weighForces) await weigh(room);
  else if (phase.turns === 'round') await round(room, phase);
  else if (phase.turns === 'stick') await stick(room, phase);
  else if (phase.turns === 'individual') await privately(room, phase);
  else if (phase.contributors === 'caseGiver') await write(room, room.phone, phase, 'Bram');
  else if (phase.contributors !== 'nobody') {
    if (phase.contributors === 'all') await write(room, room.phone, phase, 'Bram');
    await write(room, room.helper, phase, 'Carla');
    await say(room, room.voices[0]!, phase);
  }
  const mine = room.written.get(phase.id)?.at(-1);
  if (mine && phase.turns !== 'individual') {
    await expect(room.projector.getByText(mine).first()).toBeVisible();
  }
  if (phase.caseGiverAnswers) await answerOne(room, phase);
  await pictures(room, phase);
}

/**
 * Where a phase's own picture sorts what was said (Dilts pyramid by level, TGI board by factor, the theme
 * sentence above it), each contribution stands in its place on the phone and on the projector.
 */
async function pictures(room: Room, phase: Phase) {
  if (phase.turns === 'individual') return;
  const written = room.written.get(phase.id) ?? [];
  const level = levelOf(phase);
  const place = (text: string) =>
    level ? `dilts-${level}` : phase.tagging === 'tgiFactor' ? `tgi-${factorOf(text.split(' ')[0]!)}` : null;
  const sorted = written.length > 0 && place(written[0]!) !== null;
  for (const page of [room.phone, room.projector]) {
    if (sorted) for (const text of written) await expect(page.getByTestId(place(text)!)).toContainText(text);
    if (phase.contributionKinds.includes('theme') && written.length > 0) {
      await expect(page.locator('.tgi-theme')).toContainText(written.at(-1)!);
    }
  }
  if (sorted) await visit(room, phase.tagging!, { phone: room.phone, projector: room.projector });
}

/** The frame's own work where the meeting is now: the case chosen, the question, the decision, the evaluation. */
async function frameWork(room: Room, parts: string[]) {
  const view = room.spy.view();
  if (parts.includes('inventory') && !view.roles.caseGiver) {
    await room.phone
      .getByLabel('Mijn casus in hoogstens drie zinnen')
      .fill('Een collega neemt mijn ideeën over.');
    await room.phone.getByRole('button', { name: 'Casus inbrengen' }).click();
    await room.helper.getByRole('button', { name: 'Stem op de casus van Bram' }).click();
    await expect(room.chair.getByText('1 stem', { exact: true })).toBeVisible();
    await room.chair.getByRole('button', { name: 'Kies de casus van Bram' }).click();
    await poll(() => room.spy.view().roles.caseGiver).toBe(room.ids.Bram);
  }
  if (parts.includes('casting')) {
    await room.phone.getByLabel('Mijn hulpvraag').fill('Hoe kan ik mijn ideeën zichtbaar houden?');
    await room.phone.getByRole('button', { name: 'Opslaan' }).click();
    await expect(room.chair.getByText('Hoe kan ik mijn ideeën zichtbaar houden?').first()).toBeVisible();
  }
  if (parts.includes('decision')) await decide(room);
  if (parts.includes('evaluation')) await evaluate(room);
}

/** The case-giver's decision: what was chosen as advice or action stands ready as the first action (MAT-5). */
async function decide(room: Room) {
  const actions = room.phone.getByLabel('Mijn acties');
  const view = room.spy.view();
  const ready = view.contributions.filter((c) => c.chosen && (c.kind === 'action' || c.kind === 'advice'));
  // Offered once, before a decision exists (a Troika's later rounds find the first round's decision).
  if (!view.decision)
    for (const c of ready)
      await expect(actions).toHaveValue(new RegExp(c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await visit(room, 'decision-form', { phone: room.phone });
  await room.phone.getByLabel('Wat ik meeneem en waarom').fill('Ik neem de keuze van vandaag mee.');
  await actions.fill([...ready.map((c) => c.text), 'Volgende week een eerste stap zetten'].join('\n'));
  await room.phone.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(room.chair.getByText('Volgende week een eerste stap zetten').first()).toBeVisible();
  if (!checked.has('decision')) await shoot(room, 'decision');
  checked.add('decision');
}

/** The case-giver evaluates on the phone (felt heard included); the others through the protocol. */
async function evaluate(room: Room) {
  for (const [group, value] of [
    ['Voelde je je gehoord?', '5'],
    [/meerdere kanten/, '4'],
    [/Paste de methode/, '4'],
    [/samenwerking/, '5'],
  ] as const) {
    await room.phone
      .getByRole('group', { name: group })
      .getByRole('radio', { name: value, exact: true })
      .check();
  }
  await room.phone.getByRole('button', { name: 'Evaluatie versturen' }).click();
  for (const v of room.voices)
    await v.run({ type: 'giveEvaluation', perspectives: 4, method: 3, cooperation: 4 });
  await expect(room.phone.getByText('Dank je. Er zijn 3 evaluaties binnen.')).toBeVisible();
}

/** Where the meeting is, as a key that changes with every step. */
const position = (view: MeetingView) => `${view.stage}:${view.phaseIndex ?? ''}`;

/**
 * Runs a library method end to end: the chair picks it on the laptop and moves the meeting on step by step;
 * every phase is walked from the method's own data, and every phase that works on earlier material checks
 * that material on the case-giver's phone and on the projector. Ends with the summary and the report link.
 */
export async function runMethod(
  browser: Browser,
  baseURL: string,
  crew: Crew,
  methodId: string,
  hooks: Hooks = {},
  options: { passIn?: string[] } = {},
) {
  // A safety margin for a busy machine, not a budget: a method took 29–51 s on a quiet one; Balint, the longest,
  // ran past 120 s with a second spec beside it at a load of 15.
  test.setTimeout(Number(process.env.E2E_METHOD_TIMEOUT ?? 300_000));
  const room = (await test.step('set up through the API and open the room', () =>
    openRoom(browser, baseURL, crew, methodId))) as Room & { served: string[] };
  room.hooks = hooks;
  room.passIn = options.passIn ?? [];
  const { chair, spy } = room;
  await chair.getByLabel('Kies een methode').selectOption({ value: methodId });
  await chair.getByRole('button', { name: 'Deze methode gebruiken' }).click();
  await poll(() => spy.view().method?.id).toBe(methodId);
  room.method = spy.view().method!;
  // The room runs the method as the library serves it.
  expect(room.method.phases.map((p) => p.id)).toEqual(room.served);
  await chair.getByRole('button', { name: 'Bijeenkomst openen' }).click();
  const walked: string[] = [];
  for (let step = 0; step < 40; step++) {
    await poll(() => spy.view().stage).not.toBe('lobby');
    const view = spy.view();
    if (view.stage === 'summary') break;
    if (view.stage === 'phase') {
      const phase = room.method.phases[view.phaseIndex!]!;
      walked.push(phase.id);
      await test.step(`phase ${phase.id}`, async () => {
        await runPhase(room, phase);
        await hooks[phase.id]?.(room);
        await frameWork(room, phase.frame ?? []);
      });
    } else await test.step(`stage ${view.stage}`, () => frameWork(room, [view.stage]));
    const before = position(spy.view());
    await nextButton(chair).first().click();
    await poll(() => position(spy.view())).not.toBe(before);
  }
  expect(walked).toEqual(room.served);
  await expect(room.phone.getByRole('heading', { level: 1, name: 'Samenvatting' })).toBeVisible();
  await expect(room.phone.getByRole('link', { name: 'Verslag van de inbrenger' })).toBeVisible();
  if (!checked.has('summary')) await shoot(room, 'summary');
  checked.add('summary');
  await chair.getByRole('button', { name: 'Bijeenkomst beëindigen' }).click();
  await poll(() => spy.view().stage).toBe('ended');
  await Promise.all([...room.voices, spy].map((v) => v.close()));
}
