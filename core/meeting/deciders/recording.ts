import type { Command, CommandOf } from '../commands';
import { activeRules } from '../rules';
import type { Actor, Decided, MeetingEvent, MeetingState, RejectionCode } from '../types';
import { accept, type Deciders, reject } from './kit';

/** Whether this user may note what others say: the chair or the scribe (TALK-2). */
export function isRecorder(state: MeetingState, userId: string): boolean {
  return state.roles.chair === userId || state.roles.scribe === userId;
}

/**
 * Why this user may not type a contribution of their own in the way of working in force, or null (TALK-6):
 * with one device recording, only recorders add contributions, except private writing, which stays one's own.
 */
export function typingCheck(state: MeetingState, userId: string): RejectionCode | null {
  if (state.talkMode !== 'recorded' || isRecorder(state, userId)) return null;
  return activeRules(state)?.turns === 'individual' ? null : 'recorder_notes';
}

/** A recorded contribution names who noted it; recording for oneself is simply contributing (TALK-4). */
function noted(events: MeetingEvent[], recorderId: string): MeetingEvent[] {
  return events.map((e) =>
    e.type === 'contributionAdded'
      ? { ...e, contribution: { ...e.contribution, recordedBy: recorderId } }
      : e,
  );
}

type Decide = (state: MeetingState, command: Command, actor: Actor, now: number) => Decided;

/** Choosing the way of working, and recording for a speaker with the speaker's own rules (TALK-1…TALK-4). */
export function recordingDeciders(decideAs: Decide) {
  return {
    setTalkMode(state, { mode }, actor) {
      return state.talkMode === mode ? accept() : accept({ type: 'talkModeSet', mode, by: actor.userId });
    },
    record(state, { speakerId, command }: CommandOf<'record'>, actor, now) {
      if (state.talkMode === 'typed') return reject('recording_off');
      if (!isRecorder(state, actor.userId)) return reject('not_recorder');
      const speaker = state.participants.find((p) => p.userId === speakerId);
      if (!speaker) return reject('no_such_participant');
      const decided = decideAs(state, command, speaker, now);
      if (!decided.ok || speakerId === actor.userId) return decided;
      return accept(...noted(decided.events, actor.userId));
    },
  } satisfies Partial<Deciders>;
}
