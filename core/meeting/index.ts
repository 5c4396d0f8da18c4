/** The live meeting engine: pure commands → events → state, and what each participant may see. */
export * from './artefacts';
export * from './commands';
export { decide, tick } from './decide';
export * from './derived';
export { evolve, replay } from './evolve';
export {
  eligible,
  isRunning,
  OPENING_RULES,
  type PhaseRules,
  phaseById,
  placementNow,
  type Visibility,
  visibilityOf,
} from './rules';
export { initialState } from './state';
export * from './types';
export { projectEvent, redactContribution, viewFor } from './visibility';
