import { expect, test } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { loadEvents } from './repo';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';

describeEachDatabase('weighing alone first in a live meeting', (kind) => {
  const live = useLiveApp(kind);

  test('VIS-10: a weight reaches the others as given but without its value until the chair reveals', async () => {
    const { people, clients } = await live.seat(3);
    const [chair, carla, dirk] = clients as [LiveClient, LiveClient, LiveClient];
    const ok = async (client: LiveClient, command: Record<string, unknown>) =>
      expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
    await ok(chair, { type: 'chooseMethod', methodId: 'force-field' });
    await ok(chair, { type: 'startPhase', phaseId: 'forces' });
    const force = { type: 'contribute', kind: 'force', force: { direction: 'restraining' } };
    await ok(carla, { ...force, text: 'Geen tijd' });
    await ok(chair, { type: 'advancePhase' });
    const weights = (client: LiveClient) => LiveClient.foldedView([client]).view.contributions[0]?.weights;
    await expect.poll(() => weights(dirk)).toEqual({});
    await ok(carla, { type: 'weighForce', contributionId: 'c1', weight: 9 });

    const carlaId = people[1]!.id;
    await expect.poll(() => weights(carla)).toEqual({ [carlaId]: 9 });
    await expect.poll(() => weights(dirk)).toEqual({ [carlaId]: 0 });
    expect(weights(chair)).toEqual({ [carlaId]: 0 });
    expect(JSON.stringify(dirk.messages)).not.toContain('"weight":9');

    await ok(chair, { type: 'reveal' });
    await expect.poll(() => weights(dirk)).toEqual({ [carlaId]: 9 });
  });

  test('FORCE-2, FORCE-4: the chair merges a duplicate and sets a force aside; everyone sees it and the log keeps it', async () => {
    const { meetingId, people, clients } = await live.seat(3);
    const [chair, carla, dirk] = clients as [LiveClient, LiveClient, LiveClient];
    const ok = async (client: LiveClient, command: Record<string, unknown>) =>
      expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
    await ok(chair, { type: 'chooseMethod', methodId: 'force-field' });
    await ok(chair, { type: 'startPhase', phaseId: 'forces' });
    const force = { type: 'contribute', kind: 'force', force: { direction: 'restraining' } };
    await ok(carla, { ...force, text: 'Geen tijd' });
    await ok(dirk, { ...force, text: 'Te weinig tijd' });
    await ok(dirk, { ...force, text: 'De wet' });
    await ok(chair, { type: 'advancePhase' });
    expect(await dirk.run({ type: 'mergeForce', contributionId: 'c2', into: 'c1' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'not_chair_or_scribe' },
    });
    await ok(chair, { type: 'mergeForce', contributionId: 'c2', into: 'c1' });
    await ok(chair, { type: 'setForceReach', contributionId: 'c3', inReach: false });
    const forces = (client: LiveClient) =>
      LiveClient.foldedView([client]).view.contributions.map((c) => [
        c.text,
        c.mergedInto ?? null,
        c.force?.inReach,
      ]);
    await expect
      .poll(() => forces(dirk))
      .toEqual([
        ['Geen tijd', null, true],
        ['Te weinig tijd', 'c1', true],
        ['De wet', null, false],
      ]);
    expect(await carla.run({ type: 'weighForce', contributionId: 'c2', weight: 3 })).toMatchObject({
      rejection: { code: 'force_merged' },
    });
    const stored = await loadEvents(live.t.database.db, meetingId);
    expect(stored.slice(-2)).toMatchObject([
      { type: 'forceMerged', payload: { contributionId: 'c2', into: 'c1', by: people[0]!.id } },
      { type: 'forceReachSet', payload: { contributionId: 'c3', inReach: false, by: people[0]!.id } },
    ]);
  });
});
