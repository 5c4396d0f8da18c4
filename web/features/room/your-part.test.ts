import { describe, expect, it } from 'vitest';
import { translate } from '../../../core/i18n/index';
import {
  caseGiver,
  chair,
  helper1,
  helper2,
  inPhase,
  type Sim,
  seated,
  testMethod,
} from '../../../core/meeting/test-support';
import { viewFor } from '../../../core/meeting/visibility';
import { currentPhase } from './derive';
import { yourPart } from './your-part';

/** The role banner as `userId` reads it in Dutch. */
function banner(sim: Sim, userId: string): string {
  const view = viewFor(sim.state, userId);
  const part = yourPart(view, userId, currentPhase(view)!);
  return translate('nl', part.key, part.vars);
}

describe('the role banner agrees with the turn list', () => {
  it('ROLE-BANNER: tells the helper whose turn it is that it is their turn, and the other to wait', () => {
    const sim = inPhase('questions');
    const turn = sim.state.turn!;
    const [holder, next] = [turn.order[turn.index]!, turn.order[(turn.index + 1) % turn.order.length]!];
    expect(banner(sim, holder)).toBe('Jij bent helper en nu aan de beurt. Passen mag.');
    expect(banner(sim, next)).toBe('Jij bent helper: wacht op je beurt. Passen mag.');
    // The floor given out of turn (LIFE-6) is the word too; the holder waits meanwhile.
    sim.ok(chair, { type: 'giveFloor', userId: next });
    expect(banner(sim, next)).toBe('Jij bent helper en nu aan de beurt. Passen mag.');
    expect(banner(sim, holder)).toBe('Jij bent helper: wacht op je beurt. Passen mag.');
  });

  it('ROLE-BANNER: with the talking stick, its holder is told to speak', () => {
    const sim = inPhase('stick');
    const holder = sim.state.turn!.order[sim.state.turn!.index]!;
    if (holder !== helper1.userId)
      sim.ok({ userId: holder, name: holder }, { type: 'passStick', to: helper1.userId });
    expect(banner(sim, helper1.userId)).toBe('Jij bent helper en hebt nu de stok: jij spreekt.');
    expect(banner(sim, helper2.userId)).toBe('Jij bent helper: spreek alleen als jij de stok hebt.');
  });
});

describe('the role banner of a pair (PAIR-2)', () => {
  it('tells the second case-giver what it tells the case-giver: speak, then listen only', () => {
    const sim = seated({ method: { ...testMethod(), caseGiverPair: true } });
    sim.ok(chair, { type: 'assignRole', role: 'coCaseGiver', userId: helper1.userId });
    sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
    expect(banner(sim, helper1.userId)).toBe(banner(sim, caseGiver.userId));
    expect(banner(sim, helper1.userId)).not.toBe(banner(sim, helper2.userId));
    sim.ok(chair, { type: 'startPhase', phaseId: 'write' });
    expect(banner(sim, helper1.userId)).toBe(banner(sim, caseGiver.userId));
    expect(banner(sim, helper1.userId)).toMatch(/inbrenger/);
  });
});
