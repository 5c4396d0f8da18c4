import type { Signature, SignOffInput, SignOffList } from '../../../core/api/register';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { GroupAccess, MeetingRow } from '../groups/access';
import { type MeetingRecord, meetingRecord, openUntil } from './record';
import { insertSignature, type SignatureRow } from './repo';

export const signatureOf = (row: SignatureRow | undefined): Signature | null =>
  row ? { name: row.name, signature: row.signature, at: row.signedAt.toISOString() } : null;

/** The attendance list as this reader may see it (REG-5). */
export function signOffList(
  meeting: MeetingRow,
  record: MeetingRecord,
  reader: { id: string; access: GroupAccess },
  now: Date,
): SignOffList {
  const { presence, signatures } = record;
  const until = openUntil(record);
  const open = until !== null && now <= until;
  const countersigned = signatures.find((s) => s.kind === 'countersign');
  const mayCountersign = record.countersigners.includes(reader.id);
  const seesAll = mayCountersign || reader.access.role !== 'member';
  const people = presence?.people.filter((p) => p.ms > 0) ?? [];
  const mine = people.find((p) => p.userId === reader.id && !p.guest);
  return {
    meetingId: meeting.id,
    ended: presence !== null,
    startedAt: presence ? new Date(presence.startedAt).toISOString() : null,
    endedAt: presence ? new Date(presence.endedAt).toISOString() : null,
    openUntil: until?.toISOString() ?? null,
    lines: people.map((p) => {
      const shown = seesAll || p.userId === reader.id;
      return {
        userId: p.userId,
        name: p.name,
        guest: p.guest,
        minutes: shown ? p.minutes : null,
        lateMinutes: shown ? p.lateMinutes : null,
        earlyMinutes: shown ? p.earlyMinutes : null,
        signed: signatureOf(signatures.find((s) => s.kind === 'own' && s.userId === p.userId)),
      };
    }),
    countersigned: signatureOf(countersigned),
    countersignerName: people.find((p) => record.countersigners.includes(p.userId))?.name ?? null,
    mayCountersign: open && mayCountersign && !countersigned,
    maySign:
      open && mine !== undefined && !signatures.some((s) => s.kind === 'own' && s.userId === reader.id),
  };
}

export async function readSignOff(db: Db, meeting: MeetingRow, reader: { id: string; access: GroupAccess }) {
  return signOffList(meeting, await meetingRecord(db, meeting), reader, new Date());
}

/**
 * Signs one's own line (REG-3) or the whole list as its countersigner (REG-4). The rules are checked
 * in the order a person would meet them: has it ended, is it theirs to sign, is it still open, signed before.
 */
export async function sign(
  db: Db,
  meeting: MeetingRow,
  signer: { id: string; name: string; access: GroupAccess },
  kind: 'own' | 'countersign',
  input: Pick<SignOffInput, 'signature'>,
  now: Date,
): Promise<SignOffList> {
  const record = await meetingRecord(db, meeting);
  if (!record.presence) throw new AppError('meeting_not_ended', 409);
  const line = record.presence.people.find((p) => p.userId === signer.id && !p.guest && p.ms > 0);
  const allowed = kind === 'own' ? line !== undefined : record.countersigners.includes(signer.id);
  if (!allowed) throw new AppError('forbidden', 403);
  if (now > openUntil(record)!) throw new AppError('sign_off_closed', 409);
  const row = {
    meetingId: meeting.id,
    userId: signer.id,
    kind,
    name: signer.name,
    signature: input.signature,
    minutes: line?.minutes ?? 0,
    signedAt: now,
  };
  // A meeting has one countersignature (a unique index), so of two facilitators signing at once one is told.
  if (!(await insertSignature(db, row))) throw new AppError('already_signed', 409);
  return readSignOff(db, meeting, signer);
}
