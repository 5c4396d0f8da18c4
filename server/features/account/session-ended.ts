/** A session that ended: signed out, revoked, cleared by a password reset or by deleting the account. */
export type EndedSession = { id: string; userId: string };

const listeners = new Set<(session: EndedSession) => void>();

/**
 * Lets other features act when a session ends (the live room closes its sockets, LIVE-1) without the
 * account feature knowing them. Returns a function that stops listening.
 */
export function onSessionEnded(listener: (session: EndedSession) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by better-auth after it deleted a session row. */
export function sessionEnded(session: EndedSession): void {
  for (const listener of listeners) listener(session);
}
