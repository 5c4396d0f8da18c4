import { type MethodChoice, methodChoiceSchema } from '../../core/meeting/commands';
import type { Db } from '../db/client';
import { resolveMethod } from '../features/method-versions/resolve';

/**
 * Turns a client's chooseMethod (by reference) into the engine's command carrying the frozen copy.
 * Every other command passes through untouched. A chooseMethod carrying anything else — a whole
 * method made up by the client, say — is malformed.
 */
export async function prepareCommand(
  db: Db,
  groupId: string,
  raw: unknown,
): Promise<{ command: unknown } | { rejection: { code: 'unknown_method' } } | null> {
  if ((raw as { type?: unknown } | null)?.type !== 'chooseMethod') return { command: raw };
  const parsed = methodChoiceSchema.safeParse(raw);
  if (!parsed.success) return null;
  const choice: MethodChoice = parsed.data;
  const resolved = await resolveMethod(db, groupId, choice);
  if (!resolved) return { rejection: { code: 'unknown_method' } };
  return { command: { type: 'chooseMethod', ...resolved } };
}
