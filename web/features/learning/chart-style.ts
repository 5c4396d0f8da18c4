import type { Effect } from '../../../core/api/trajectories';

/** Each effect's colour (a CSS variable that follows dark mode) and dash, so no line is told apart by colour alone. */
export const EFFECT_STYLE: Record<Effect, { stroke: string; dash: string }> = {
  others: { stroke: 'var(--effect-others)', dash: '' },
  self: { stroke: 'var(--effect-self)', dash: '8 4' },
  repertoire: { stroke: 'var(--effect-repertoire)', dash: '2 4' },
  methods: { stroke: 'var(--effect-methods)', dash: '12 4 2 4' },
  reflect: { stroke: 'var(--effect-reflect)', dash: '4 2' },
};
