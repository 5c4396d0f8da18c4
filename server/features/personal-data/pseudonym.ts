/**
 * An account's traces in a stored meeting event, rewritten (ACCOUNT-1): every value or key equal to the
 * user id becomes the pseudonym, and the display name they joined with becomes `formerName`. User ids are
 * random strings, so an equal string is theirs; the pseudonym stays the same across one person's events,
 * so a report still tells their contributions apart from others'.
 */
export function pseudonymise(value: unknown, userId: string, pseudonym: string, formerName: string): unknown {
  if (value === userId) return pseudonym;
  if (Array.isArray(value)) return value.map((v) => pseudonymise(v, userId, pseudonym, formerName));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const isThem = (value as { userId?: unknown }).userId === userId;
  return Object.fromEntries(
    entries.map(([key, v]) => [
      key === userId ? pseudonym : key,
      isThem && key === 'name' ? formerName : pseudonymise(v, userId, pseudonym, formerName),
    ]),
  );
}
