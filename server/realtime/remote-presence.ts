import type { Waiting } from './lobby';
import { type Here, nobodyHere } from './peers';

/** What other server processes hold of one meeting's presence, each until its word expires. */
export class RemotePresence {
  private readonly peers = new Map<string, { here: Here; until: number }>();

  /** What process `from` holds now; an empty word drops it at once. */
  set(from: string, here: Here, until: number): void {
    if (nobodyHere(here)) this.peers.delete(from);
    else this.peers.set(from, { here, until });
  }

  /** Drops what expired (a process killed or cut off); whether anything went. */
  expire(now: number): boolean {
    let gone = false;
    for (const [from, { until }] of this.peers) {
      if (until > now) continue;
      this.peers.delete(from);
      gone = true;
    }
    return gone;
  }

  /** A guest refused here: whoever still lists them as waiting elsewhere is out of date. */
  forgetWaiting(userId: string): void {
    for (const { here } of this.peers.values())
      here.waiting = here.waiting.filter((w) => w.userId !== userId);
  }

  online(): string[] {
    return [...this.peers.values()].flatMap(({ here }) => here.online);
  }

  waiting(): Waiting[] {
    return [...this.peers.values()].flatMap(({ here }) => here.waiting);
  }
}
