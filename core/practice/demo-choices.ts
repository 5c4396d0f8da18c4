// The demo's choices as plain lists, apart from demo.ts, so the page that offers them loads no method library.

/** The short methods a visitor can try (DEMO-1), each on the example case its script is written for. */
export const DEMO_CHOICES = [
  { methodId: 'troika', caseId: 'neighbourhood-team-roles' },
  { methodId: 'incident', caseId: 'night-shift-medication' },
  { methodId: 'five-step', caseId: 'parent-evening-complaint' },
] as const;
export type DemoMethodId = (typeof DEMO_CHOICES)[number]['methodId'];
export const DEMO_METHOD_IDS = DEMO_CHOICES.map((c) => c.methodId) as [DemoMethodId, ...DemoMethodId[]];
export const DEMO_ROLES = ['caseGiver', 'helper'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];
