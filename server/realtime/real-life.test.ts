import { beforeAll, expect, test } from 'vitest';
import type { MeetingView } from '../../core/meeting/types';
import { setRole } from '../features/groups/repo';
import { insertTrajectory, savePlan } from '../features/trajectories/repo';
import type { TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { findMeeting, loadEvents } from './repo';
import { frozenSetup } from './setup';
import { LiveClient } from './test-client';
import { useLiveApp } from './test-live-app';
import { type Member, seatedMeeting } from './test-meeting';

describeEachDatabase('the room survives real life', (kind) => {
  const live = useLiveApp(kind);
  let t: TestApp;
  beforeAll(() => {
    t = live.t;
  });

  const ok = async (client: LiveClient, command: unknown) => {
    const reply = await client.run(command);
    expect(reply, JSON.stringify(reply)).toMatchObject({ type: 'ack' });
  };

  const guestCookie = async (meetingId: string, member: Member, name: string) => {
    const codeRes = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/join-code`,
      headers: { cookie: member.cookie },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/guests/join',
      payload: { code: codeRes.json().code, name, acceptConfidentiality: true },
    });
    return { cookie: String(res.headers['set-cookie']).split(';')[0]!, id: res.json().userId as string };
  };

  test('LIFE-2: while the chair stays away a group admin takes the chair; once the chair is there, not', async () => {
    const m = await seatedMeeting(t, 3);
    const [planned, admin, member] = m.people as [Member, Member, Member];
    await setRole(t.database.db, m.groupId, admin.id, 'admin');
    const a = await live.join(m.meetingId, admin.cookie);
    const b = await live.join(m.meetingId, member.cookie);
    await ok(a, { type: 'join' });
    await ok(b, { type: 'join' });
    expect(await b.run({ type: 'takeChair' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'not_admin_or_facilitator' },
    });
    await ok(a, { type: 'takeChair' });
    // The others hear it (as the event, or a fresh view when the setup was frozen for it).
    await b.waitFor(
      (msg): msg is typeof msg =>
        (msg.type === 'events' && msg.events.some((e) => e.type === 'chairTaken')) ||
        (msg.type === 'snapshot' && (msg.view as MeetingView).roles.chair === admin.id),
    );
    expect(LiveClient.foldedView([b]).view.roles.chair).toBe(admin.id);
    const log = await loadEvents(t.database.db, m.meetingId);
    expect(log.find((e) => e.type === 'chairTaken')?.payload).toMatchObject({
      userId: admin.id,
      from: planned.id,
    });
    // The new chair runs the meeting, and the planned chair arriving later does not get it back.
    await ok(a, { type: 'openStage', stage: 'opening' });
    const late = await live.join(m.meetingId, planned.cookie);
    const snapshot = await late.next('snapshot');
    expect(snapshot.view).toMatchObject({ stage: 'opening', roles: { chair: admin.id } });

    const other = await seatedMeeting(t, 2);
    const [chair, second] = other.people as [Member, Member];
    await setRole(t.database.db, other.groupId, second.id, 'admin');
    const c = await live.join(other.meetingId, chair.cookie);
    const s = await live.join(other.meetingId, second.cookie);
    await ok(c, { type: 'join' });
    await ok(s, { type: 'join' });
    expect(await s.run({ type: 'takeChair' })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'chair_present' },
    });
  });

  test('LIFE-7: a meeting in a trajectory starts with the facilitator as the plan says', async () => {
    const m = await seatedMeeting(t, 2);
    const db = t.database.db;
    await insertTrajectory(db, {
      id: `tr-${m.meetingId}`,
      groupId: m.groupId,
      name: 'Traject',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      plannedMeetings: 3,
      mode: 'guided',
    });
    await savePlan(db, {
      meetingId: m.meetingId,
      trajectoryId: `tr-${m.meetingId}`,
      facilitatorMode: 'observes',
    });
    const setup = await frozenSetup(db, (await findMeeting(db, m.meetingId))!);
    expect(setup.facilitatorMode).toBe('background');
    const chair = await live.join(m.meetingId, m.people[0]!.cookie);
    expect((await chair.next('snapshot')).view).toMatchObject({ facilitatorMode: 'background' });
  });

  test('LIFE-1: a guest who knocks in the middle of a phase is seen by the chair, admitted and takes part', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => live.join(m.meetingId, p.cookie)));
    for (const c of clients) await ok(c, { type: 'join' });
    const [chair] = clients as [LiveClient];
    await ok(chair, { type: 'chooseMethod', versionId: m.versionId });
    await ok(chair, { type: 'assignRole', role: 'caseGiver', userId: m.people[1]!.id });
    await ok(chair, { type: 'startPhase', phaseId: 'ask' });
    const guest = await guestCookie(m.meetingId, m.people[0]!, 'Gast Laat');
    const socket = await live.join(m.meetingId, guest.cookie);
    expect(socket.messages[0]).toMatchObject({ type: 'welcome', status: 'waiting' });
    await chair.next('guests', (g) => g.waiting.some((w) => w.userId === guest.id));
    await ok(chair, { type: 'admitGuest', userId: guest.id, name: 'Gast Laat' });
    const snapshot = await socket.next('snapshot');
    expect(snapshot.view).toMatchObject({ stage: 'phase' });
    await ok(socket, { type: 'join' });
    await ok(socket, { type: 'contribute', kind: 'question', text: 'Wat gebeurde er daarvoor?' });
  });

  test('LIFE-3, LIFE-4, LIFE-5: pause, undo of a skip and a hidden contribution reach everyone as they may see them', async () => {
    const m = await seatedMeeting(t, 3);
    const clients = await Promise.all(m.people.map((p) => live.join(m.meetingId, p.cookie)));
    for (const c of clients) await ok(c, { type: 'join' });
    const [chair, caseGiver, helper] = clients as [LiveClient, LiveClient, LiveClient];
    await ok(chair, { type: 'chooseMethod', versionId: m.versionId });
    await ok(chair, { type: 'assignRole', role: 'caseGiver', userId: m.people[1]!.id });
    await ok(chair, { type: 'startPhase', phaseId: 'ask' });
    await ok(chair, { type: 'pauseClock' });
    await helper.next('events', (e) => e.events.some((x) => x.type === 'clockPaused'));
    await ok(chair, { type: 'resumeClock' });
    await ok(chair, { type: 'skipPhase', phaseId: 'ask' });
    await ok(chair, { type: 'undoSkip', phaseId: 'ask' });
    await ok(helper, { type: 'contribute', kind: 'question', text: 'Een grove opmerking' });
    const added = helper.events().find((e) => e.type === 'contributionAdded');
    const id = (added!.contribution as { id: string }).id;
    await ok(chair, { type: 'hideContribution', contributionId: id });
    const hidden = await caseGiver.next('events', (e) =>
      e.events.some((x) => x.type === 'contributionHidden'),
    );
    const event = hidden.events.find((x) => x.type === 'contributionHidden')!;
    expect(JSON.stringify(event)).not.toContain('grove');
    expect(event.shown).toEqual([
      expect.objectContaining({ id, text: '', hidden: true, redaction: 'removed' }),
    ]);
    expect(await caseGiver.run({ type: 'rateContribution', contributionId: id, rating: 3 })).toMatchObject({
      type: 'rejected',
      rejection: { code: 'no_such_contribution' },
    });
  });
});
