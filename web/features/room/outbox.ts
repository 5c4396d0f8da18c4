/** One command the user made that the server has not acknowledged (or rejected) yet. */
export type OutboxEntry = { commandId: string; command: unknown; createdAt: number };

/**
 * Commands waiting for an ack, kept in localStorage per meeting so that a reload, a sleeping phone or a lost
 * network never loses what someone sent. The server dedups by commandId, so resending is always safe.
 */
export class Outbox {
  private entries: OutboxEntry[];

  constructor(
    private readonly key: string,
    private readonly storage: Storage | null,
  ) {
    this.entries = readJson<OutboxEntry[]>(storage, key, []).filter(
      (e) => typeof e?.commandId === 'string' && 'command' in e,
    );
  }

  all(): readonly OutboxEntry[] {
    return this.entries;
  }

  add(entry: OutboxEntry): void {
    this.entries = [...this.entries, entry];
    this.save();
  }

  /** Removes an entry once the server acknowledged or rejected it; returns it when it was there. */
  remove(commandId: string): OutboxEntry | undefined {
    const found = this.entries.find((e) => e.commandId === commandId);
    if (!found) return undefined;
    this.entries = this.entries.filter((e) => e.commandId !== commandId);
    this.save();
    return found;
  }

  private save(): void {
    writeJson(this.storage, this.key, this.entries.length ? this.entries : null);
  }
}

/** The localStorage key of a meeting's outbox. */
export function outboxKey(meetingId: string): string {
  return `kring.room.${meetingId}.outbox`;
}

/** The localStorage key of one draft text field of a meeting. */
export function draftKey(meetingId: string, field: string): string {
  return `kring.room.${meetingId}.draft.${field}`;
}

export function readJson<T>(storage: Storage | null, key: string, fallback: T): T {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function writeJson(storage: Storage | null, key: string, value: unknown): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the command still goes out, it just does not survive a reload.
  }
}

/** localStorage when the browser allows it, else null (the room still works, without persistence). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
