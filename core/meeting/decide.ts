import type { Command, CommandType } from './commands';
import { caseDeciders } from './deciders/cases';
import { closingDeciders } from './deciders/closing';
import { contributionDeciders } from './deciders/contributions';
import { advance, flowDeciders } from './deciders/flow';
import { forceDeciders } from './deciders/forces';
import { inventoryDeciders } from './deciders/inventory';
import { type Decider, type Deciders, reject } from './deciders/kit';
import { presenceDeciders } from './deciders/presence';
import { reactionDeciders } from './deciders/reactions';
import { realLifeDeciders } from './deciders/real-life';
import { recordingDeciders, typingCheck } from './deciders/recording';
import { roleDeciders } from './deciders/roles';
import { turnDeciders } from './deciders/turns';
import { isParticipant } from './rules';
import type { Actor, Decided, MeetingEvent, MeetingState } from './types';

const deciders: Deciders = {
  ...presenceDeciders,
  ...roleDeciders,
  ...flowDeciders,
  ...inventoryDeciders,
  ...contributionDeciders,
  ...turnDeciders,
  ...reactionDeciders,
  ...forceDeciders,
  ...closingDeciders,
  // A recorded command is decided by the same deciders, with the speaker as actor (TALK-3).
  ...recordingDeciders((state, command, actor, now) =>
    (deciders[command.type] as Decider<CommandType>)(state, command as never, actor, now),
  ),
  ...realLifeDeciders,
  ...caseDeciders,
};

/** Commands only the chair may give (ROLE-5). extendTimebox also allows the timekeeper (checked in flow). */
const CHAIR_ONLY: ReadonlySet<CommandType> = new Set<CommandType>([
  'admitGuest',
  'refuseGuest',
  'assignRole',
  'unassignRole',
  'chooseMethod',
  'openStage',
  'startPhase',
  'advancePhase',
  'goBack',
  'skipPhase',
  'undoSkip',
  'hideContribution',
  'giveFloor',
  'reveal',
  'chooseCase',
  'resolveFlag',
  'endMeeting',
  'setTalkMode',
  'startNextCase',
]);

/** Decides a validated command from an actor at server time `now`: the events it causes, or why not. Pure. */
export function decide(state: MeetingState, command: Command, actor: Actor, now: number): Decided {
  if (state.stage === 'ended') return reject('meeting_ended');
  if (command.type !== 'join' && !isParticipant(state, actor.userId)) {
    const waiting = actor.guest === true && !state.admittedGuests.includes(actor.userId);
    return reject(waiting ? 'guest_not_admitted' : 'not_participant');
  }
  if (CHAIR_ONLY.has(command.type) && state.roles.chair !== actor.userId) return reject('not_chair');
  const typing = command.type === 'contribute' ? typingCheck(state, actor.userId) : null;
  if (typing) return reject(typing);
  const decider = deciders[command.type] as Decider<CommandType>;
  return decider(state, command as never, actor, now);
}

/** Events the clock causes: with autoAdvance on, a phase whose deadline passed moves on (TIME-4). */
export function tick(state: MeetingState, now: number): MeetingEvent[] {
  if (!state.autoAdvance || state.stage !== 'phase' || state.deadline === null || now < state.deadline)
    return [];
  // A paused clock does not run out (LIFE-3).
  if (state.pausedAt !== null) return [];
  const result = advance(state, now);
  return result.ok ? result.events : [];
}
