import { randomUUID } from 'node:crypto';
import type { CalendarFeedCreated, CalendarFeedStatus } from '../../../core/api/groups';
import { translate } from '../../../core/i18n/index';
import { AppError } from '../../http/errors';
import { type ServiceContext, webLinks } from '../groups/context';
import { hashSecret, newSecret } from '../groups/tokens';
import * as feeds from './feed.repo';
import { meetingsCalendar } from './ics';
import * as repo from './repo';

export async function feedStatus(ctx: ServiceContext, userId: string): Promise<CalendarFeedStatus> {
  const row = await feeds.activeFeed(ctx.db, userId);
  return { active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null };
}

/** Creates (or rotates) the personal feed; the secret is only in the returned URL. */
export async function createFeed(ctx: ServiceContext, userId: string): Promise<CalendarFeedCreated> {
  const secret = newSecret();
  const now = ctx.now();
  await feeds.replaceFeed(ctx.db, userId, randomUUID(), hashSecret(secret), now);
  return { url: webLinks.calendarFeed(ctx.publicUrl, secret), createdAt: now.toISOString() };
}

export async function revokeFeed(ctx: ServiceContext, userId: string): Promise<void> {
  await feeds.revokeFeeds(ctx.db, userId, ctx.now());
}

/** The feed's calendar: the owner's meetings from 30 days back on, in the owner's language. */
export async function feedCalendar(ctx: ServiceContext, secret: string): Promise<string> {
  const owner = await feeds.feedOwner(ctx.db, hashSecret(secret));
  if (!owner) throw new AppError('feed_not_found', 404);
  const locale = owner.locale === 'en' ? 'en' : 'nl';
  const now = ctx.now();
  const rows = await repo.userMeetings(ctx.db, owner.userId, new Date(now.getTime() - 30 * 86_400_000), 200);
  return meetingsCalendar(rows, {
    name: translate(locale, 'groups.calendar.feedName'),
    locale,
    publicUrl: ctx.publicUrl,
    now,
  });
}
