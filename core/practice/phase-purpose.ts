import type { MessageKey } from '../i18n/index';
import type { FramePart, Phase } from '../methods/schema';

/**
 * Why a phase is there, for practice meetings (PRACTICE-2): read from what the phase leaves behind, where the
 * case-giver sits and how turns go, so every phase of every method (a group's own versions too) has an answer
 * without a text per phase.
 */
const ARTEFACT_PURPOSE: Record<Phase['artefact'], MessageKey | null> = {
  none: null,
  caseDescription: 'practice.purpose.artefact.caseDescription',
  questionsAndAnswers: 'practice.purpose.artefact.questionsAndAnswers',
  associations: 'practice.purpose.artefact.associations',
  diagnoses: 'practice.purpose.artefact.diagnoses',
  adviceList: 'practice.purpose.artefact.adviceList',
  forces: 'practice.purpose.artefact.forces',
  forceWeights: 'practice.purpose.artefact.forceWeights',
  levelStatements: 'practice.purpose.artefact.levelStatements',
  levelTally: 'practice.purpose.artefact.levelTally',
  profiles: 'practice.purpose.artefact.profiles',
  profileComparison: 'practice.purpose.artefact.profileComparison',
  themeSentence: 'practice.purpose.artefact.themeSentence',
  factorNotes: 'practice.purpose.artefact.factorNotes',
  reflections: 'practice.purpose.artefact.reflections',
  insights: 'practice.purpose.artefact.insights',
  decision: 'practice.purpose.artefact.decision',
  actions: 'practice.purpose.artefact.actions',
  notes: 'practice.purpose.artefact.notes',
};

const PLACEMENT_PURPOSE: Record<Phase['caseGiverPlacement'], MessageKey | null> = {
  inCircle: null,
  listensOnly: 'practice.purpose.placement.listensOnly',
  turnedAway: 'practice.purpose.placement.turnedAway',
  absent: 'practice.purpose.placement.absent',
};

const TURNS_PURPOSE: Record<Phase['turns'], MessageKey | null> = {
  free: null,
  round: 'practice.purpose.turns.round',
  stick: 'practice.purpose.turns.stick',
  individual: 'practice.purpose.turns.individual',
};

/** The frame's own stages, when the method has no phase of its own for them. */
export const FRAME_PURPOSE: Record<FramePart, MessageKey> = {
  opening: 'practice.purpose.frame.opening',
  inventory: 'practice.purpose.frame.inventory',
  casting: 'practice.purpose.frame.casting',
  decision: 'practice.purpose.frame.decision',
  evaluation: 'practice.purpose.frame.evaluation',
};

/** The sentences that explain a phase, most important first; never empty. */
export function phasePurpose(
  phase: Pick<Phase, 'artefact' | 'caseGiverPlacement' | 'turns' | 'paraphraseFirst' | 'frame'>,
): MessageKey[] {
  const keys = [
    ARTEFACT_PURPOSE[phase.artefact] ?? (phase.frame?.[0] ? FRAME_PURPOSE[phase.frame[0]] : null),
    PLACEMENT_PURPOSE[phase.caseGiverPlacement],
    TURNS_PURPOSE[phase.turns],
    phase.paraphraseFirst ? ('practice.purpose.paraphraseFirst' as const) : null,
  ].filter((key): key is MessageKey => key !== null);
  return keys.length > 0 ? keys : ['practice.purpose.general'];
}
