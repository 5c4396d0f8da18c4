import { replay } from '../../core/meeting/evolve';
import { initialState } from '../../core/meeting/state';
import type { MeetingState, StoredEvent } from '../../core/meeting/types';
import type { Db } from '../db/client';
import type { MeetingRow } from '../features/groups/access';
import { coreEngine } from './core-engine';
import { loadEvents } from './repo';
import { readSetup } from './setup';

/** A meeting's whole state from its stored log (unredacted: callers cut it to what a reader may see). */
export async function replayMeeting(
  db: Db,
  meeting: MeetingRow,
): Promise<{ state: MeetingState; events: StoredEvent[]; facilitators: string[] }> {
  const setup = (await readSetup(db, meeting.id)) ?? {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    method: null,
    chairUserId: '',
  };
  const events = (await loadEvents(db, meeting.id)).map(
    (row) => coreEngine.fromRow(row) as unknown as StoredEvent,
  );
  return { state: replay(initialState(setup), events), events, facilitators: setup.facilitatorUserIds ?? [] };
}
