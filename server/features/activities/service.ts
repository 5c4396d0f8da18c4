import { randomUUID } from 'node:crypto';
import type {
  Activity,
  CreateActivityInput,
  CreateProviderInput,
  Provider,
  ProviderPage,
  Signup,
} from '../../../core/api/activities';
import { zonedTimeToUtc } from '../../../core/calendar/zoned-time';
import { methods } from '../../../core/methods/index';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../groups/context';
import * as repo from './repo';

const METHOD_IDS = new Set(methods.map((m) => m.id));

/** A readable, unique address for the provider's page: "Praktijk Één" → "praktijk-een", then "-2", "-3"… */
async function freeSlug(ctx: ServiceContext, name: string): Promise<string> {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'aanbieder';
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(ctx.db, slug))) return slug;
  }
}

const presentProvider = (row: repo.ProviderRow): Provider => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  website: row.website,
});

function presentActivity(
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
    videoUrl: a.videoUrl,
    capacity: a.capacity,
    placesLeft: Math.max(0, a.capacity - taken),
    priceText: a.priceText,
    professions: a.professions,
    registerHours: a.registerHours,
  };
}

async function withPlaces(ctx: ServiceContext, rows: Awaited<ReturnType<typeof repo.upcomingActivities>>) {
  const taken = await repo.takenPlaces(
    ctx.db,
    rows.map((r) => r.activity.id),
  );
  return rows.map((r) => presentActivity(r, taken.get(r.activity.id) ?? 0));
}

/** Anyone signed in may offer intervision: they become the first account acting for the new provider. */
export async function createProvider(
  ctx: ServiceContext,
  userId: string,
  input: Required<CreateProviderInput>,
) {
  const row = { id: randomUUID(), slug: await freeSlug(ctx, input.name), ...input };
  await repo.insertProvider(ctx.db, row, userId);
  return presentProvider({ ...row, createdAt: ctx.now() });
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
async function providerActedFor(ctx: ServiceContext, slug: string, userId: string) {
  const provider = await repo.providerBySlug(ctx.db, slug);
  if (!provider || !(await repo.isProviderMember(ctx.db, provider.id, userId)))
    throw new AppError('not_found', 404);
  return provider;
}

export async function publishActivity(
  ctx: ServiceContext,
  slug: string,
  userId: string,
  input: Required<CreateActivityInput>,
): Promise<Activity> {
  const provider = await providerActedFor(ctx, slug, userId);
  const unknown = input.methods.find((id) => !METHOD_IDS.has(id));
  if (unknown) throw new AppError('method_not_found', 400);
  const starts = input.sessions
    .map((s) => zonedTimeToUtc(s.date, s.time, input.timeZone))
    .sort((a, b) => a.getTime() - b.getTime());
  const { sessions: _, ...rest } = input;
  const row = {
    id: randomUUID(),
    providerId: provider.id,
    ...rest,
    sessions: starts.map((d) => d.toISOString()),
    firstStartsAt: starts[0]!,
  };
  await repo.insertActivity(ctx.db, row);
  return presentActivity(
    { activity: { ...row, createdAt: ctx.now() }, provider: { slug: provider.slug, name: provider.name } },
    0,
  );
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
      (!filter.mode || (filter.mode === 'online' ? a.videoUrl !== null : a.place !== '')) &&
      (!filter.method || a.methods.includes(filter.method)),
  );
}

export async function getActivity(ctx: ServiceContext, id: string): Promise<Activity> {
  const row = await repo.activityById(ctx.db, id);
  if (!row) throw new AppError('not_found', 404);
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
