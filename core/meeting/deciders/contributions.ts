import { DILTS_LEVELS, TGI_FACTORS } from '../../methods/vocabulary';
import type { Tag } from '../commands';
import { activeRules, contributionCheck, isRunning, type PhaseRules, visibilityOf } from '../rules';
import { holderOf, nextIndex } from '../turns';
import type { Contribution, MeetingState, RejectionCode } from '../types';
import { accept, type Deciders, newId, reject } from './kit';

const TAGS_BY_TAGGING: Record<PhaseRules['tagging'], readonly string[]> = {
  none: [],
  diltsLevel: DILTS_LEVELS,
  tgiFactor: TGI_FACTORS,
};

/** Whether a tag fits the phase's tagging (CONTRIB-6). */
export function tagFits(rules: PhaseRules | null, tag: Tag): boolean {
  return rules !== null && TAGS_BY_TAGGING[rules.tagging].includes(tag);
}

/** A contribution this user may see (and so act on), or null: hidden ones do not exist for them (CONTRIB-5). */
export function visibleContribution(state: MeetingState, id: string, userId: string): Contribution | null {
  const c = state.contributions.find((x) => x.id === id);
  if (!c) return null;
  const v = visibilityOf(state, c, userId);
  return v === 'full' || v === 'anonymous' ? c : null;
}

/** Covey rule: in a turn phase with paraphraseFirst, a turn opens with a paraphrase of the last speaker (TURN-6). */
function paraphraseMissing(state: MeetingState, rules: PhaseRules, kind: string, userId: string): boolean {
  const turn = state.turn;
  if (!rules.paraphraseFirst || !turn || !rules.contributionKinds.includes('paraphrase')) return false;
  return (
    (turn.floor ? true : turn.spoke === 0) &&
    turn.lastSpeaker !== null &&
    turn.lastSpeaker !== userId &&
    kind !== 'paraphrase'
  );
}

/** Own contributions (or ones this recorder noted) only, and edits only while their phase runs (CONTRIB-3, CONTRIB-4, TALK-5). */
function ownEditable(state: MeetingState, id: string, userId: string): Contribution | RejectionCode {
  const c = visibleContribution(state, id, userId);
  if (!c) return 'no_such_contribution';
  if (c.authorId !== userId && c.recordedBy !== userId) return 'not_own_contribution';
  return c;
}

/** Adding, editing and withdrawing contributions. */
export const contributionDeciders = {
  contribute(state, { kind, text, tag, force }, actor, now) {
    const blocked = contributionCheck(state, actor.userId);
    if (blocked) return reject(blocked);
    const rules = activeRules(state)!;
    if (!rules.contributionKinds.includes(kind)) return reject('kind_not_allowed');
    if ((kind === 'force') !== (force !== undefined)) return reject('invalid_force');
    if (tag !== undefined && !tagFits(rules, tag)) return reject('tag_not_allowed');
    if (paraphraseMissing(state, rules, kind, actor.userId)) return reject('paraphrase_first');
    const contribution: Contribution = {
      id: newId(state, 'c'),
      authorId: actor.userId,
      kind,
      text,
      phaseId: rules.id,
      createdAt: now,
      editedAt: null,
      private: rules.turns === 'individual',
      revealed: false,
      tag: tag ?? null,
      force: force ?? null,
      answer: null,
      rating: null,
      weights: {},
    };
    const added = { type: 'contributionAdded', contribution } as const;
    // The floor out of turn holds one contribution, then it is back with the turn's holder (LIFE-6).
    if (state.turn?.floor === actor.userId) {
      return accept(added, { type: 'floorGiven', userId: null, at: now });
    }
    // A round gives one contribution per turn, then the turn moves on (TURN-2).
    if (rules.turns === 'round' && state.turn && holderOf(state.turn) === actor.userId) {
      return accept(added, { type: 'turnMoved', index: nextIndex(state.turn), passed: false, at: now });
    }
    return accept(added);
  },
  editContribution(state, { contributionId, text, force }, actor, now) {
    const c = ownEditable(state, contributionId, actor.userId);
    if (typeof c === 'string') return reject(c);
    if (!isRunning(state, c.phaseId)) return reject('phase_closed');
    if (force !== undefined && c.kind !== 'force') return reject('invalid_force');
    return accept({ type: 'contributionEdited', contributionId, text, force: force ?? c.force, at: now });
  },
  withdrawContribution(state, { contributionId }, actor) {
    const c = ownEditable(state, contributionId, actor.userId);
    if (typeof c === 'string') return reject(c);
    return accept({ type: 'contributionWithdrawn', contributionId });
  },
} satisfies Partial<Deciders>;
