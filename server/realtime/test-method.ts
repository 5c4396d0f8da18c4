import { defineMethod, type Method } from '../../core/methods/schema';

const t = (nl: string, en: string) => ({ nl, en });

/**
 * A small method for realtime tests: a free question round, private writing revealed together, a
 * phase with the case-giver out of the room, and the case-giver's closing word.
 */
export const testMethod: Method = defineMethod({
  id: 'realtime-test',
  names: t('Testmethode', 'Test method'),
  summary: t('Vier fasen om de live verbinding te testen.', 'Four phases to test the live connection.'),
  intent: t('Testen.', 'Testing.'),
  origin: t('Gemaakt voor tests.', 'Made for tests.'),
  reconstruction: true,
  groupSize: { min: 2, max: 10 },
  durationMinutes: 20,
  roles: ['caseGiver', 'helper', 'chair'],
  topics: ['incident'],
  experience: 'new',
  phases: [
    phase('ask', 'helpers', 'question'),
    { ...phase('write', 'helpers', 'association'), turns: 'individual' },
    { ...phase('discuss', 'helpers', 'hypothesis'), caseGiverPlacement: 'absent' },
    phase('close', 'caseGiver', 'insight'),
  ],
});

function phase(
  id: string,
  contributors: 'helpers' | 'caseGiver',
  kind: 'question' | 'association' | 'hypothesis' | 'insight',
) {
  return {
    id,
    title: t(`Fase ${id}`, `Phase ${id}`),
    instructions: t('Doe wat de fase vraagt.', 'Do what the phase asks.'),
    minutes: 5,
    contributors,
    contributionKinds: [kind],
  };
}
