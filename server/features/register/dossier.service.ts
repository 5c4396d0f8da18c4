import { createHash, randomBytes } from 'node:crypto';
import type { Dossier, DossierMeeting, RegisterTarget, Verification } from '../../../core/api/register';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { countMeeting, totalFor } from '../../../core/register/hours';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAccesses } from '../access-log/service';
import type { MeetingRow } from '../groups/access';
import { meetingRecord } from './record';
import * as repo from './repo';
import { signatureOf } from './signoff.service';
import { statementOf } from './statement.service';

type Person = { id: string; name: string };

/** One meeting of the person's dossier, or null when they were not in it while it ran (REG-8) or it was practice (PRACTICE-3). */
async function dossierMeeting(
  db: Db,
  person: Person,
  { meeting, groupName }: Awaited<ReturnType<typeof repo.meetingsJoinedBy>>[number],
  targets: RegisterTarget[],
): Promise<DossierMeeting | null> {
  const record = await meetingRecord(db, meeting);
  if (record.practice) return null;
  const present = record.presence?.people.filter((p) => p.ms > 0) ?? [];
  const me = present.find((p) => p.userId === person.id && !p.guest);
  if (!me) return null;
  const signed = record.signatures.find((s) => s.kind === 'own' && s.userId === person.id);
  const countersigned = record.signatures.find((s) => s.kind === 'countersign');
  const facts = {
    minutesPresent: me.minutes,
    groupSize: present.length,
    signed: signed !== undefined,
    countersigned: countersigned !== undefined,
  };
  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    timeZone: meeting.timeZone,
    groupName,
    method: record.method,
    roles: record.roles.get(person.id) ?? [],
    minutesPresent: me.minutes,
    lateMinutes: me.lateMinutes,
    earlyMinutes: me.earlyMinutes,
    groupSize: present.length,
    signed: signatureOf(signed),
    countersigned: signatureOf(countersigned),
    counts: Object.fromEntries(targets.map((t) => [t.id, countMeeting(t, facts)])),
  };
}

/** The person's own meetings in the period across all their groups, with totals per target (REG-8). */
export async function buildDossier(
  db: Db,
  person: Person,
  period: { from: string; to: string },
  targets: RegisterTarget[],
): Promise<Dossier> {
  return (await dossierAndMeetings(db, person, period, targets)).dossier;
}

/**
 * The person reads their own dossier (page or PDF): like a read of each listed meeting's attendance, it is
 * noted in the trail of that meeting's group before the dossier goes out (AUDIT-1).
 */
export async function readDossier(
  db: Db,
  person: Person,
  period: { from: string; to: string },
  targets: RegisterTarget[],
  kind: 'dossier' | 'dossier.pdf',
): Promise<Dossier> {
  const { dossier, rows } = await dossierAndMeetings(db, person, period, targets);
  await recordAccesses(db, person.id, rows, kind);
  return dossier;
}

async function dossierAndMeetings(
  db: Db,
  person: Person,
  period: { from: string; to: string },
  targets: RegisterTarget[],
) {
  const inPeriod = (await repo.meetingsJoinedBy(db, person.id)).filter(({ meeting }) => {
    const { date } = utcToZonedFields(meeting.startsAt, meeting.timeZone);
    return date >= period.from && date <= period.to;
  });
  const meetings: DossierMeeting[] = [];
  const rows: MeetingRow[] = [];
  for (const row of inPeriod) {
    const line = await dossierMeeting(db, person, row, targets);
    if (line) {
      meetings.push(line);
      rows.push(row.meeting);
    }
  }
  const facts = meetings.map((m) => ({
    minutesPresent: m.minutesPresent,
    groupSize: m.groupSize,
    signed: m.signed !== null,
    countersigned: m.countersigned !== null,
  }));
  const trajectoryIds = await repo.trajectoriesOfMeetings(
    db,
    meetings.map((m) => m.meetingId),
  );
  const statements = await repo.statementsOf(
    db,
    trajectoryIds.map((t) => t.trajectoryId),
  );
  const dossier: Dossier = {
    name: person.name,
    from: period.from,
    to: period.to,
    meetings,
    targets,
    totals: Object.fromEntries(targets.map((t) => [t.id, totalFor(t, facts)])),
    statements: statements.map(statementOf),
  };
  return { dossier, rows };
}

// Keys sorted: the stored targets come back from jsonb in the database's key order, not ours.
const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A digest of everything a dossier states; the same record gives the same digest (REG-9). */
export const digestOf = (dossier: Dossier): string =>
  createHash('sha256').update(JSON.stringify(dossier, sortedKeys)).digest('hex');

// 20 characters of an alphabet without look-alikes: about 100 bits, beyond guessing at 30 tries a minute.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
function newCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Stores what a new dossier document was made from and gives its verification code. */
export async function issueDocument(db: Db, userId: string, dossier: Dossier, now: Date): Promise<string> {
  const code = newCode();
  await repo.insertDocument(db, {
    code,
    userId,
    fromDay: dossier.from,
    toDay: dossier.to,
    targets: dossier.targets,
    digest: digestOf(dossier),
    summary: {
      name: dossier.name,
      meetings: dossier.meetings.length,
      totals: dossier.targets.map((t) => ({ name: t.name, ...dossier.totals[t.id]! })),
    },
    createdAt: now,
  });
  return code;
}

/** What the public verification page may say about a document (REG-9): no meetings, no content. */
export async function verify(db: Db, code: string): Promise<Verification> {
  const doc = await repo.findDocument(db, code.toUpperCase());
  if (!doc) throw new AppError('not_found', 404);
  const summary = doc.summary as Pick<Verification, 'name' | 'meetings' | 'totals'>;
  // The name as printed: a later change of account name does not make the document wrong.
  const today = await buildDossier(
    db,
    { id: doc.userId, name: summary.name },
    { from: doc.fromDay, to: doc.toDay },
    doc.targets as RegisterTarget[],
  );
  return {
    code: doc.code,
    name: summary.name,
    from: doc.fromDay,
    to: doc.toDay,
    issuedAt: doc.createdAt.toISOString(),
    meetings: summary.meetings,
    totals: summary.totals.map(({ name, hours, points, required }) => ({ name, hours, points, required })),
    matches: digestOf(today) === doc.digest,
  };
}
