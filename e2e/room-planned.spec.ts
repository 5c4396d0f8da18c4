import type { BrowserContext } from '@playwright/test';
import type { MeetingView } from '../core/meeting/types';
import { LiveClient } from '../server/realtime/test-client';
import { checkPage } from './support/helpers';
import { groupWithMeeting, type Member } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(180_000);

const cookie = async (context: BrowserContext) =>
  (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

test('a case submitted ahead is a pitch in the room, its question carries over, the planned timekeeper is there, and the case is discussed afterwards (CASE-1, CASE-2, ROLE-7)', async ({
  browser,
  baseURL,
}) => {
  const { people, meetingId, groupId } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla']);
  const [anna, bram, carla] = people as [Member, Member, Member];
  const idOf = async (m: Member) =>
    ((await (await m.context.request.get('/api/auth/get-session')).json()) as { user: { id: string } }).user
      .id;
  // Before the meeting: Anna plans Carla as timekeeper, Bram submits his case for this meeting.
  const rota = { chair: await idOf(anna), timekeeper: await idOf(carla), scribe: null };
  expect((await anna.context.request.patch(`/api/meetings/${meetingId}`, { data: { rota } })).ok()).toBe(
    true,
  );
  const submitted = await bram.context.request.post(`/api/groups/${groupId}/cases`, {
    data: {
      title: 'Twee teams na de fusie',
      situation: 'Sinds de fusie zitten de twee teams elk aan een eigen tafel.',
      question: 'Hoe kan ik de twee teams bij elkaar brengen?',
      meetingId,
      status: 'submitted',
    },
  });
  expect(submitted.ok()).toBe(true);
  const caseId = ((await submitted.json()) as { id: string }).id;

  // The chair and Carla act through the live protocol; Bram's phone is the page we look at.
  const chair = await LiveClient.join(baseURL!, meetingId, await cookie(anna.context));
  const helper = await LiveClient.join(baseURL!, meetingId, await cookie(carla.context));
  for (const c of [chair, helper]) expect((await c.run({ type: 'join' })).type).toBe('ack');
  const run = async (command: Record<string, unknown>) =>
    expect(await chair.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
  expect((await chair.run({ type: 'chooseMethod', methodId: 'five-step' })).type).toBe('ack');
  await bram.page.goto(`/meetings/${meetingId}/live`);
  await expect(bram.page.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible({ timeout: 20_000 });
  await run({ type: 'advancePhase' });
  await run({ type: 'advancePhase' });

  // The inventory: Bram's case is there without retyping, marked as brought in ahead.
  const pitch = bram.page.getByTestId('pitch');
  await expect(pitch).toHaveCount(1);
  await expect(pitch).toContainText('Twee teams na de fusie');
  await expect(pitch).toContainText('Vooraf ingebracht');
  await checkPage(bram.page, 'room-planned-inventory');
  const view = () => LiveClient.foldedView([chair]).view as MeetingView;
  expect(view().roles.timekeeper).toBe(rota.timekeeper);
  await run({ type: 'chooseCase', pitchId: `case-${caseId}` });
  await run({ type: 'advancePhase' });

  // The casting: his question stands as the case question, with the guidance for a learning question.
  await expect(bram.page.getByRole('heading', { name: 'Rollen voor deze casus' })).toBeVisible();
  await expect(bram.page.getByText('Hoe kan ik de twee teams bij elkaar brengen?')).toBeVisible();
  await expect(bram.page.getByText('‘Hoe kan ik …?’')).toBeVisible();
  // ROLE-7: everyone sees the planned timekeeper hold her role.
  await expect(bram.page.locator('.presence li', { hasText: 'Carla' })).toContainText('Tijdbewaker');
  await checkPage(bram.page, 'room-planned-casting');

  // After the meeting the case counts as discussed.
  await run({ type: 'endMeeting' });
  await expect
    .poll(async () => {
      const mine = (await (await bram.context.request.get('/api/me/cases')).json()) as {
        cases: { id: string; status: string }[];
      };
      return mine.cases.find((c) => c.id === caseId)?.status;
    })
    .toBe('discussed');
  for (const c of [chair, helper]) c.socket.close();
});
