import type { TargetRules } from './hours';

/**
 * The two register targets Kring ships as examples; a person adds one as their own copy and may change it.
 * Their names, descriptions and sources are texts (register.examples.<id> in the locales), in both languages.
 * The figures are what those registers asked when the examples were written (`sourceDate`); the person is
 * told to check them against the register's current rules.
 */
export const TARGET_EXAMPLES = {
  skj: {
    hours: 60,
    periodMonths: 60,
    minSessionMinutes: 60,
    pointsPerHour: 1,
    minGroupSize: null,
    requiresSignedList: false,
    sourceDate: '2026-12-04',
  },
  therapists: {
    hours: 15,
    periodMonths: 12,
    minSessionMinutes: 0,
    pointsPerHour: 1,
    minGroupSize: 4,
    requiresSignedList: true,
    sourceDate: '2026-12-04',
  },
} as const satisfies Record<string, TargetRules & { sourceDate: string }>;

export type TargetExample = keyof typeof TARGET_EXAMPLES;
export const TARGET_EXAMPLE_IDS = Object.keys(TARGET_EXAMPLES) as TargetExample[];
