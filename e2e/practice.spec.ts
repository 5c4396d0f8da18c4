import { request } from '@playwright/test';
import type { MeetingView } from '../core/meeting/types';
import { exampleCaseById } from '../core/practice/example-cases';
import { crewMeeting } from './support/crew';
import { checkPage } from './support/helpers';
import { expect, test } from './support/test';
import { cookieHeader, voice } from './support/ws';

const example = exampleCaseById('parent-evening-complaint')!;
const poll = <T>(fn: () => T) => expect.poll(fn, { intervals: [50, 100, 200] });
const position = (view: MeetingView) => `${view.stage}:${view.phaseIndex ?? ''}`;

test('a group runs a practice meeting on an example case: every phase says why it is there, everyone sees the facilitator’s questions, and afterwards it counts for nothing (PRACTICE-1…3)', async ({
  browser,
  baseURL,
  crew,
}) => {
  const [anna, bram, carla, dirk] = crew as [
    (typeof crew)[0],
    (typeof crew)[0],
    (typeof crew)[0],
    (typeof crew)[0],
  ];
  const { meetingId } = await crewMeeting(baseURL!, [anna, bram, carla, dirk]);
  const api = async (who: (typeof crew)[0]) =>
    request.newContext({ baseURL: baseURL!, storageState: who.state });
  const [annaApi, bramApi, carlaApi] = await Promise.all([api(anna), api(bram), api(carla)]);
  const idOf = async (ctx: typeof annaApi) =>
    ((await (await ctx.get('/api/auth/get-session')).json()) as { user: { id: string } }).user.id;

  // Planned through the API as the planning form sends it: practice on an example case, Bram plays the
  // case-giver, the method the case suits.
  const planned = await annaApi.patch(`/api/meetings/${meetingId}`, {
    data: { methodId: 'five-step', practice: { caseId: example.id, caseGiverId: await idOf(bramApi) } },
  });
  expect(planned.ok(), await planned.text()).toBe(true);

  // Carla on her phone is the page we look at; Anna chairs, Bram and Dirk take part through the protocol.
  const phone = await (
    await browser.newContext({ storageState: carla.state, viewport: { width: 390, height: 844 } })
  ).newPage();
  const chair = await voice(baseURL!, meetingId, 'Anna', cookieHeader(anna.state));
  const others = await Promise.all([
    voice(baseURL!, meetingId, 'Bram', cookieHeader(bram.state)),
    voice(baseURL!, meetingId, 'Dirk', cookieHeader(dirk.state)),
  ]);
  await phone.goto(`/meetings/${meetingId}/live`);
  await expect(phone.getByRole('heading', { name: 'Deelnemers (4)' })).toBeVisible({ timeout: 30_000 });
  await expect(phone.getByTestId('practice-banner')).toContainText('Oefenbijeenkomst');

  const purpose = phone.getByTestId('stage-purpose');
  const next = async () => {
    const before = position(chair.view());
    await chair.run({ type: 'advancePhase' });
    await poll(() => position(chair.view())).not.toBe(before);
  };
  // To the inventory: the example case is Bram's pitch already, nobody typed it.
  while (chair.view().stage !== 'inventory') await next();
  await expect(purpose).toContainText('Waarom deze fase');
  const pitch = phone.getByTestId('pitch');
  await expect(pitch).toHaveCount(1);
  await expect(pitch).toContainText(example.title.nl);
  await expect(pitch).toContainText('Vooraf ingebracht');
  await checkPage(phone, 'practice-inventory');
  await chair.run({ type: 'chooseCase', pitchId: `case-${example.id}` });
  await poll(() => chair.view().caseQuestion).toBe(example.question.nl);

  // Every phase and frame stage explains itself as it starts; the facilitator's questions are for all.
  const method = chair.view().method!;
  let shot = false;
  for (let step = 0; step < 20 && chair.view().stage !== 'summary'; step++) {
    await next();
    const view = chair.view();
    if (view.stage === 'summary') break;
    await expect(purpose).toBeVisible();
    await expect(purpose).toContainText('Waarom deze fase');
    if (view.stage !== 'phase') continue;
    const phase = method.phases[view.phaseIndex!]!;
    await expect(phone.getByRole('heading', { level: 1, name: phase.title.nl })).toBeVisible();
    if (phase.facilitatorPrompts.length > 0)
      await expect(phone.getByText('Vragen van de begeleider').first()).toBeVisible();
    if (!shot) await checkPage(phone, 'practice-phase');
    shot = true;
  }
  expect(chair.view().stage).toBe('summary');
  await expect(phone.getByRole('heading', { level: 1, name: 'Samenvatting' })).toBeVisible();
  await checkPage(phone, 'practice-summary');
  await chair.run({ type: 'endMeeting' });
  await Promise.all([chair, ...others].map((v) => v.close()));

  // Afterwards it counts for nothing: no reflection for the learning record, no line in the dossier.
  await poll(
    async () =>
      ((await (await carlaApi.get(`/api/meetings/${meetingId}`)).json()) as { status: string }).status,
  ).toBe('ended');
  const refused = await carlaApi.put(`/api/meetings/${meetingId}/reflection`, {
    data: { ratings: { self: 4 }, takeaway: 'Eerst luisteren.' },
  });
  expect([refused.status(), ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([
    409,
    'meeting_not_countable',
  ]);
  await phone.goto(`/meetings/${meetingId}/reflection`);
  await expect(phone.getByTestId('not-countable')).toContainText('Dit was een oefenbijeenkomst');
  await checkPage(phone, 'practice-reflection');
  const dossier = (await (await carlaApi.get('/api/me/dossier?from=2020-01-01&to=2040-12-31')).json()) as {
    meetings: { meetingId: string }[];
  };
  expect(dossier.meetings.map((m) => m.meetingId)).not.toContain(meetingId);
  await Promise.all([annaApi, bramApi, carlaApi].map((c) => c.dispose()));
});
