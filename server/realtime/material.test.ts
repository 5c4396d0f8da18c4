import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { loadEvents } from './repo';
import { LiveClient } from './test-client';
import { seatedMeeting } from './test-meeting';

describeEachDatabase('material of earlier phases in a live meeting', (kind) => {
  let t: TestApp;
  let url: string;
  const open: LiveClient[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of open) c.socket.terminate();
    await t.close();
  });

  test('MAT-3, MAT-4: the case-giver’s rating and choice of a hypothesis are stored and reach the helpers', async () => {
    const { meetingId, people } = await seatedMeeting(t, 3);
    const [chair, caseGiver, helper] = await Promise.all(
      people.map((p) => LiveClient.join(url, meetingId, p.cookie)),
    );
    open.push(chair!, caseGiver!, helper!);
    for (const c of [chair!, caseGiver!, helper!]) expect((await c.run({ type: 'join' })).type).toBe('ack');
    const run = async (client: LiveClient, command: Record<string, unknown>) =>
      expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
    await run(chair!, { type: 'chooseMethod', methodId: 'sioo' });
    await run(chair!, { type: 'assignRole', role: 'caseGiver', userId: people[1]!.id });
    await run(chair!, { type: 'startPhase', phaseId: 'hypotheses' });
    await run(helper!, { type: 'contribute', kind: 'hypothesis', text: 'Nobody owns the change' });
    await run(chair!, { type: 'startPhase', phaseId: 'pick' });
    const id = LiveClient.foldedView([caseGiver!]).view.contributions[0]!.id;

    const refused = await helper!.run({ type: 'chooseContribution', contributionId: id });
    expect(refused).toMatchObject({ type: 'rejected', rejection: { code: 'not_case_giver' } });
    await run(caseGiver!, { type: 'rateContribution', contributionId: id, rating: 4 });
    await run(caseGiver!, { type: 'chooseContribution', contributionId: id });

    await expect
      .poll(() => LiveClient.foldedView([helper!]).view.contributions[0])
      .toMatchObject({ text: 'Nobody owns the change', rating: 4, chosen: true });
    const stored = await loadEvents(t.database.db, meetingId);
    expect(stored.at(-1)).toMatchObject({
      type: 'contributionChosen',
      payload: { contributionId: id, chosen: true },
      actorId: people[1]!.id,
    });
  });
});
