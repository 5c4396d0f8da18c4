import { currentPhase } from '../rules';
import { holderOf, nextIndex } from '../turns';
import { accept, type Deciders, reject } from './kit';

/** Passing the turn (round or stick) and handing the stick to someone (TURN-3, TURN-4). */
export const turnDeciders = {
  passTurn(state, _command, actor, now) {
    const turn = currentPhase(state) ? state.turn : null;
    if (!turn || turn.order.length === 0) return reject('no_turns');
    // The chair may move a silent or absent speaker on.
    if (holderOf(turn) !== actor.userId && state.roles.chair !== actor.userId) return reject('not_your_turn');
    return accept({ type: 'turnMoved', index: nextIndex(turn), passed: turn.spoke === 0, at: now });
  },
  passStick(state, { to }, actor, now) {
    const turn = currentPhase(state) ? state.turn : null;
    if (turn?.mode !== 'stick') return reject('no_turns');
    if (holderOf(turn) !== actor.userId && state.roles.chair !== actor.userId) return reject('not_your_turn');
    const index = turn.order.indexOf(to);
    if (index < 0) return reject('no_such_participant');
    if (index === turn.index) return accept();
    return accept({ type: 'turnMoved', index, passed: turn.spoke === 0, at: now });
  },
} satisfies Partial<Deciders>;
