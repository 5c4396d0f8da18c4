import { type MeetingPresence, presenceOf } from '../../../core/register/presence';
import { registerRolesOf } from '../../../core/register/roles';
import type { Db } from '../../db/client';
import { connectionsOf } from '../../realtime/connection-log';
import { replayMeeting } from '../../realtime/replay';
import type { MeetingRow } from '../groups/access';
import { type SignatureRow, signaturesOf, trajectoryOfMeeting } from './repo';

/** What the register side knows of one meeting: presence (REG-1), roles, who countersigns and the signatures. */
export type MeetingRecord = {
  presence: MeetingPresence | null;
  roles: Map<string, string[]>;
  method: { nl: string; en: string } | null;
  /** Who may countersign (REG-4): the facilitators who were present, otherwise the chair at the end. */
  countersigners: string[];
  signatures: SignatureRow[];
  /** A practice meeting counts for no register (PRACTICE-3). */
  practice: boolean;
};

/** Days a list stays open for signatures after the meeting ended (REG-3, REG-4). */
export const SIGN_OFF_DAYS = 30;

export async function meetingRecord(db: Db, meeting: MeetingRow): Promise<MeetingRecord> {
  const [{ state, events, facilitators }, trajectory, signatures, connections] = await Promise.all([
    replayMeeting(db, meeting),
    trajectoryOfMeeting(db, meeting.id),
    signaturesOf(db, [meeting.id]),
    connectionsOf(db, meeting.id),
  ]);
  const presence = presenceOf(events, connections);
  const present = new Set(presence?.people.filter((p) => p.ms > 0 && !p.guest).map((p) => p.userId));
  const facilitating = new Set([...facilitators, ...state.roles.facilitators]);
  if (trajectory?.facilitatorId) facilitating.add(trajectory.facilitatorId);
  const presentFacilitators = [...facilitating].filter((id) => present.has(id));
  return {
    presence,
    roles: registerRolesOf({ chairUserId: state.roles.chair, facilitatorUserIds: facilitators }, events),
    method: state.method ? state.method.names : null,
    countersigners:
      presentFacilitators.length > 0 ? presentFacilitators : [state.roles.chair].filter(Boolean),
    signatures,
    practice: Boolean(state.practice),
  };
}

/** Until when a list takes signatures, or null while the meeting has not ended. */
export const openUntil = (record: MeetingRecord): Date | null =>
  record.presence ? new Date(record.presence.endedAt + SIGN_OFF_DAYS * 86_400_000) : null;
