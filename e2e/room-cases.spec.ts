import type { ReportResponse } from '../core/api/reports';
import type { MeetingView } from '../core/meeting/types';
import { LiveClient } from '../server/realtime/test-client';
import { checkPage, snap } from './support/helpers';
import { groupWithMeeting, joinLive, type Member } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(300_000);

/**
 * Two cases in one meeting (CASES-1 … CASES-7): Bram's case is decided, the chair starts Carla's from the
 * laptop, phone and projector show "Casus 2", and after the end each reads their own case's report
 * whole and the other's only as the group shares it. Only the chair's laptop, Bram's phone and the
 * projector are pages; everyone acts through the live protocol.
 */
test('two cases in one meeting: the chair starts the second, and each case-giver reads their own report', async ({
  browser,
}, info) => {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla']);
  const [anna, bram, carla] = people as [Member, Member, Member];
  const live = (m: Member) => joinLive(String(info.project.use.baseURL), meetingId, m);
  const [chair, bramPhone, carlaPhone] = [await live(anna), await live(bram), await live(carla)];
  const view = () => LiveClient.foldedView([carlaPhone]).view as MeetingView;
  const idOf = (name: string) => view().participants.find((p) => p.name === name)!.userId;
  const run = async (client: LiveClient, command: Record<string, unknown>) =>
    expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
  const decideCase = async (giver: string, phone: LiveClient, question: string, decision: string) => {
    await run(chair, { type: 'assignRole', role: 'caseGiver', userId: idOf(giver) });
    await run(phone, { type: 'setCaseQuestion', text: question });
    await run(chair, { type: 'openStage', stage: 'decision' });
    await run(phone, { type: 'recordDecision', text: decision, actions: [{ text: `${giver} plant het` }] });
  };

  const laptop = anna.page;
  await laptop.setViewportSize({ width: 1280, height: 800 });
  await laptop.goto(`/meetings/${meetingId}/live`);
  await bram.page.goto(`/meetings/${meetingId}/live`);
  await projector.goto(`/meetings/${meetingId}/present`);
  await expect(laptop.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible({ timeout: 20_000 });

  await run(chair, { type: 'chooseMethod', methodId: 'sioo' });
  await decideCase(
    'Bram',
    bramPhone,
    'Hoe zeg ik nee tegen extra werk?',
    'Ik zeg voortaan eerst: ik kom erop terug.',
  );
  await expect(laptop.getByTestId('decision')).toContainText('Ik zeg voortaan eerst');

  // The chair starts the next case from the laptop; everyone sees which case runs.
  await laptop.getByRole('button', { name: 'Volgende casus starten' }).click();
  for (const page of [laptop, bram.page, projector])
    await expect(page.getByTestId('case-number')).toHaveText('Casus 2');
  await expect.poll(() => view().earlierCases?.length).toBe(1);
  await checkPage(laptop, 'room-cases-second-laptop');
  await snap(projector, 'room-cases-second-projector');

  await decideCase('Carla', carlaPhone, 'Hoe leid ik een overleg dat uitloopt?', 'Ik zet een klok op tafel.');
  await run(chair, { type: 'endMeeting' });

  // Bram lands on his own case's report, whole; the other case he reads as shared (the summary only).
  const reports = bram.page;
  await reports.goto(`/meetings/${meetingId}/report`);
  await expect(reports.getByText('Ik zeg voortaan eerst: ik kom erop terug.')).toBeVisible({
    timeout: 20_000,
  });
  const cases = reports.getByRole('navigation', { name: 'Casussen van deze bijeenkomst' });
  await expect(cases.getByRole('link', { name: 'Casus 1: Bram' })).toHaveAttribute('aria-current', 'page');
  await checkPage(reports, 'room-cases-report-own');
  await cases.getByRole('link', { name: 'Casus 2: Carla' }).click();
  await expect(reports.getByText('2 van 2')).toBeVisible();
  await expect(reports.getByRole('note')).toContainText('alleen de samenvatting');
  await expect(reports.getByText('Ik zet een klok op tafel.')).toHaveCount(0);

  // Carla's own report is hers whole, in the PDF's Markdown twin too; Bram's decision is not in it.
  const carlaReport = (await (
    await carla.context.request.get(`/api/meetings/${meetingId}/report`)
  ).json()) as ReportResponse;
  expect(carlaReport).toMatchObject({ case: 2, reading: { caseGiver: true } });
  const md = await (await carla.context.request.get(`/api/meetings/${meetingId}/report.md`)).text();
  expect(md).toContain('Ik zet een klok op tafel.');
  expect(md).toContain('**Casus:** 2 van 2');
  expect(md).not.toContain('Ik zeg voortaan eerst');
  for (const client of [chair, bramPhone, carlaPhone]) client.close();
});
