import { commandSchema, type EngineCommandInput } from '../meeting/commands';
import { decide } from '../meeting/decide';
import { partsNow } from '../meeting/plan';
import { currentPhase } from '../meeting/rules';
import type { Actor, Contribution, MeetingState } from '../meeting/types';
import type { Localized } from '../methods/schema';
import { type DemoPlan, demoCase, demoCaseGiver, SIMULATED, VISITOR_ID } from './demo';
import type { DemoScript } from './demo-scripts';

/** A command one simulated participant gives now. */
export type SimulatedCommand = { actor: Actor; command: EngineCommandInput };

/** Seconds between two things the simulated people write: a natural pace, never all at once. */
const PAUSE_MS = { min: 5_000, spread: 6_000 };
/** How long after a step opens before anyone writes, and how long everyone gets to read before it moves on. */
const SETTLE_MS = 4_000;
const READ_MS = 9_000;
/** Steps without a clock of their own move on after this, whatever the visitor does. */
const STAGE_MAX_MS = 3 * 60_000;

type Pool = 'situation' | 'questions' | 'ideas' | 'advice' | 'takeaways' | 'reflections' | 'actions';

/** Which lines of the script fit a contribution kind, for a case-giver or a helper. */
function poolOf(kind: string, caseGiver: boolean): Pool | null {
  if (kind === 'note') return caseGiver ? 'situation' : null;
  if (kind === 'question' || kind === 'factualQuestion') return caseGiver ? null : 'questions';
  if (kind === 'hypothesis' || kind === 'diagnosis') return caseGiver ? null : 'ideas';
  if (kind === 'advice') return caseGiver ? null : 'advice';
  if (kind === 'insight') return caseGiver ? 'takeaways' : 'reflections';
  if (kind === 'action') return caseGiver ? 'actions' : null;
  return null;
}

function lineOf(script: DemoScript, pool: Pool, at: number): Localized | undefined {
  return pool === 'questions' ? script.questions[at]?.q : script[pool][at];
}

/**
 * The simulated participants of a demo meeting (DEMO-2). Pure: it reads the meeting state and the clock and
 * names the next command one of them gives; the room decides it with the engine like anyone's command. It
 * only names commands the engine accepts now, so nothing simulated is ever refused. `random` is seeded by
 * the caller: the same seed, clock and visitor give the same meeting.
 */
export class DemoSimulation {
  private readonly script: DemoScript;
  private readonly caseGiverId: string;
  /** How far each pool of the script has been used, across the whole meeting. */
  private readonly cursor = new Map<Pool, number>();
  /** Who already wrote in the current step, so each simulated person says one thing per pool and step. */
  private wrote = new Set<string>();
  private step = '';
  private stepSince = 0;
  private nextAt = 0;
  /** When the simulated people ran out of things to do in this step (for the reading time). */
  private doneSince: number | null = null;
  private readonly generic = { at: 0 };

  constructor(
    private readonly plan: DemoPlan,
    private readonly random: () => number,
  ) {
    this.script = demoCase(plan.methodId).script;
    this.caseGiverId = demoCaseGiver(plan.role);
  }

  /** The next simulated command due at `now`, or null when nobody simulated acts now. */
  next(state: MeetingState, now: number): SimulatedCommand | null {
    if (state.endedAt !== null) return null;
    this.follow(state, now);
    const join = SIMULATED.find((a) => !state.participants.some((p) => p.userId === a.userId));
    if (join) return { actor: join, command: { type: 'join' } };
    if (!state.participants.some((p) => p.userId === VISITOR_ID)) return null;
    const paced = now >= this.nextAt ? this.pacedMove(state) : null;
    if (paced) {
      this.nextAt = now + PAUSE_MS.min + this.random() * PAUSE_MS.spread;
      this.doneSince = null;
      return paced;
    }
    const turn = this.turnMove(state, now);
    if (turn || now < this.nextAt) return turn;
    this.doneSince ??= now;
    return this.chairMove(state, now);
  }

  /** A new step: everyone settles before writing. */
  private follow(state: MeetingState, now: number): void {
    const step = `${state.stage}:${state.phaseIndex}:${state.revealedPhaseIds.length}`;
    if (step === this.step) return;
    this.step = step;
    this.stepSince = now;
    this.wrote = new Set();
    this.doneSince = null;
    this.nextAt = now + SETTLE_MS;
  }

  private get caseGiver(): Actor | null {
    return SIMULATED.find((a) => a.userId === this.caseGiverId) ?? null;
  }

  private get helpers(): Actor[] {
    return SIMULATED.filter((a) => a.userId !== this.caseGiverId);
  }

  /** A command if the engine takes it from this actor now. */
  private tried(state: MeetingState, actor: Actor, command: EngineCommandInput): SimulatedCommand | null {
    const decided = decide(state, commandSchema.parse(command), actor, state.stepStartedAt ?? 0);
    return decided.ok && decided.events.length > 0 ? { actor, command } : null;
  }

  private say(line: Localized): string {
    return line[this.plan.locale];
  }

  /** What someone writes, answers, chooses or decides: one thing at a time, at a natural pace. */
  private pacedMove(state: MeetingState): SimulatedCommand | null {
    return this.caseGiverMove(state) ?? this.helperMove(state) ?? this.evaluationMove(state);
  }

  private caseGiverMove(state: MeetingState): SimulatedCommand | null {
    const cg = this.caseGiver;
    if (!cg) return null;
    const phase = currentPhase(state);
    const answer = this.answerMove(state, cg);
    if (answer) return answer;
    if (phase) {
      for (const kind of phase.contributionKinds) {
        const move = this.contribution(state, cg, kind, true);
        if (move) return move;
      }
      const chosen = this.chooseMove(state, cg);
      if (chosen) return chosen;
    }
    if (partsNow(state).includes('decision') && !state.decision) {
      const actions = this.script.actions.map((a) => ({ text: this.say(a) }));
      return this.tried(state, cg, { type: 'recordDecision', text: this.say(this.script.decision), actions });
    }
    return null;
  }

  private helperMove(state: MeetingState): SimulatedCommand | null {
    const phase = currentPhase(state);
    if (!phase || phase.turns === 'round' || phase.turns === 'stick') return null;
    for (const helper of this.helpers) {
      for (const kind of phase.contributionKinds) {
        const move = this.contribution(state, helper, kind, false);
        if (move) return move;
      }
    }
    return null;
  }

  /** One line of the script for this kind, once per person and step, while the script has lines left. */
  private contribution(
    state: MeetingState,
    actor: Actor,
    kind: string,
    caseGiver: boolean,
  ): SimulatedCommand | null {
    const pool = poolOf(kind, caseGiver);
    if (!pool) return null;
    // The case-giver tells the whole situation; helpers say one thing each per step.
    const key = `${actor.userId}/${pool}`;
    if (pool !== 'situation' && this.wrote.has(key)) return null;
    const at = this.cursor.get(pool) ?? 0;
    const line = lineOf(this.script, pool, at);
    if (!line) return null;
    const move = this.tried(state, actor, { type: 'contribute', kind: kind as 'note', text: this.say(line) });
    if (move) {
      this.cursor.set(pool, at + 1);
      this.wrote.add(key);
    }
    return move;
  }

  /** The simulated case-giver answers questions: its script's answer, or a general one to the visitor's. */
  private answerMove(state: MeetingState, cg: Actor): SimulatedCommand | null {
    const open = state.contributions.find(
      (c) => (c.kind === 'question' || c.kind === 'factualQuestion') && c.answer === null && !c.hidden,
    );
    if (!open) return null;
    const text = this.answerTo(open);
    const move = this.tried(state, cg, { type: 'answerQuestion', contributionId: open.id, text });
    if (move && open.authorId === VISITOR_ID) this.generic.at += 1;
    return move;
  }

  private answerTo(question: Contribution): string {
    const scripted = this.script.questions.find((q) => q.q.nl === question.text || q.q.en === question.text);
    const generic = this.script.answers[this.generic.at % this.script.answers.length]!;
    return this.say(scripted?.a ?? generic);
  }

  /** Where a phase works on earlier material by choosing, the case-giver picks the first item once. */
  private chooseMove(state: MeetingState, cg: Actor): SimulatedCommand | null {
    const phase = currentPhase(state);
    const use = phase?.uses?.find((u) => u.actions.includes('choose'));
    if (!use || state.contributions.some((c) => c.phaseId === use.phase && c.chosen)) return null;
    const item = state.contributions.find((c) => c.phaseId === use.phase && !c.hidden);
    return item ? this.tried(state, cg, { type: 'chooseContribution', contributionId: item.id }) : null;
  }

  /** Each simulated person fills in the evaluation once, where the meeting asks for it. */
  private evaluationMove(state: MeetingState): SimulatedCommand | null {
    if (state.stage !== 'summary' && !partsNow(state).includes('evaluation')) return null;
    for (const actor of SIMULATED) {
      if (state.evaluations.some((e) => e.userId === actor.userId)) continue;
      const score = () => 4 + Math.round(this.random());
      const move = this.tried(state, actor, {
        type: 'giveEvaluation',
        ...(actor.userId === this.caseGiverId ? { heard: score() } : {}),
        perspectives: score(),
        method: score(),
        cooperation: score(),
      });
      if (move) return move;
    }
    return null;
  }

  /**
   * In a round, a simulated person whose turn it is says their line when the pace allows, and passes the turn
   * on once they spoke or have nothing (more) to say; after a whole silent round they wait for the chair.
   */
  private turnMove(state: MeetingState, now: number): SimulatedCommand | null {
    const phase = currentPhase(state);
    const turn = state.turn;
    const actor = SIMULATED.find((a) => a.userId === (turn && (turn.floor ?? turn.order[turn.index])));
    if (!phase || !turn || !actor || (phase.turns !== 'round' && phase.turns !== 'stick')) return null;
    if (now >= this.nextAt) {
      for (const kind of phase.contributionKinds) {
        const move = this.contribution(state, actor, kind, actor.userId === this.caseGiverId);
        if (!move) continue;
        this.nextAt = now + PAUSE_MS.min + this.random() * PAUSE_MS.spread;
        this.doneSince = null;
        return move;
      }
    }
    if (turn.spoke === 0 && this.canStillSay(phase.contributionKinds, actor)) return null;
    if (turn.spoke === 0 && turn.silentStreak >= turn.order.length) return null;
    return this.tried(state, actor, { type: 'passTurn' });
  }

  /** Whether this person has a line left for the phase (then they wait for the pace instead of passing). */
  private canStillSay(kinds: readonly string[], actor: Actor): boolean {
    return kinds.some((kind) => {
      const pool = poolOf(kind, actor.userId === this.caseGiverId);
      if (!pool || this.wrote.has(`${actor.userId}/${pool}`)) return false;
      return lineOf(this.script, pool, this.cursor.get(pool) ?? 0) !== undefined;
    });
  }

  /**
   * The simulated chair moves the meeting on: into the casting once the visitor is there, the case chosen,
   * then each step once the simulated people are done and the visitor is ready, had nothing to do there,
   * or the step ran long. A phase's own clock moves it on too (auto-advance).
   */
  private chairMove(state: MeetingState, now: number): SimulatedCommand | null {
    const chair = SIMULATED[0]!;
    const read = now - (this.doneSince ?? now) >= READ_MS;
    const ready = state.ready.includes(VISITOR_ID);
    const stale = now - this.stepSince >= STAGE_MAX_MS;
    if (state.stage === 'lobby') return this.tried(state, chair, { type: 'openStage', stage: 'casting' });
    if (state.stage === 'casting') {
      const pitch = state.pitches[0];
      if (!state.chosenPitchId && pitch)
        return this.tried(state, chair, { type: 'chooseCase', pitchId: pitch.id });
      return read ? this.tried(state, chair, { type: 'advancePhase' }) : null;
    }
    if (state.stage === 'summary') {
      return ready || stale ? this.tried(state, chair, { type: 'endMeeting' }) : null;
    }
    const phase = currentPhase(state);
    if (phase?.turns === 'individual' && !state.revealedPhaseIds.includes(phase.id) && (ready || stale)) {
      return this.tried(state, chair, { type: 'reveal' });
    }
    const visitorDone = ready || !this.visitorHasPart(state) || stale;
    return visitorDone && read ? this.tried(state, chair, { type: 'advancePhase' }) : null;
  }

  /** Whether the visitor has something to do in this step: write, answer, choose, decide or evaluate. */
  private visitorHasPart(state: MeetingState): boolean {
    const visitor = { userId: VISITOR_ID, name: this.plan.visitorName };
    const probe = (command: EngineCommandInput) => this.tried(state, visitor, command) !== null;
    const phase = currentPhase(state);
    if (
      phase?.contributionKinds.some((kind) => probe({ type: 'contribute', kind: kind as 'note', text: '…' }))
    )
      return true;
    if (state.stage === 'decision') return !state.decision && this.caseGiverId === VISITOR_ID;
    if (state.stage === 'evaluation') return !state.evaluations.some((e) => e.userId === VISITOR_ID);
    return false;
  }
}
