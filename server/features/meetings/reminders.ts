import type { ServiceContext } from '../groups/context';
import { sendReminder } from './mail';
import * as repo from './repo';

const HOUR = 3_600_000;

/**
 * Sends the day-before reminder for every scheduled meeting that starts within the next 24 hours and has
 * not had one. Members who said "no" are skipped. Safe to run from several processes: each meeting's
 * reminder is claimed in the database before mail goes out. Returns how many mails were sent.
 */
export async function sendDueReminders(ctx: ServiceContext, now: Date = ctx.now()): Promise<number> {
  const due = await repo.meetingsNeedingReminder(ctx.db, now, new Date(now.getTime() + 24 * HOUR));
  let sent = 0;
  for (const meeting of due) {
    if (!(await repo.claimReminder(ctx.db, meeting.id, now))) continue;
    const members = await repo.memberResponses(ctx.db, meeting);
    for (const m of members.filter((x) => x.response !== 'no')) {
      await sendReminder(ctx, meeting, m);
      sent += 1;
    }
  }
  return sent;
}

/** Checks for due reminders every `everyMs` (default 10 minutes); returns a stop function. */
export function startReminderScheduler(
  ctx: ServiceContext,
  log: { error(obj: unknown, msg: string): void },
  everyMs = 10 * 60_000,
): () => void {
  const tick = () => {
    sendDueReminders(ctx).catch((err) => log.error({ err }, 'sending meeting reminders failed'));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
