import { randomUUID } from 'node:crypto';
import type { CreateProviderInput, Provider, ProviderMember } from '../../../core/api/activities';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../groups/context';
import * as repo from './repo';
import { presentProvider, providerActedFor } from './service';

/**
 * The provider role is granted, not taken: an operator (an address in OPERATORS, README "Providers")
 * registers a provider with the account that first acts for it, and grants or withdraws the role per
 * provider. Otherwise anyone could publish under any organisation's name and collect sign-ups.
 */
export function isOperator(operators: readonly string[] | undefined, email: string): boolean {
  return (operators ?? []).includes(email.toLowerCase());
}

export function assertOperator(operators: readonly string[] | undefined, email: string): void {
  if (!isOperator(operators, email)) throw new AppError('forbidden', 403);
}

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

async function accountOf(ctx: ServiceContext, email: string) {
  const user = await repo.verifiedUserByEmail(ctx.db, email);
  if (!user) throw new AppError('account_not_found', 404);
  return user;
}

/** The operator registers a provider; the account of `ownerEmail` acts for it from now on. */
export async function registerProvider(
  ctx: ServiceContext,
  input: Required<CreateProviderInput> & { ownerEmail: string },
): Promise<Provider> {
  const { ownerEmail, ...fields } = input;
  const owner = await accountOf(ctx, ownerEmail);
  const row = { id: randomUUID(), slug: await freeSlug(ctx, fields.name), ...fields };
  await repo.insertProvider(ctx.db, row, owner.id);
  return presentProvider({ ...row, createdAt: ctx.now() });
}

async function providerOr404(ctx: ServiceContext, slug: string) {
  const provider = await repo.providerBySlug(ctx.db, slug);
  if (!provider) throw new AppError('not_found', 404);
  return provider;
}

export async function grantRole(ctx: ServiceContext, slug: string, email: string): Promise<ProviderMember[]> {
  const provider = await providerOr404(ctx, slug);
  await repo.addProviderMember(ctx.db, provider.id, (await accountOf(ctx, email)).id);
  return repo.providerMembersOf(ctx.db, provider.id);
}

export async function withdrawRole(ctx: ServiceContext, slug: string, userId: string): Promise<void> {
  const provider = await providerOr404(ctx, slug);
  await repo.removeProviderMember(ctx.db, provider.id, userId);
}

/** Who acts for the provider: for the operator and for those accounts themselves. */
export async function membersOf(
  ctx: ServiceContext,
  slug: string,
  me: { id: string; email: string },
  operators: readonly string[] | undefined,
): Promise<ProviderMember[]> {
  const provider = isOperator(operators, me.email)
    ? await providerOr404(ctx, slug)
    : await providerActedFor(ctx, slug, me.id);
  return repo.providerMembersOf(ctx.db, provider.id);
}
