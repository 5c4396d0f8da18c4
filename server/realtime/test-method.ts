import {
  type ContributionKind,
  type Contributors,
  defineMethod,
  type Localized,
  type Method,
  type Phase,
} from '../../core/methods/schema';

const t = (nl: string, en: string): Localized => ({ nl, en });

/** A five-minute test phase in which `contributors` give contributions of one kind. */
export function testPhase(
  id: string,
  contributors: Contributors,
  kind: ContributionKind,
  extra: Partial<Phase> = {},
) {
  return {
    id,
    title: t(`Fase ${id}`, `Phase ${id}`),
    instructions: t('Doe wat de fase vraagt.', 'Do what the phase asks.'),
    minutes: 5,
    contributors,
    contributionKinds: [kind],
    ...extra,
  };
}

/** A method for tests only, made of `phases` (their time boxes add up to its duration). */
export function testMethodOf(id: string, names: Localized, phases: ReturnType<typeof testPhase>[]): Method {
  return defineMethod({
    id,
    names,
    summary: t(`${phases.length} fasen voor tests.`, `${phases.length} phases for tests.`),
    intent: t('Testen.', 'Testing.'),
    origin: t('Gemaakt voor tests.', 'Made for tests.'),
    reconstruction: true,
    groupSize: { min: 2, max: 10 },
    durationMinutes: phases.reduce((sum, p) => sum + p.minutes, 0),
    roles: ['caseGiver', 'helper', 'chair'],
    topics: ['incident'],
    experience: 'new',
    phases,
  });
}

/**
 * A small method for realtime tests: a free question round, private writing revealed together, a
 * phase with the case-giver out of the room, and the case-giver's closing word.
 */
export const testMethod: Method = testMethodOf('realtime-test', t('Testmethode', 'Test method'), [
  testPhase('ask', 'helpers', 'question'),
  testPhase('write', 'helpers', 'association', { turns: 'individual' }),
  testPhase('discuss', 'helpers', 'hypothesis', { caseGiverPlacement: 'absent' }),
  testPhase('close', 'caseGiver', 'insight'),
]);
