import type { Localized } from '../schema';

/** Rules that many methods share, worded once so every method says them the same way. */
export const RULES = {
  caseGiverDoesNotRespond: { nl: 'De inbrenger reageert niet', en: 'The case-giver does not respond' },
  openQuestionsOnly: { nl: 'Open vragen — geen advies', en: 'Open questions only — no advice' },
  eachQuestionOnce: { nl: 'Elke vraag maar één keer', en: 'Each question once' },
  writeAlone: { nl: 'Ieder schrijft alleen', en: 'Everyone writes alone' },
} as const satisfies Record<string, Localized>;
