import { describe, expect, it } from 'vitest';
import { evolve } from './evolve';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase, type Sim } from './test-support';
import type { MeetingState, ProjectedEvent, StoredEvent } from './types';
import { projectEvent, viewFor } from './visibility';

/** Runs a command and returns, per event, what `userId` receives. */
function received(sim: Sim, userId: string, run: () => void) {
  const from = sim.log.length;
  const before = sim.state;
  run();
  // Rebuild the intermediate states so each event is projected between its own before and after.
  let s = before;
  const out: (ProjectedEvent | 'resync' | null)[] = [];
  for (const e of sim.log.slice(from)) {
    const next = evolve(s, e);
    out.push(projectEvent(s, next, e, userId));
    s = next;
  }
  return out;
}

const texts = (state: MeetingState) => state.contributions.map((c) => c.text);

describe('visibility', () => {
  it('VIS-1: private writing is seen by its author only, as a placeholder by others, until revealed', () => {
    const sim = inPhase('write');
    sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'Say no kindly' });
    expect(texts(viewFor(sim.state, helper1.userId))).toEqual(['Say no kindly']);
    const other = viewFor(sim.state, helper2.userId).contributions;
    expect(other).toEqual([
      expect.objectContaining({
        kind: 'advice',
        text: '',
        authorId: '',
        redaction: 'hidden',
        phaseId: 'write',
      }),
    ]);
    expect(JSON.stringify(viewFor(sim.state, chair.userId))).not.toContain('Say no kindly');
    // The reveal carries only what helper2 now sees differently; their placeholder gives way to it.
    const held = viewFor(sim.state, helper2.userId);
    const [got] = received(sim, helper2.userId, () => sim.ok(chair, { type: 'reveal' }));
    expect(got).toMatchObject({
      type: 'privateRevealed',
      shown: [expect.objectContaining({ text: 'Say no kindly', authorId: 'h1' })],
    });
    expect(texts(evolve(held, got as StoredEvent))).toEqual(['Say no kindly']);
    expect(texts(viewFor(sim.state, helper2.userId))).toEqual(['Say no kindly']);
  });

  it('VIS-1: private writing is revealed together when the phase ends', () => {
    const sim = inPhase('write');
    sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'A' });
    sim.ok(helper2, { type: 'contribute', kind: 'advice', text: 'B' });
    expect(texts(viewFor(sim.state, caseGiver.userId))).toEqual(['', '']);
    sim.ok(chair, { type: 'advancePhase' });
    expect(texts(viewFor(sim.state, caseGiver.userId))).toEqual(['A', 'B']);
  });

  it('VIS-2: a case-giver who is out of the room sees nothing of that phase', () => {
    const sim = inPhase('away');
    const got = received(sim, caseGiver.userId, () => {
      sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'She avoids conflict' });
      sim.ok(helper2, { type: 'raiseFlag', reason: 'respect', text: 'Careful with labels' });
    });
    expect(got).toEqual([null, null]);
    const view = JSON.stringify(viewFor(sim.state, caseGiver.userId));
    expect(view).not.toContain('avoids conflict');
    expect(view).not.toContain('Careful with labels');
    expect(viewFor(sim.state, helper2.userId).contributions).toHaveLength(1);
    const back = received(sim, caseGiver.userId, () => sim.ok(chair, { type: 'advancePhase' }));
    expect(back).toEqual(['resync']);
    expect(texts(viewFor(sim.state, caseGiver.userId))).toEqual(['She avoids conflict']);
  });

  it('VIS-2: back in the room, the case-giver gets a fresh view holding what was said while away', () => {
    const sim = inPhase('away');
    sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'She avoids conflict' });
    const back = received(sim, caseGiver.userId, () => sim.ok(chair, { type: 'advancePhase' }));
    // Something they never had cannot be patched into their view: only a snapshot brings it.
    expect(back).toEqual(['resync']);
    expect(texts(viewFor(sim.state, caseGiver.userId))).toEqual(['She avoids conflict']);
  });

  it('VIS-3: a turned-away case-giver sees the texts but not who wrote them until the phase ends', () => {
    const sim = inPhase('gossip');
    sim.ok(helper1, { type: 'contribute', kind: 'hypothesis', text: 'Maybe she is afraid' });
    const [seen] = received(sim, caseGiver.userId, () =>
      sim.ok(helper2, { type: 'contribute', kind: 'hypothesis', text: 'Maybe he is tired' }),
    );
    expect(seen).toMatchObject({
      contribution: { text: 'Maybe he is tired', authorId: '', redaction: 'anonymous' },
    });
    const view = viewFor(sim.state, caseGiver.userId);
    expect(view.contributions.map((c) => [c.text, c.authorId])).toEqual([
      ['Maybe she is afraid', ''],
      ['Maybe he is tired', ''],
    ]);
    expect(viewFor(sim.state, chair.userId).contributions.map((c) => c.authorId)).toEqual(['h1', 'h2']);
  });

  it('VIS-4: after the phase the case-giver sees the authors again', () => {
    const sim = inPhase('gossip');
    sim.ok(helper1, { type: 'contribute', kind: 'hypothesis', text: 'Maybe she is afraid' });
    const held = viewFor(sim.state, caseGiver.userId);
    const [got] = received(sim, caseGiver.userId, () => sim.ok(chair, { type: 'advancePhase' }));
    expect(got).toMatchObject({ type: 'phaseStarted', shown: [expect.objectContaining({ authorId: 'h1' })] });
    expect(evolve(held, got as StoredEvent).contributions[0]).toMatchObject({ authorId: 'h1' });
    expect(viewFor(sim.state, caseGiver.userId).contributions[0]).toMatchObject({ authorId: 'h1' });
    expect(viewFor(sim.state, caseGiver.userId).contributions[0]!.redaction).toBeUndefined();
  });

  it('VIS-5: facilitator prompts reach only facilitators', () => {
    const sim = inPhase('questions');
    const prompts = (userId: string) =>
      viewFor(sim.state, userId).method!.phases.find((p) => p.id === 'questions')!.facilitatorPrompts;
    expect(prompts(facilitator.userId)).toHaveLength(1);
    expect(prompts(chair.userId)).toEqual([]);
    expect(prompts(helper1.userId)).toEqual([]);
    const got = received(sim, helper1.userId, () =>
      sim.ok(chair, { type: 'assignRole', role: 'facilitator', userId: helper1.userId }),
    );
    expect(got).toEqual(['resync']);
    expect(prompts(helper1.userId)).toHaveLength(1);
  });

  it('VIS-6: everyone sees a flag, only the chair, facilitators and the raiser see who raised it', () => {
    const sim = inPhase('questions');
    sim.ok(helper1, { type: 'raiseFlag', reason: 'suggestiveQuestion' });
    expect(viewFor(sim.state, chair.userId).flags[0]!.raisedBy).toBe('h1');
    expect(viewFor(sim.state, facilitator.userId).flags[0]!.raisedBy).toBe('h1');
    expect(viewFor(sim.state, helper1.userId).flags[0]!.raisedBy).toBe('h1');
    expect(viewFor(sim.state, helper2.userId).flags[0]).toMatchObject({
      raisedBy: '',
      reason: 'suggestiveQuestion',
    });
    const [seen] = received(sim, caseGiver.userId, () =>
      sim.ok(helper2, { type: 'raiseFlag', reason: 'time' }),
    );
    expect(seen).toMatchObject({ flag: { raisedBy: '' } });
  });

  it('VIS-7: learning points stay with their author until shared', () => {
    const sim = inPhase('questions');
    const [added] = received(sim, helper2.userId, () =>
      sim.ok(helper1, { type: 'learningPoint', text: 'I rush to advice' }),
    );
    expect(added).toBeNull();
    expect(viewFor(sim.state, helper1.userId).learningPoints).toHaveLength(1);
    expect(viewFor(sim.state, helper2.userId).learningPoints).toEqual([]);
    const id = sim.state.learningPoints[0]!.id;
    const got = received(sim, helper2.userId, () =>
      sim.ok(helper1, { type: 'shareLearningPoint', learningPointId: id, shared: true }),
    );
    expect(got).toEqual(['resync']);
    expect(viewFor(sim.state, helper2.userId).learningPoints).toHaveLength(1);
  });

  it('VIS-8: a view kept with evolve on projected events equals a fresh view', () => {
    const sim = inPhase('write');
    const users = [chair, caseGiver, helper1, helper2, facilitator].map((a) => a.userId);
    const views = new Map(users.map((u) => [u, viewFor(sim.state, u)]));
    const steps: [typeof chair, Parameters<Sim['ok']>[1]][] = [
      [helper1, { type: 'contribute', kind: 'advice', text: 'Secret advice' }],
      [helper1, { type: 'editContribution', contributionId: 'c1', text: 'Better advice' }],
      [chair, { type: 'advancePhase' }],
      [helper2, { type: 'contribute', kind: 'diagnosis', text: 'Behind her back' }],
      [chair, { type: 'advancePhase' }],
      [helper1, { type: 'contribute', kind: 'hypothesis', text: 'Anonymous guess' }],
      [helper1, { type: 'learningPoint', text: 'Mine' }],
      [chair, { type: 'advancePhase' }],
    ];
    let s = sim.state;
    for (const [actor, command] of steps) {
      const from = sim.log.length;
      sim.ok(actor, command);
      for (const e of sim.log.slice(from)) {
        const next = evolve(s, e);
        for (const u of users) {
          const p = projectEvent(s, next, e, u);
          const v = p === 'resync' ? viewFor(next, u) : p === null ? views.get(u)! : evolve(views.get(u)!, p);
          views.set(u, v);
          expect({ ...v, nextId: 0 }).toEqual({ ...viewFor(next, u), nextId: 0 });
        }
        s = next;
      }
    }
  });
});
