import { randomBytes, randomInt } from 'node:crypto';
import type { DemoPlan } from '../../../core/practice/demo';
import { seededRandom } from '../../../core/practice/random';
import { AppError } from '../../http/errors';
import { DemoRoom } from './room';

/** The limits that keep demos from exhausting the server (DEMO-5); tests make them small. */
export type DemoLimits = {
  /** Demos held at once, from everyone together. */
  maxLive: number;
  /** Demos held at once for one address. */
  maxPerAddress: number;
  /** New demos one address may start per hour (the route's rate limit). */
  perAddressPerHour: number;
  /** A demo is purged this long after it started, whatever its state. */
  ttlMs: number;
  /** A demo nobody is connected to is purged after this long. */
  idleMs: number;
};

/** The limits, and the clock the demos run on (tests drive their own and never let the timer fire). */
export type DemoOptions = DemoLimits & { now: () => number; tickMs: number };

export const DEFAULT_DEMO_LIMITS: DemoLimits = {
  maxLive: 40,
  maxPerAddress: 3,
  perAddressPerHour: 10,
  ttlMs: 60 * 60_000,
  idleMs: 15 * 60_000,
};

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  ...DEFAULT_DEMO_LIMITS,
  now: () => Date.now(),
  tickMs: 1000,
};

/**
 * A demo's clock running `speed` times faster than the wall clock, with the ticks as much closer together
 * (DEMO_SPEED, for end-to-end tests): the simulated people's pace, the time boxes and the purge all shrink
 * alike, so a demo of minutes runs in seconds and behaves the same.
 */
export function fasterDemoClock(speed: number, start = Date.now()): Pick<DemoOptions, 'now' | 'tickMs'> {
  return {
    now: () => start + (Date.now() - start) * speed,
    tickMs: Math.max(50, Math.round(DEFAULT_DEMO_OPTIONS.tickMs / speed)),
  };
}

/** The demos of this process, in memory only (DEMO-1): started, found by id, and purged. */
export class DemoRegistry {
  private readonly demos = new Map<string, DemoRoom>();

  constructor(readonly limits: DemoOptions) {}

  now(): number {
    return this.limits.now();
  }

  get size(): number {
    return this.demos.size;
  }

  /** A new demo and the visitor's token; refused with 503 `demo_full` at either cap. */
  start(plan: Omit<DemoPlan, 'demoId'>, address: string, now: number): { room: DemoRoom; token: string } {
    this.sweep(now);
    const fromAddress = [...this.demos.values()].filter((d) => d.address === address).length;
    if (this.demos.size >= this.limits.maxLive || fromAddress >= this.limits.maxPerAddress) {
      throw new AppError('demo_full', 503);
    }
    const demoId = `demo-${randomBytes(12).toString('base64url')}`;
    const token = randomBytes(32).toString('base64url');
    const room = new DemoRoom({ ...plan, demoId }, token, seededRandom(randomInt(2 ** 31)), now, address);
    this.demos.set(demoId, room);
    return { room, token };
  }

  get(demoId: string): DemoRoom | undefined {
    return this.demos.get(demoId);
  }

  /** Drops demos past their hour, or left alone too long; their sockets close with 4004. */
  sweep(now: number): void {
    for (const [id, demo] of this.demos) {
      const expired = now - demo.createdAt >= this.limits.ttlMs;
      const abandoned = demo.sockets.size === 0 && now - demo.lastSeen >= this.limits.idleMs;
      if (!expired && !abandoned) continue;
      demo.close();
      this.demos.delete(id);
    }
  }

  /** Once a second: the clock of every demo someone watches, then the purge. */
  tick(now: number): void {
    for (const demo of this.demos.values()) if (demo.sockets.size > 0) demo.tick(now);
    this.sweep(now);
  }

  closeAll(): void {
    for (const demo of this.demos.values()) demo.close();
    this.demos.clear();
  }
}
