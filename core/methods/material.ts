import type { MaterialAction, MaterialUse, Method, Phase } from './schema';

/**
 * The earlier phases whose material a phase works on. A reference to a phase that does not come earlier
 * (a group version whose phases were moved or removed) is left out: material only flows forwards.
 */
export function materialUses(
  method: Pick<Method, 'phases'>,
  phase: Pick<Phase, 'id' | 'uses'>,
): MaterialUse[] {
  const index = method.phases.findIndex((p) => p.id === phase.id);
  const earlier = new Set(method.phases.slice(0, Math.max(0, index)).map((p) => p.id));
  return (phase.uses ?? []).filter((use) => earlier.has(use.phase));
}

/** Whether a phase may do `action` with the material of the phase `sourcePhaseId`. */
export function worksOn(
  method: Pick<Method, 'phases'>,
  phase: Pick<Phase, 'id' | 'uses'>,
  sourcePhaseId: string,
  action: MaterialAction,
): boolean {
  return materialUses(method, phase).some(
    (use) => use.phase === sourcePhaseId && use.actions.includes(action),
  );
}

/** The method with every reference that does not point to an earlier phase dropped (after a group's edit). */
export function withForwardUses<M extends Pick<Method, 'phases'>>(method: M): M {
  return {
    ...method,
    phases: method.phases.map((phase) => {
      if (phase.uses === undefined) return phase;
      const uses = materialUses(method, phase);
      return uses.length === phase.uses.length ? phase : { ...phase, uses };
    }),
  };
}
