import type { Locale } from '../i18n/locale';
import type { Actor, MeetingSetup } from '../meeting/types';
import { getMethod } from '../methods/index';
import type { Method, Phase } from '../methods/schema';
import { DEMO_CHOICES, type DemoMethodId, type DemoRole } from './demo-choices';
import { type DemoScript, demoScripts } from './demo-scripts';
import { type ExampleCase, exampleCases } from './example-cases';

export * from './demo-choices';

/** How long the method's phases of a demo take together, in minutes; the frame around them adds a little. */
const DEMO_PHASE_MINUTES = 7;

/**
 * Phases a demo leaves out: choosing among several cases (a demo has one), and Troika's second and third
 * round (the same again with another case-giver).
 */
const LEFT_OUT = /^(choose|round-[23]-.*)$/;

/** The method as a demo runs it: fewer phases, time boxes cut to fit a few minutes (half minutes, at least one). */
export function demoMethod(methodId: DemoMethodId): Method {
  const method = getMethod(methodId);
  if (!method) throw new Error(`no demo method ${methodId}`);
  const phases = method.phases.filter((p) => !LEFT_OUT.test(p.id));
  const total = phases.reduce((sum, p) => sum + p.minutes, 0);
  const scaled: Phase[] = phases.map((p) => ({
    ...p,
    minutes: Math.max(1, Math.round(((p.minutes * DEMO_PHASE_MINUTES) / total) * 2) / 2),
  }));
  return { ...method, phases: scaled, durationMinutes: scaled.reduce((sum, p) => sum + p.minutes, 0) };
}

/** The visitor of a demo: never a real account, known only inside its demo. */
export const VISITOR_ID = 'visitor';

/** The simulated people: a chair and two colleagues; one of them brings the case when the visitor helps. */
export const SIMULATED: readonly Actor[] = [
  { userId: 'sim-chair', name: 'Mirjam' },
  { userId: 'sim-a', name: 'Daan' },
  { userId: 'sim-b', name: 'Aylin' },
];

export type DemoPlan = {
  demoId: string;
  methodId: DemoMethodId;
  role: DemoRole;
  locale: Locale;
  visitorName: string;
};

export function demoCase(methodId: DemoMethodId): { example: ExampleCase; script: DemoScript } {
  const caseId = DEMO_CHOICES.find((c) => c.methodId === methodId)!.caseId;
  return {
    example: exampleCases.find((c) => c.id === caseId)!,
    script: demoScripts.find((s) => s.caseId === caseId)!,
  };
}

/** The case-giver of a demo: the visitor, or the last simulated colleague. */
export function demoCaseGiver(role: DemoRole): string {
  return role === 'caseGiver' ? VISITOR_ID : SIMULATED[2]!.userId;
}

/**
 * The meeting a demo runs: the shortened method, a simulated chair, the example case brought in ahead by its
 * case-giver (CASE-1), auto-advance on, and marked as a practice demo (DEMO-1).
 */
export function demoSetup(plan: DemoPlan): MeetingSetup {
  const { example } = demoCase(plan.methodId);
  return {
    meetingId: plan.demoId,
    groupId: `demo-${plan.demoId}`,
    method: demoMethod(plan.methodId),
    chairUserId: SIMULATED[0]!.userId,
    autoAdvance: true,
    cases: [
      {
        caseId: example.id,
        authorId: demoCaseGiver(plan.role),
        title: example.title[plan.locale],
        question: example.question[plan.locale],
      },
    ],
    practice: { caseId: example.id, demo: true },
  };
}
