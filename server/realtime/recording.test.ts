import { expect, test } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { loadEvents } from './repo';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';

describeEachDatabase('recording what is said in a live meeting', (kind) => {
  const live = useLiveApp(kind);

  test('TALK-2, TALK-3, TALK-4: the scribe notes what the case-giver says; it is theirs, stored and seen as noted', async () => {
    const { meetingId, people, clients } = await live.seat(4);
    const [chair, caseGiver, scribe, helper] = clients as [LiveClient, LiveClient, LiveClient, LiveClient];
    const ok = async (client: LiveClient, command: Record<string, unknown>) =>
      expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
    const refused = async (client: LiveClient, command: Record<string, unknown>) =>
      ((await client.run(command)) as { rejection?: { code: string } }).rejection?.code;
    await ok(chair, { type: 'chooseMethod', methodId: 'sioo' });
    await ok(chair, { type: 'assignRole', role: 'caseGiver', userId: people[1]!.id });
    await ok(chair, { type: 'assignRole', role: 'scribe', userId: people[2]!.id });
    await ok(chair, { type: 'startPhase', phaseId: 'situation' });
    const told = {
      type: 'record',
      speakerId: people[1]!.id,
      command: { type: 'contribute', kind: 'note', text: 'The team resists the rota' },
    };
    expect(await refused(scribe, told)).toBe('recording_off');
    await ok(chair, { type: 'setTalkMode', mode: 'recorded' });
    expect(await refused(helper, told)).toBe('not_recorder');
    await ok(scribe, told);

    await expect
      .poll(() => LiveClient.foldedView([helper]).view.contributions[0])
      .toMatchObject({
        text: 'The team resists the rota',
        authorId: people[1]!.id,
        recordedBy: people[2]!.id,
      });
    expect(LiveClient.foldedView([caseGiver]).view.talkMode).toBe('recorded');
    const stored = await loadEvents(live.t.database.db, meetingId);
    expect(stored.at(-1)).toMatchObject({
      type: 'contributionAdded',
      payload: { contribution: { authorId: people[1]!.id, recordedBy: people[2]!.id } },
      actorId: people[2]!.id,
    });

    // The same rules as the speaker's own: the case-giver listens while the hypotheses are written.
    await ok(chair, { type: 'startPhase', phaseId: 'hypotheses' });
    const hypothesis = { type: 'contribute', kind: 'hypothesis', text: 'I want to be liked' };
    expect(await refused(scribe, { ...told, command: hypothesis })).toBe('case_giver_listens_only');
    await ok(chair, { type: 'startPhase', phaseId: 'context' });
    expect(await refused(helper, { type: 'contribute', kind: 'question', text: 'Typed?' })).toBe(
      'recorder_notes',
    );
    const after = await loadEvents(live.t.database.db, meetingId);
    expect(after.filter((e) => e.type === 'contributionAdded')).toHaveLength(1);
  });
});
