import { randomUUID } from 'node:crypto';
import {
  type Activity,
  type CreateActivityInput,
  MAX_TRAJECTORY_CAPACITY,
  type NewActivityInput,
  type Provider,
  type ProviderPage,
  type Signup,
} from '../../../core/api/activities';
import { zonedTimeToUtc } from '../../../core/calendar/zoned-time';
import { methods } from '../../../core/methods/index';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../groups/context';
import * as repo from './repo';

const METHOD_IDS = new Set(methods.map((m) => m.id));

export const presentProvider = (row: repo.ProviderRow): Provider => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  website: row.website,
});

export function presentActivity(
  { activity: a, provider }: { activity: repo.ActivityRow; provider: { slug: string; name: string } },
  taken: number,
): Activity {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    description: a.description,
    provider,
    methods: a.methods,
    sessions: a.sessions,
    durationMinutes: a.durationMinutes,
    timeZone: a.timeZone,
    place: a.place,
    online: a.videoUrl !== null,
    videoUrl: null,
    capacity: a.capacity,
    placesLeft: Math.max(0, a.capacity - taken),
    priceText: a.priceText,
    professions: a.professions,
    registerHours: a.registerHours,
    cancelled: a.cancelledAt !== null,
  };
}

async function withPlaces(ctx: ServiceContext, rows: Awaited<ReturnType<typeof repo.upcomingActivities>>) {
  const taken = await repo.takenPlaces(
    ctx.db,
    rows.map((r) => r.activity.id),
  );
  return rows.map((r) => presentActivity(r, taken.get(r.activity.id) ?? 0));
}

export async function myProviders(ctx: ServiceContext, userId: string): Promise<Provider[]> {
  return (await repo.providersOf(ctx.db, userId)).map(presentProvider);
}

export async function providerPage(ctx: ServiceContext, slug: string): Promise<ProviderPage> {
  const provider = await repo.providerBySlug(ctx.db, slug);
  if (!provider) throw new AppError('not_found', 404);
  const rows = await repo.upcomingActivities(ctx.db, ctx.now(), provider.id);
  return { ...presentProvider(provider), activities: await withPlaces(ctx, rows) };
}

/** The provider behind a slug, if this person acts for it; others get 404 as if it did not exist. */
export async function providerActedFor(ctx: ServiceContext, slug: string, userId: string) {
  const provider = await repo.providerBySlug(ctx.db, slug);
  if (!provider || !(await repo.isProviderMember(ctx.db, provider.id, userId)))
    throw new AppError('not_found', 404);
  return provider;
}

/**
 * The stored columns of an activity form: meetings in the activity's zone become ordered instants; methods
 * must be in the library and the facilitator one of the provider's own accounts (the publisher if unnamed).
 */
export async function activityColumns(
  ctx: ServiceContext,
  providerId: string,
  userId: string,
  input: Required<CreateActivityInput>,
) {
  const unknown = input.methods.find((id) => !METHOD_IDS.has(id));
  if (unknown) throw new AppError('method_not_found', 400);
  if (input.kind === 'trajectory' && input.capacity > MAX_TRAJECTORY_CAPACITY)
    throw new AppError('validation_failed', 400, [
      { path: 'capacity', message: `a trajectory seats at most ${MAX_TRAJECTORY_CAPACITY}` },
    ]);
  const facilitatorId = input.facilitatorId ?? userId;
  if (!(await repo.isProviderMember(ctx.db, providerId, facilitatorId)))
    throw new AppError('activity_facilitator_invalid', 400);
  const starts = input.sessions
    .map((s) => zonedTimeToUtc(s.date, s.time, input.timeZone))
    .sort((a, b) => a.getTime() - b.getTime());
  const { sessions: _, ...rest } = input;
  return { ...rest, facilitatorId, sessions: starts.map((d) => d.toISOString()), firstStartsAt: starts[0]! };
}

export async function publishActivity(
  ctx: ServiceContext,
  slug: string,
  userId: string,
  input: Required<NewActivityInput>,
): Promise<Activity> {
  const provider = await providerActedFor(ctx, slug, userId);
  const { draft, ...form } = input;
  const row = {
    id: randomUUID(),
    providerId: provider.id,
    ...(await activityColumns(ctx, provider.id, userId, form)),
    publishedAt: draft ? null : ctx.now(),
  };
  await repo.insertActivity(ctx.db, row);
  return getActivity(ctx, row.id, userId);
}

export type ActivityFilter = {
  profession?: string;
  mode?: 'online' | 'place';
  from?: string;
  method?: string;
};

/** The public list: upcoming activities, narrowed by profession, online or on site, date and method. */
export async function listActivities(ctx: ServiceContext, filter: ActivityFilter): Promise<Activity[]> {
  const from = filter.from ? new Date(`${filter.from}T00:00:00Z`) : ctx.now();
  const rows = await repo.upcomingActivities(ctx.db, from < ctx.now() ? ctx.now() : from);
  const profession = filter.profession?.toLocaleLowerCase('nl');
  return (await withPlaces(ctx, rows)).filter(
    (a) =>
      (!profession || a.professions.some((p) => p.toLocaleLowerCase('nl').includes(profession))) &&
      (!filter.mode || (filter.mode === 'online' ? a.online : a.place !== '')) &&
      (!filter.method || a.methods.includes(filter.method)),
  );
}

/** One activity; a draft only for the provider's own accounts (404 for anyone else). */
export async function getActivity(ctx: ServiceContext, id: string, userId?: string): Promise<Activity> {
  const row = await repo.activityById(ctx.db, id);
  if (!row) throw new AppError('not_found', 404);
  if (
    row.activity.publishedAt === null &&
    !(userId && (await repo.isProviderMember(ctx.db, row.activity.providerId, userId)))
  )
    throw new AppError('not_found', 404);
  const taken = await repo.takenPlaces(ctx.db, [id]);
  return presentActivity(row, taken.get(id) ?? 0);
}

/** Who signed up, for the accounts acting for the provider only; nobody else learns who did. */
export async function signupsFor(ctx: ServiceContext, id: string, userId: string): Promise<Signup[]> {
  const row = await repo.activityById(ctx.db, id);
  if (!row) throw new AppError('not_found', 404);
  await providerActedFor(ctx, row.provider.slug, userId);
  return (await repo.signupsOf(ctx.db, id)).map((s) => ({
    name: s.name,
    email: s.email,
    status: s.status,
    at: (s.confirmedAt ?? s.createdAt).toISOString(),
  }));
}
