import { randomUUID } from 'node:crypto';
import { MAX_GROUP_SIZE } from '../../../core/api/groups';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { type Locale, translate } from '../../../core/i18n/index';
import type { ServiceContext } from '../groups/context';
import { webLinks } from '../groups/context';
import { defaultRules } from '../groups/default-rules';
import { createEmailInvite } from '../groups/invites.service';
import * as groups from '../groups/repo';
import { createTrajectory } from '../trajectories/service';
import * as repo from './repo';
import { activityLink } from './signups';

const HOUR = 3_600_000;
/** How long an invitation to a started trajectory's group stays valid for someone without an account. */
const INVITE_DAYS = 30;

type Listed = Awaited<ReturnType<typeof repo.dueActivities>>[number];
const localeOf = (p: { locale: string }): Locale => (p.locale === 'en' ? 'en' : 'nl');

function when(a: repo.ActivityRow, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: a.timeZone,
  }).format(a.firstStartsAt);
}

/**
 * The day-before reminder: everyone with a place in an activity whose first meeting starts within 24 hours
 * gets one mail, once. The activity is claimed in the database before mail goes out, so a second run or a
 * second process sends nothing. Returns how many mails went out.
 */
export async function sendActivityReminders(ctx: ServiceContext, now: Date): Promise<number> {
  let sent = 0;
  for (const { activity: a } of await repo.dueActivities(
    ctx.db,
    new Date(now.getTime() + 24 * HOUR),
    'remindedAt',
  )) {
    if (a.firstStartsAt <= now || !(await repo.claim(ctx.db, a.id, 'remindedAt', now))) continue;
    for (const person of await repo.liveSignups(ctx.db, a.id, ['confirmed'])) {
      const locale = localeOf(person);
      const vars = {
        name: person.name,
        activity: a.title,
        when: when(a, locale),
        place: a.place || a.videoUrl || translate(locale, 'activities.facts.online'),
        url: activityLink(ctx, a.id),
      };
      await ctx.mailer.send({
        to: person.email,
        subject: translate(locale, 'activities.mail.reminderSubject', vars),
        text: translate(locale, 'activities.mail.reminderBody', vars),
      });
      sent += 1;
    }
  }
  return sent;
}

/**
 * A trajectory becomes a Kring group when it starts (or when its provider starts it early). Those with a
 * place and an account become members; the first of them to have confirmed is the group's admin, because
 * the group is theirs and the facilitator is to fade out. The activity's facilitator joins in the role
 * facilitator, with a guided trajectory over the activity's dates. People without an account get a
 * one-use invitation by mail. With nobody holding an account yet, the facilitator is admin until they hand
 * it on, and starts the trajectory themselves. Returns the group's id, or null if already started.
 */
export async function startTrajectoryGroup(ctx: ServiceContext, listed: Listed): Promise<string | null> {
  const a = listed.activity;
  if (a.kind !== 'trajectory' || !a.facilitatorId) return null;
  if (!(await repo.claim(ctx.db, a.id, 'startedAt', ctx.now()))) return null;
  try {
    return await makeGroup(ctx, a, a.facilitatorId, listed.provider.name);
  } catch (err) {
    // Unclaimed again, so the next run tries once more.
    await repo.updateActivity(ctx.db, a.id, { startedAt: null });
    throw err;
  }
}

async function makeGroup(ctx: ServiceContext, a: repo.ActivityRow, facilitatorId: string, provider: string) {
  const people = await repo.liveSignups(ctx.db, a.id, ['confirmed']);
  const signedUp = people.filter((p) => p.userId && p.userId !== facilitatorId);
  const language: Locale = people.length > 0 && people.every((p) => p.locale === 'en') ? 'en' : 'nl';
  const groupId = randomUUID();
  const name = a.title.length > 80 ? `${a.title.slice(0, 79)}…` : a.title;
  await groups.insertGroup(
    ctx.db,
    {
      id: groupId,
      name,
      description: translate(language, 'activities.group.description', { provider }),
      language,
    },
    facilitatorId,
    defaultRules(language),
  );
  await repo.updateActivity(ctx.db, a.id, { groupId });
  // The group's own limit holds here too: a trajectory seats one fewer than a group for its facilitator
  // (MAX_TRAJECTORY_CAPACITY), and one published before that rule with more places still makes no bigger group.
  const members: typeof signedUp = [];
  for (const m of signedUp)
    if ((await groups.addMemberIfRoom(ctx.db, groupId, m.userId!, MAX_GROUP_SIZE)) === 'added')
      members.push(m);
  const admin = members[0];
  if (admin) {
    await groups.setRole(ctx.db, groupId, admin.userId!, 'admin');
    await groups.setRole(ctx.db, groupId, facilitatorId, 'facilitator');
    const zoned = (iso: string) => utcToZonedFields(new Date(iso), a.timeZone).date;
    await createTrajectory(ctx.db, facilitatorId, groupId, {
      name: a.title,
      startsOn: zoned(a.sessions[0]!),
      endsOn: zoned(a.sessions.at(-1)!),
      plannedMeetings: a.sessions.length,
      mode: 'guided',
      facilitatorId,
      previousId: null,
      sharedAggregates: [],
    });
  }
  const facilitator = (await groups.findUser(ctx.db, facilitatorId))!;
  for (const p of people.filter((x) => !x.userId))
    await createEmailInvite(
      ctx,
      groupId,
      { id: facilitatorId, name: facilitator.name },
      p.email,
      INVITE_DAYS,
    );
  for (const p of [...members, { ...facilitator, locale: language }]) {
    const locale = localeOf(p);
    const vars = { name: p.name, activity: a.title, url: webLinks.group(ctx.publicUrl, groupId) };
    await ctx.mailer.send({
      to: p.email,
      subject: translate(locale, 'activities.mail.groupSubject', vars),
      text: translate(locale, 'activities.mail.groupBody', vars),
    });
  }
  return groupId;
}

/** Every trajectory whose first meeting has begun by `now` and that has no group yet gets one. */
export async function startDueTrajectories(ctx: ServiceContext, now: Date): Promise<string[]> {
  const made: string[] = [];
  for (const listed of await repo.dueActivities(ctx.db, now, 'startedAt')) {
    const groupId = await startTrajectoryGroup(ctx, listed);
    if (groupId) made.push(groupId);
  }
  return made;
}

/** Reminders and groups every `everyMs` (default a minute, so a group is there when its first meeting starts). */
export function startActivityJobs(
  ctx: ServiceContext,
  log: { error(obj: unknown, msg: string): void },
  everyMs = 60_000,
): () => void {
  const tick = () => {
    const now = ctx.now();
    sendActivityReminders(ctx, now)
      .then(() => startDueTrajectories(ctx, now))
      .catch((err) => log.error({ err }, 'activity reminders or groups failed'));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
