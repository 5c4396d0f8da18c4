import { describe, expect, it } from 'vitest';
import {
  caseGiver,
  chair,
  facilitator,
  guest,
  helper1,
  helper2,
  observer,
  Sim,
  seated,
} from './test-support';

describe('roles', () => {
  it('ROLE-1: the case-giver cannot be handed the chair', () => {
    const sim = seated();
    expect(sim.refused(chair, { type: 'assignRole', role: 'chair', userId: caseGiver.userId })).toBe(
      'case_giver_cannot_chair',
    );
    expect(sim.state.roles.chair).toBe(chair.userId);
  });

  it('ROLE-1: the chair cannot be made case-giver', () => {
    const sim = seated();
    expect(sim.refused(chair, { type: 'assignRole', role: 'caseGiver', userId: chair.userId })).toBe(
      'case_giver_cannot_chair',
    );
    expect(sim.state.roles.caseGiver).toBe(caseGiver.userId);
  });

  it("ROLE-1: choosing the chair's own pitch is refused", () => {
    const sim = seated();
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(chair, { type: 'pitchCase', text: 'My own trouble' });
    const pitchId = sim.state.pitches[0]!.id;
    expect(sim.refused(chair, { type: 'chooseCase', pitchId })).toBe('case_giver_cannot_chair');
  });

  it('ROLE-2: the chair hands over, and there is still exactly one chair', () => {
    const sim = seated();
    sim.ok(chair, { type: 'assignRole', role: 'chair', userId: helper1.userId });
    expect(sim.state.roles.chair).toBe(helper1.userId);
    expect(sim.refused(chair, { type: 'advancePhase' })).toBe('not_chair');
    sim.ok(helper1, { type: 'advancePhase' });
    expect(sim.state.stage).toBe('opening');
  });

  it('ROLE-2: the chair cannot leave before handing over', () => {
    const sim = seated();
    expect(sim.refused(chair, { type: 'leave' })).toBe('chair_must_hand_over');
    sim.ok(chair, { type: 'assignRole', role: 'chair', userId: helper2.userId });
    sim.ok(chair, { type: 'leave' });
    expect(sim.state.participants.map((p) => p.userId)).not.toContain(chair.userId);
  });

  it('ROLE-3: becoming case-giver drops every other role', () => {
    const sim = seated();
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper1.userId });
    sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: facilitator.userId });
    sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: helper1.userId });
    expect(sim.state.roles.scribe).toBeNull();
    expect(sim.state.roles.caseGiver).toBe(helper1.userId);
    expect(sim.refused(chair, { type: 'assignRole', role: 'timekeeper', userId: helper1.userId })).toBe(
      'role_conflict',
    );
  });

  it('ROLE-4: roles go to participants only', () => {
    const sim = seated();
    expect(sim.refused(chair, { type: 'assignRole', role: 'scribe', userId: 'stranger' })).toBe(
      'no_such_participant',
    );
  });

  it('ROLE-5: only the chair moves the meeting, assigns roles and ends it', () => {
    const sim = seated();
    for (const command of [
      { type: 'advancePhase' },
      { type: 'startPhase' },
      { type: 'assignRole', role: 'scribe', userId: helper1.userId },
      { type: 'endMeeting' },
      { type: 'admitGuest', userId: guest.userId, name: guest.name },
    ] as const) {
      expect(sim.refused(helper1, command)).toBe('not_chair');
    }
    expect(sim.state.stage).toBe('lobby');
  });

  it('ROLE-6: the timekeeper may extend the time box, a helper may not', () => {
    const sim = seated();
    sim.ok(chair, { type: 'assignRole', role: 'timekeeper', userId: helper1.userId });
    sim.ok(chair, { type: 'startPhase' });
    expect(sim.refused(helper2, { type: 'extendTimebox', minutes: 2 })).toBe('not_chair_or_timekeeper');
    sim.ok(helper1, { type: 'extendTimebox', minutes: 2 });
    expect(sim.state.extendedMs).toBe(120_000);
  });
});

describe('joining', () => {
  it('JOIN-1: someone who did not join cannot act, and joining twice changes nothing', () => {
    const sim = new Sim();
    expect(sim.refused(helper1, { type: 'raiseFlag', reason: 'time' })).toBe('not_participant');
    expect(sim.ok(helper1, { type: 'join' })).toHaveLength(1);
    expect(sim.ok(helper1, { type: 'join' })).toHaveLength(0);
    expect(sim.state.participants).toEqual([{ userId: 'h1', name: 'Helper one', guest: false }]);
  });

  it('JOIN-2: a guest waits until the chair admits them, and a refused guest is out', () => {
    const sim = seated();
    expect(sim.refused(guest, { type: 'join' })).toBe('guest_not_admitted');
    expect(sim.refused(guest, { type: 'raiseFlag', reason: 'time' })).toBe('guest_not_admitted');
    sim.ok(chair, { type: 'admitGuest', userId: guest.userId, name: guest.name });
    sim.ok(guest, { type: 'join' });
    expect(sim.state.participants.at(-1)).toEqual({ userId: guest.userId, name: 'Guest', guest: true });
    sim.ok(chair, { type: 'refuseGuest', userId: guest.userId });
    expect(sim.refused(guest, { type: 'join' })).toBe('guest_not_admitted');
  });

  it('JOIN-3: leaving takes someone out of the roster, their roles and the turn order', () => {
    const sim = seated();
    sim.ok(observer, { type: 'join' });
    sim.ok(chair, { type: 'assignRole', role: 'observer', userId: observer.userId });
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper1.userId });
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    expect(sim.state.turn?.order).toContain(helper1.userId);
    sim.ok(helper1, { type: 'leave' });
    expect(sim.state.roles.scribe).toBeNull();
    expect(sim.state.turn?.order).toEqual([chair.userId, helper2.userId, facilitator.userId]);
  });
});
