import { defineMethod, type Method, type PhaseInput } from '../methods/schema';
import { commandSchema, type EngineCommandInput } from './commands';
import { decide } from './decide';
import { evolve } from './evolve';
import { initialState } from './state';
import type {
  Actor,
  Decided,
  MeetingEvent,
  MeetingSetup,
  MeetingState,
  RejectionCode,
  StoredEvent,
} from './types';

/** The people of the test meetings. */
export const chair: Actor = { userId: 'chair', name: 'Chair' };
export const caseGiver: Actor = { userId: 'cg', name: 'Case-giver' };
export const helper1: Actor = { userId: 'h1', name: 'Helper one' };
export const helper2: Actor = { userId: 'h2', name: 'Helper two' };
export const facilitator: Actor = { userId: 'fac', name: 'Facilitator' };
export const observer: Actor = { userId: 'obs', name: 'Observer' };
export const guest: Actor = { userId: 'guest:g1', name: 'Guest', guest: true };

const t = (en: string) => ({ nl: en, en });

function phase(id: string, rest: Partial<PhaseInput>): PhaseInput {
  return {
    id,
    title: t(id),
    instructions: t(`Do ${id}`),
    minutes: 5,
    contributors: 'all',
    contributionKinds: ['note'],
    ...rest,
  };
}

/** A method that has one phase of every shape the engine knows; each phase takes 5 minutes. */
export function testMethod(): Method {
  const phases: PhaseInput[] = [
    phase('intro', { contributors: 'caseGiver' }),
    phase('questions', {
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['factualQuestion'],
      caseGiverAnswers: true,
      caseGiverRates: true,
      facilitatorPrompts: [t('Which question is not asked?')],
    }),
    phase('write', {
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['advice'],
      caseGiverPlacement: 'listensOnly',
    }),
    phase('away', {
      contributors: 'helpers',
      contributionKinds: ['diagnosis'],
      caseGiverPlacement: 'absent',
    }),
    phase('gossip', {
      contributors: 'helpers',
      contributionKinds: ['hypothesis'],
      caseGiverPlacement: 'turnedAway',
    }),
    phase('stick', {
      contributors: 'stickHolder',
      turns: 'stick',
      contributionKinds: ['paraphrase', 'association'],
      paraphraseFirst: true,
    }),
    phase('forces', { turns: 'individual', contributionKinds: ['force'] }),
    phase('weigh', { contributors: 'nobody', contributionKinds: [], weighForces: true }),
    phase('levels', { contributors: 'helpers', contributionKinds: ['diagnosis'], tagging: 'diltsLevel' }),
    phase('tgi', { contributionKinds: ['theme', 'note'], tagging: 'tgiFactor' }),
    phase('self', {
      contributors: 'caseGiver',
      turns: 'individual',
      contributionKinds: ['quality', 'pitfall'],
    }),
    phase('others', {
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['quality', 'pitfall'],
    }),
  ];
  return defineMethod({
    id: 'test-everything',
    names: t('Everything'),
    summary: t('A method for tests'),
    intent: t('Testing'),
    origin: t('Tests'),
    reconstruction: true,
    groupSize: { min: 2, max: 12 },
    durationMinutes: phases.length * 5,
    roles: ['caseGiver', 'helper', 'chair', 'facilitator'],
    topics: ['incident'],
    experience: 'new',
    phases,
  });
}

/** A meeting driven command by command, with a clock and the stored log, as the room would. */
export class Sim {
  state: MeetingState;
  readonly setup: MeetingSetup;
  readonly log: StoredEvent[] = [];
  now = 1_000_000;

  constructor(setup: Partial<MeetingSetup> = {}) {
    this.setup = {
      meetingId: 'm1',
      groupId: 'g1',
      method: testMethod(),
      chairUserId: chair.userId,
      ...setup,
    };
    this.state = initialState(this.setup);
  }

  /** Validates, decides and applies one command; returns the decision. */
  run(actor: Actor, input: EngineCommandInput): Decided {
    const decided = decide(this.state, commandSchema.parse(input), actor, this.now);
    if (decided.ok) this.apply(decided.events);
    return decided;
  }

  /** Stores events with gapless seq numbers and folds them in, as the room does after the commit. */
  apply(events: readonly MeetingEvent[]): StoredEvent[] {
    return events.map((event) => {
      const stored = { ...event, seq: this.log.length + 1, at: this.now } as StoredEvent;
      this.log.push(stored);
      this.state = evolve(this.state, stored);
      return stored;
    });
  }

  /** Runs a command that must be accepted; returns its events. */
  ok(actor: Actor, input: EngineCommandInput) {
    const decided = this.run(actor, input);
    if (!decided.ok) throw new Error(`${input.type} rejected: ${decided.rejection.code}`);
    return decided.events;
  }

  /** Runs a command that must be refused; returns the rejection code. */
  refused(actor: Actor, input: EngineCommandInput): RejectionCode {
    const decided = this.run(actor, input);
    if (decided.ok) throw new Error(`${input.type} was accepted`);
    return decided.rejection.code;
  }

  /** Moves the clock on. */
  wait(ms: number): this {
    this.now += ms;
    return this;
  }
}

/** A meeting with chair, case-giver, two helpers and a facilitator joined, roles assigned, in the lobby. */
export function seated(setup: Partial<MeetingSetup> = {}): Sim {
  const sim = new Sim(setup);
  for (const a of [chair, caseGiver, helper1, helper2, facilitator]) sim.ok(a, { type: 'join' });
  sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.userId });
  sim.ok(chair, { type: 'assignRole', role: 'facilitator', userId: facilitator.userId });
  return sim;
}

/** A seated meeting with the given phase of the test method running. */
export function inPhase(phaseId: string, setup: Partial<MeetingSetup> = {}): Sim {
  const sim = seated(setup);
  sim.ok(chair, { type: 'startPhase', phaseId });
  return sim;
}
