// The words a method is built from, as plain lists: kept apart from the zod schemas (schema.ts) so that
// pages that only need the lists, such as the live room, do not download zod.

/** Assigned roles (methods.md §1). The stick holder is derived, never assigned. */
export const ROLES = [
  'caseGiver',
  'helper',
  'chair',
  'timekeeper',
  'scribe',
  'observer',
  'facilitator',
] as const;
export type Role = (typeof ROLES)[number];

/** Who may contribute in a phase. */
export const CONTRIBUTORS = ['caseGiver', 'helpers', 'all', 'stickHolder', 'nobody'] as const;
export type Contributors = (typeof CONTRIBUTORS)[number];

/** Where the case-giver is during a phase; `absent` means they receive nothing of the phase until it ends. */
export const PLACEMENTS = ['inCircle', 'listensOnly', 'turnedAway', 'absent'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** How turns work: free, strict round with pass, talking stick, or private writing revealed together. */
export const TURNS = ['free', 'round', 'stick', 'individual'] as const;
export type Turns = (typeof TURNS)[number];

/** What the input box of a phase is for. */
export const CONTRIBUTION_KINDS = [
  'question',
  'factualQuestion',
  'association',
  'hypothesis',
  'diagnosis',
  'advice',
  'experience',
  'force',
  'levelStatement',
  'quality',
  'pitfall',
  'challenge',
  'allergy',
  'paraphrase',
  'theme',
  'insight',
  'action',
  'note',
  'vote',
  'rating',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Optional tag every contribution of a phase carries: a Dilts level or a TGI factor. */
export const TAGGINGS = ['none', 'diltsLevel', 'tgiFactor'] as const;
export const DILTS_LEVELS = [
  'environment',
  'behaviour',
  'capabilities',
  'beliefs',
  'identity',
  'mission',
] as const;
export const TGI_FACTORS = ['i', 'we', 'it', 'globe'] as const;

/** What a phase leaves behind for the report. */
export const ARTEFACTS = [
  'none',
  'caseDescription',
  'questionsAndAnswers',
  'associations',
  'diagnoses',
  'adviceList',
  'forces',
  'forceWeights',
  'levelStatements',
  'levelTally',
  'profiles',
  'profileComparison',
  'themeSentence',
  'factorNotes',
  'reflections',
  'insights',
  'decision',
  'actions',
  'notes',
] as const;

/** Which kinds of case a method suits; the chooser asks about these. */
export const CASE_TOPICS = [
  'incident',
  'relationship',
  'change',
  'ownFunctioning',
  'valuesIdentity',
  'equalVoice',
  'organisation',
] as const;
export type CaseTopic = (typeof CASE_TOPICS)[number];

export const EXPERIENCE_LEVELS = ['new', 'some', 'experienced'] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];
