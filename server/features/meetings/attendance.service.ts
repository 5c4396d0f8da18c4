import type { Attendance, AttendanceRole } from '../../../core/api/groups';
import { ATTENDANCE_ROLES } from '../../../core/api/groups';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { type Locale, translate } from '../../../core/i18n/index';
import type { Db } from '../../db/client';
import { pdfDocument } from '../../http/pdf';
import { registerFonts, say } from '../../http/pdf-fonts';
import type { MeetingRow } from '../groups/access';
import { recordAttendance } from '../groups/access';
import { listAttendance } from '../groups/attendance.repo';
import * as repo from './repo';

/** The recorded attendance of a meeting. */
export async function getAttendance(db: Db, meeting: MeetingRow): Promise<Attendance> {
  const row = (await repo.findMeeting(db, meeting.id))!;
  const entries = await listAttendance(db, meeting.id);
  return {
    meetingId: meeting.id,
    groupName: row.groupName,
    startsAt: meeting.startsAt.toISOString(),
    timeZone: meeting.timeZone,
    durationMinutes: meeting.durationMinutes,
    entries: entries.map((e) => ({
      ...e,
      roles: e.roles.filter((r): r is AttendanceRole => (ATTENDANCE_ROLES as readonly string[]).includes(r)),
    })),
  };
}

export async function saveAttendance(
  db: Db,
  meeting: MeetingRow,
  entries: { userId: string; present: boolean; roles: AttendanceRole[] }[],
): Promise<Attendance> {
  await recordAttendance(db, meeting.id, entries);
  return getAttendance(db, meeting);
}

function rows(a: Attendance, locale: Locale) {
  const { date, time } = utcToZonedFields(new Date(a.startsAt), a.timeZone);
  const roles = (list: AttendanceRole[]) =>
    list.map((r) => translate(locale, `groups.attendance.role.${r}`)).join(', ');
  return {
    date,
    time,
    people: a.entries.map((e) => ({
      name: e.name,
      present: translate(locale, e.present ? 'groups.attendance.yes' : 'groups.attendance.no'),
      roles: roles(e.roles),
    })),
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote always; a leading =,+,-,@ is defused so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** CSV for registers: one row per person with group, date, start, duration, name, presence and roles. */
export function attendanceCsv(a: Attendance, locale: Locale): string {
  const t = (k: 'group' | 'date' | 'start' | 'duration' | 'name' | 'present' | 'roles') =>
    translate(locale, `groups.attendance.${k}`);
  const { date, time, people } = rows(a, locale);
  const header = [t('group'), t('date'), t('start'), t('duration'), t('name'), t('present'), t('roles')];
  const lines = people.map((p) => [a.groupName, date, time, a.durationMinutes, p.name, p.present, p.roles]);
  // The byte-order mark makes spreadsheet programs read the names as UTF-8.
  return `\uFEFF${[header, ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A one-page PDF attendance record in the chosen language. */
export async function attendancePdf(a: Attendance, locale: Locale, now: Date): Promise<Buffer> {
  const t = (k: Parameters<typeof translate>[1], vars: Record<string, string | number> = {}) =>
    translate(locale, k, vars);
  const { date, time, people } = rows(a, locale);
  const { doc, done } = await pdfDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${t('groups.attendance.title')} ${a.groupName}` },
  });
  registerFonts(doc);
  say(doc.fontSize(20), t('groups.attendance.title'));
  doc.moveDown(0.5).fontSize(11);
  say(doc, `${t('groups.attendance.group')}: ${a.groupName}`);
  say(
    doc,
    `${t('groups.attendance.date')}: ${date}   ${t('groups.attendance.start')}: ${time} (${a.timeZone})`,
  );
  say(
    doc,
    `${t('groups.attendance.duration')}: ${t('groups.attendance.minutes', { count: a.durationMinutes })}`,
  );
  doc.moveDown();
  const cols = [56, 260, 340] as const;
  const header = doc.y;
  say(doc, t('groups.attendance.name'), 'bold', { x: cols[0], y: header });
  say(doc, t('groups.attendance.present'), 'bold', { x: cols[1], y: header });
  say(doc, t('groups.attendance.roles'), 'bold', { x: cols[2], y: header });
  for (const p of people) {
    const y = doc.y + 4;
    say(doc, p.name, 'regular', { x: cols[0], y, width: 195 });
    say(doc, p.present, 'regular', { x: cols[1], y });
    say(doc, p.roles || '–', 'regular', { x: cols[2], y, width: 200 });
  }
  doc.moveDown(2).fontSize(9).fillColor('#444444');
  say(doc, t('groups.attendance.generated', { date: utcToZonedFields(now, a.timeZone).date }), 'regular', {
    x: cols[0],
  });
  doc.end();
  return done;
}
