import { expect, test } from 'vitest';
import type { MeetingView } from '../../core/meeting/types';
import { describeEachDatabase } from '../test/databases';
import type { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';
import { type Member, seatedMeeting } from './test-meeting';

const FIRST = { question: 'Hoe zeg ik nee?', asked: 'Wat maakt nee zo moeilijk?', decision: 'Ik zeg nee.' };
const SECOND = {
  question: 'Hoe leid ik het overleg?',
  asked: 'Wie praat er het meest?',
  decision: 'Ik stel een agenda op.',
};

// Two cases in one live meeting (CASES-1 … CASES-7), through the real room on both databases.
describeEachDatabase('two cases in one live meeting', (kind) => {
  const live = useLiveApp(kind);

  test('CASES-1, CASES-6, CASES-7: a second case resyncs everyone, and after the end each case-giver keeps their own case', async () => {
    const { t } = live;
    const m = await seatedMeeting(t, 4);
    const [anna, bram, carla, dirk] = m.people as [Member, Member, Member, Member];
    const [chair, first, second, helper] = await Promise.all(
      [anna, bram, carla, dirk].map((p) => live.join(m.meetingId, p.cookie)),
    );
    const run = async (who: LiveClient, command: Record<string, unknown>) =>
      expect(await who.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
    const oneCase = async (
      giver: Member,
      giverSocket: LiveClient,
      asker: LiveClient,
      texts: typeof FIRST,
    ) => {
      await run(chair!, { type: 'assignRole', role: 'caseGiver', userId: giver.id });
      await run(giverSocket, { type: 'setCaseQuestion', text: texts.question });
      await run(chair!, { type: 'startPhase', phaseId: 'ask' });
      await run(asker, { type: 'contribute', kind: 'question', text: texts.asked });
      await run(chair!, { type: 'openStage', stage: 'decision' });
      await run(giverSocket, { type: 'recordDecision', text: texts.decision, actions: [] });
    };
    for (const socket of [chair!, first!, second!, helper!]) await run(socket, { type: 'join' });
    await run(chair!, { type: 'chooseMethod', versionId: m.versionId });
    await oneCase(bram, first!, helper!, FIRST);
    const before = helper!.messages.length;
    await run(chair!, { type: 'startNextCase' });
    // Everyone gets a fresh view: the first case kept, the second empty, at the inventory.
    const resync = await helper!.next('snapshot', (s) => helper!.messages.indexOf(s) >= before);
    const view = resync.view as MeetingView;
    expect(view).toMatchObject({ stage: 'inventory', contributions: [], decision: null, caseQuestion: null });
    expect(view.roles.caseGiver).toBeNull();
    expect(view.earlierCases).toHaveLength(1);
    expect(view.earlierCases![0]).toMatchObject({ caseGiver: bram.id, decision: { text: FIRST.decision } });
    await oneCase(carla, second!, helper!, SECOND);
    await run(chair!, { type: 'endMeeting' });

    // The group shares the summary only (the default): each case-giver reads their own case, not the other.
    const textOf = async (who: Member) => {
      const socket = await live.join(m.meetingId, who.cookie, 0);
      await socket.next('snapshot');
      return JSON.stringify(socket.messages);
    };
    const bramSees = await textOf(bram);
    for (const text of Object.values(FIRST)) expect(bramSees).toContain(text);
    for (const text of Object.values(SECOND)) expect(bramSees).not.toContain(text);
    const carlaSees = await textOf(carla);
    for (const text of Object.values(SECOND)) expect(carlaSees).toContain(text);
    for (const text of Object.values(FIRST)) expect(carlaSees).not.toContain(text);
    const dirkSees = await textOf(dirk);
    for (const text of [...Object.values(FIRST), ...Object.values(SECOND)])
      expect(dirkSees).not.toContain(text);
  });
});
