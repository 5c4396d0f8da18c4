import { randomUUID } from 'node:crypto';
import type { SignupResult } from '../../../core/api/activities';
import { type Locale, translate } from '../../../core/i18n/index';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../groups/context';
import { hashSecret, newSecret } from '../groups/tokens';
import * as repo from './repo';

type Person = { userId?: string; name: string; email: string; locale: Locale };
type Mail = 'confirm' | 'confirmed' | 'waiting' | 'movedUp' | 'cancelled';

const links = {
  confirm: (base: string, token: string) => `${base}/activities/confirm/${token}`,
  cancel: (base: string, token: string) => `${base}/activities/cancel/${token}`,
  activity: (base: string, id: string) => `${base}/activities/${id}`,
};

export const activityLink = (ctx: ServiceContext, id: string) => links.activity(ctx.publicUrl, id);

async function mail(
  ctx: ServiceContext,
  kind: Mail,
  to: { email: string; name: string; locale: Locale },
  activity: { id: string; title: string },
  token?: string,
) {
  const vars = {
    name: to.name,
    activity: activity.title,
    url: links.activity(ctx.publicUrl, activity.id),
    confirmUrl: token ? links.confirm(ctx.publicUrl, token) : '',
    cancelUrl: token ? links.cancel(ctx.publicUrl, token) : '',
  };
  await ctx.mailer.send({
    to: to.email,
    subject: translate(to.locale, `activities.mail.${kind}Subject`, vars),
    text: translate(to.locale, `activities.mail.${kind}Body`, vars),
  });
}

/** In if a place is free, else on the waiting list; returns the new status. */
async function takePlace(tx: repo.Tx, activityId: string) {
  const taken = (await repo.takenPlaces(tx, [activityId])).get(activityId) ?? 0;
  return taken < (await repo.capacityOf(tx, activityId)) ? ('confirmed' as const) : ('waiting' as const);
}

/**
 * Signs a person up. With an account the place is theirs (or they wait) at once. Without one, nothing is
 * reserved until they confirm their address by mail; the answer is the same whether or not the address
 * had signed up before, so the form does not tell who is on the list.
 */
export async function signUp(ctx: ServiceContext, activityId: string, who: Person): Promise<SignupResult> {
  const found = await repo.activityById(ctx.db, activityId);
  if (!found?.activity.publishedAt) throw new AppError('not_found', 404);
  if (found.activity.cancelledAt) throw new AppError('activity_cancelled', 409);
  const activity = { id: activityId, title: found.activity.title };
  const confirmToken = who.userId ? null : newSecret();
  const cancelToken = newSecret();
  const outcome = await repo.withActivityLocked(ctx.db, activityId, async (tx) => {
    const existing = await repo.openSignup(tx, activityId, who);
    if (existing) return { status: existing.status, fresh: false };
    const status = who.userId ? await takePlace(tx, activityId) : ('unconfirmed' as const);
    await repo.insertSignup(tx, {
      id: randomUUID(),
      activityId,
      userId: who.userId ?? null,
      name: who.name,
      email: who.email,
      locale: who.locale,
      status,
      confirmTokenHash: confirmToken ? hashSecret(confirmToken) : null,
      cancelTokenHash: hashSecret(cancelToken),
      confirmedAt: who.userId ? ctx.now() : null,
    });
    return { status, fresh: true };
  });
  if (!who.userId) {
    if (outcome.fresh) await mail(ctx, 'confirm', who, activity, confirmToken!);
    return { status: 'checkEmail' };
  }
  if (outcome.fresh && outcome.status !== 'unconfirmed')
    await mail(ctx, outcome.status, who, activity, cancelToken);
  return { status: outcome.status === 'waiting' ? 'waiting' : 'confirmed' };
}

/** The link in the confirmation mail: the place is taken now (or the person waits), once. */
export async function confirmSignup(ctx: ServiceContext, token: string): Promise<SignupResult> {
  const found = await repo.signupByHash(ctx.db, 'confirmTokenHash', hashSecret(token));
  if (!found) throw new AppError('signup_invalid', 410);
  const cancelToken = newSecret();
  const outcome = await repo.withActivityLocked(ctx.db, found.activityId, async (tx) => {
    // Read again under the lock: a cancellation or a second click of the same link may have come first,
    // and a cancelled sign-up never takes a place again.
    const row = (await repo.signupById(tx, found.id))!;
    if (row.status === 'cancelled') throw new AppError('signup_invalid', 410);
    if (row.status !== 'unconfirmed') return { status: row.status, fresh: false };
    if (await repo.isCancelled(tx, row.activityId)) throw new AppError('activity_cancelled', 409);
    const next = await takePlace(tx, row.activityId);
    await repo.updateSignup(tx, row.id, {
      status: next,
      confirmedAt: ctx.now(),
      cancelTokenHash: hashSecret(cancelToken),
    });
    return { status: next, fresh: true };
  });
  if (!outcome.fresh) return { status: outcome.status };
  const activity = await repo.activityById(ctx.db, found.activityId);
  await mail(
    ctx,
    outcome.status,
    found,
    { id: found.activityId, title: activity!.activity.title },
    cancelToken,
  );
  return { status: outcome.status };
}

/** The link in every mail after signing up: the place goes, and the first on the waiting list moves up. */
export async function cancelSignup(ctx: ServiceContext, token: string): Promise<void> {
  const found = await repo.signupByHash(ctx.db, 'cancelTokenHash', hashSecret(token));
  if (!found) throw new AppError('signup_invalid', 410);
  const { row, movedUp } = await repo.withActivityLocked(ctx.db, found.activityId, async (tx) => {
    // Read again under the lock, so two clicks at once move one person up, not two.
    const row = (await repo.signupById(tx, found.id))!;
    if (row.status === 'cancelled') throw new AppError('signup_invalid', 410);
    await repo.updateSignup(tx, row.id, { status: 'cancelled' });
    if (row.status !== 'confirmed') return { row, movedUp: undefined };
    const next = await repo.firstWaiting(tx, row.activityId);
    if (next) await repo.updateSignup(tx, next.id, { status: 'confirmed' });
    return { row, movedUp: next };
  });
  const listed = await repo.activityById(ctx.db, row.activityId);
  const activity = { id: row.activityId, title: listed!.activity.title };
  await mail(ctx, 'cancelled', row, activity);
  if (movedUp) await mail(ctx, 'movedUp', movedUp, activity);
}
