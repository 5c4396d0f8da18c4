import { evolve } from '../../../core/meeting/evolve';
import type { MeetingView, StoredEvent } from '../../../core/meeting/types';
import type { WireEvent } from './connection';

/** Folds one projected event into the local view with the engine's own evolve (docs/PROTOCOL.md "Views"). */
export function applyEvent(view: MeetingView, event: WireEvent): MeetingView {
  return evolve(view, event as unknown as StoredEvent);
}
