/** Counts events per key (account, IP, address) in a sliding window; memory only, like presence. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return recent[0]! + this.windowMs - now;
  }

  /** How many events the key had in the window. */
  count(key: string, now = Date.now()): number {
    return this.recent(key, now).length;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}

/**
 * How long a sign-in from an address waits after `failures` failed ones in the window: nothing for the
 * first `free`, then 250 ms doubling up to 8 s. An address is slowed down, never refused: behind a proxy
 * (or a school's NAT) it is everyone's, and a correct password must still get in. Guessing one account is
 * stopped by the per-account lock; many accounts from one address by the growing wait.
 */
export function ipDelayMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(8000, 250 * 2 ** (failures - free));
}
