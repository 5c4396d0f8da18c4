import type {
  ActivityMessageInput,
  CreateActivityInput,
  ProviderActivity,
} from '../../../core/api/activities';
import { type Locale, translate } from '../../../core/i18n/index';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../groups/context';
import * as repo from './repo';
import { activityColumns, getActivity, presentActivity, providerActedFor } from './service';
import { activityLink } from './signups';

/** The activity, if this person acts for its provider; 404 for anyone else, as if it did not exist. */
export async function ownActivity(ctx: ServiceContext, id: string, userId: string) {
  const row = await repo.activityById(ctx.db, id);
  if (!row || !(await repo.isProviderMember(ctx.db, row.activity.providerId, userId)))
    throw new AppError('not_found', 404);
  return row;
}

const statusOf = (a: repo.ActivityRow) =>
  a.cancelledAt ? 'cancelled' : a.publishedAt ? 'published' : ('draft' as const);

/** The provider's own overview: every activity with its state and how many are in or waiting. */
export async function providerActivities(
  ctx: ServiceContext,
  slug: string,
  userId: string,
): Promise<ProviderActivity[]> {
  const provider = await providerActedFor(ctx, slug, userId);
  const rows = await repo.allActivitiesOf(ctx.db, provider.id);
  const ids = rows.map((r) => r.activity.id);
  const [taken, waiting] = await Promise.all([
    repo.takenPlaces(ctx.db, ids),
    repo.waitingCounts(ctx.db, ids),
  ]);
  return rows.map((r) => ({
    ...presentActivity(r, taken.get(r.activity.id) ?? 0),
    videoUrl: r.activity.videoUrl,
    status: statusOf(r.activity),
    facilitatorId: r.activity.facilitatorId,
    confirmed: taken.get(r.activity.id) ?? 0,
    waiting: waiting.get(r.activity.id) ?? 0,
    groupId: r.activity.groupId,
  }));
}

/**
 * Changes an activity. More places let the waiting list move up at once (each told by mail); fewer places
 * than people already in is refused rather than taking places away.
 */
export async function editActivity(
  ctx: ServiceContext,
  id: string,
  userId: string,
  input: Required<CreateActivityInput>,
) {
  const { activity } = await ownActivity(ctx, id, userId);
  if (activity.cancelledAt) throw new AppError('activity_cancelled', 409);
  const columns = await activityColumns(ctx, activity.providerId, userId, input);
  const movedUp = await repo.withActivityLocked(ctx.db, id, async (tx) => {
    const taken = (await repo.takenPlaces(tx, [id])).get(id) ?? 0;
    if (columns.capacity < taken) throw new AppError('activity_capacity_taken', 409);
    await repo.updateActivity(tx, id, columns);
    const moved: repo.SignupRow[] = [];
    for (let free = columns.capacity - taken; free > 0; free -= 1) {
      const next = await repo.firstWaiting(tx, id);
      if (!next) break;
      await repo.updateSignup(tx, next.id, { status: 'confirmed' });
      moved.push(next);
    }
    return moved;
  });
  for (const person of movedUp) await mailTo(ctx, person, 'movedUp', { id, title: columns.title });
  return getActivity(ctx, id, userId);
}

export async function publish(ctx: ServiceContext, id: string, userId: string) {
  const { activity } = await ownActivity(ctx, id, userId);
  if (activity.cancelledAt) throw new AppError('activity_cancelled', 409);
  if (!activity.publishedAt) await repo.updateActivity(ctx.db, id, { publishedAt: ctx.now() });
  return getActivity(ctx, id, userId);
}

type Person = { email: string; name: string; locale: string };
const localeOf = (p: Person): Locale => (p.locale === 'en' ? 'en' : 'nl');

async function mailTo(
  ctx: ServiceContext,
  to: Person,
  kind: 'movedUp' | 'activityCancelled',
  activity: { id: string; title: string },
  message = '',
) {
  const locale = localeOf(to);
  // A cancelled activity's mail points at the others still on offer.
  const url = kind === 'movedUp' ? activityLink(ctx, activity.id) : `${ctx.publicUrl}/activities`;
  const vars = { name: to.name, activity: activity.title, url, message };
  await ctx.mailer.send({
    to: to.email,
    subject: translate(locale, `activities.mail.${kind}Subject`, vars),
    text: translate(locale, `activities.mail.${kind}Body`, vars),
  });
}

/** Cancels the activity: it leaves the lists, sign-up closes, and everyone in or waiting is told. */
export async function cancelActivity(ctx: ServiceContext, id: string, userId: string, message: string) {
  const { activity } = await ownActivity(ctx, id, userId);
  if (activity.cancelledAt) return getActivity(ctx, id, userId);
  await repo.updateActivity(ctx.db, id, { cancelledAt: ctx.now() });
  if (activity.publishedAt) {
    for (const person of await repo.liveSignups(ctx.db, id, ['confirmed', 'waiting']))
      await mailTo(ctx, person, 'activityCancelled', activity, message);
  }
  return getActivity(ctx, id, userId);
}

/**
 * The provider writes to those with a place (and the waiting list if chosen): one mail per person, so
 * nobody sees who else signed up; replies go to the provider through the reply-to of their own account.
 */
export async function messageSignups(
  ctx: ServiceContext,
  id: string,
  sender: { id: string; name: string; email: string },
  input: Required<ActivityMessageInput>,
): Promise<number> {
  const { activity, provider } = await ownActivity(ctx, id, sender.id);
  const people = await repo.liveSignups(
    ctx.db,
    id,
    input.includeWaiting ? ['confirmed', 'waiting'] : ['confirmed'],
  );
  for (const person of people) {
    const locale = localeOf(person);
    const vars = {
      provider: provider.name,
      sender: sender.name,
      activity: activity.title,
      url: activityLink(ctx, id),
      message: input.body,
    };
    await ctx.mailer.send({
      to: person.email,
      replyTo: sender.email,
      subject: translate(locale, 'activities.mail.messageSubject', { ...vars, subject: input.subject }),
      text: translate(locale, 'activities.mail.messageBody', vars),
    });
  }
  return people.length;
}
