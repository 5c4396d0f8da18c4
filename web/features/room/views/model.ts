/** Plain shapes the room's presentational components take; the page maps the engine's view onto them. */
export type Person = { id: string; name: string };

export type Force = {
  id: string;
  text: string;
  direction: 'restraining' | 'driving';
  /** Mean of everyone's weights (1–10), null until someone weighed it. */
  mean: number | null;
  weights: number;
  /** Outside the group's reach: set aside, shown dimmed. */
  outOfReach?: boolean;
  /** My own weight, when I gave one. */
  mine?: number | null;
  /** Duplicates merged into this force (FORCE-3), by their wording. */
  also?: { id: string; text: string }[];
};

export type ProfileItem = {
  id: string;
  text: string;
  category?: string;
  authorName?: string;
  /** Other wordings of the same quality, grouped with it. */
  also?: string[];
};
export type ProfileComparisonData = {
  both: ProfileItem[];
  onlySelf: ProfileItem[];
  onlyOthers: ProfileItem[];
};

export const DILTS = ['mission', 'identity', 'beliefs', 'capabilities', 'behaviour', 'environment'] as const;
export type DiltsLevel = (typeof DILTS)[number];
export const isDiltsLevel = (value: unknown): value is DiltsLevel =>
  (DILTS as readonly unknown[]).includes(value);
export type DiltsRow = {
  level: DiltsLevel;
  /** Questions and statements tagged with the level, with the case-giver's answer where given. */
  statements: { id: string; text: string; answer: string | null }[];
  tally: number;
};

export const TGI = ['i', 'we', 'it', 'globe'] as const;
export type TgiFactor = (typeof TGI)[number];
export const isTgiFactor = (value: unknown): value is TgiFactor =>
  (TGI as readonly unknown[]).includes(value);

export type Airtime = { person: Person; share: number; turns: number; passed: boolean };

export type QuestionItem = {
  id: string;
  text: string;
  /** The Dilts level or TGI factor it was tagged with, shown as a chip. */
  tag?: string | null;
  authorName?: string;
  /** Who noted it for the author (TALK-4). */
  notedBy?: string;
  answer?: string | null;
  rating?: number | null;
  /** Chosen by the case-giver (MAT-3). */
  chosen?: boolean;
  /** A force's mean weight, shown beside it where forces go on. */
  weight?: number | null;
  pending?: boolean;
};
