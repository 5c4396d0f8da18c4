import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';
import { confirmToken, createAuth } from '../features/account/auth';
import { type AppDeps, buildApp } from '../http/app';
import { createMailer } from '../mail/mailer';
import { type DatabaseKind, openTestDatabase } from './databases';
import { quickPassword } from './password';
import { type SmtpCatcher, startSmtpCatcher } from './smtp';

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  database: Database;
  smtp: SmtpCatcher;
  close(): Promise<void>;
};

/** The real app on a fresh test database, with mail going to a real SMTP listener on loopback. */
export async function createTestApp(
  kind: DatabaseKind,
  overrides: Partial<Config> = {},
  /** A logger of the test's own, to read what the server logs. */
  logger: Logger = pino({ level: 'silent' }),
  /**
   * More of the app's dependencies (e.g. the demo meetings' limits and clock, a web build folder), and
   * whether passwords are hashed at the server's real cost instead of quickly (see ./password.ts).
   */
  { realPasswords, ...extra }: Pick<AppDeps, 'demo' | 'webRoot'> & { realPasswords?: boolean } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const smtp = await startSmtpCatcher();
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: undefined,
    publicUrl: 'http://localhost:3000',
    publicUrlSet: true,
    authSecret: randomBytes(32).toString('hex'),
    smtpUrl: smtp.url,
    mailFrom: 'Kring <kring@test.local>',
    logLevel: 'silent',
    production: false,
    trustProxy: false,
    durability: 'write',
    ...overrides,
  };
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const auth = createAuth({
    config,
    db: database.db,
    mailer,
    ...(!realPasswords && { password: quickPassword }),
  });
  const deps: AppDeps = { config, database, auth, mailer, logger, ...extra };
  const app = await buildApp(deps);
  await app.ready();
  testApps.set(app, deps);
  return {
    app,
    deps,
    database,
    smtp,
    async close() {
      await app.close();
      mailer.close();
      await smtp.close();
      await database.close();
    },
  };
}

const testApps = new WeakMap<FastifyInstance, AppDeps>();

// Each test person signs up from an address of their own, as people on their own devices do: the auth
// routes' per-address limit (60 a minute) would otherwise count a whole suite's sign-ups as one visitor's.
const addresses = new Map<string, string>();
function addressOf(email: string): string {
  const key = email.toLowerCase();
  let address = addresses.get(key);
  if (!address) {
    const n = addresses.size + 1;
    address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    addresses.set(key, address);
  }
  return address;
}

/**
 * Opens the link of the sign-up mail for this address, as its owner would: the address is confirmed and
 * the owner signed in. The link is made here with the app's secret instead of read from the mail, which
 * would add an SMTP round trip to every test that needs a user (account.test.ts follows the real mail).
 */
export async function confirmEmail(app: FastifyInstance, email: string) {
  const deps = testApps.get(app);
  if (!deps) throw new Error('confirmEmail needs an app made by createTestApp');
  const [user] = await deps.database.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  if (!user) throw new Error(`no account for ${email}`);
  const token = await confirmToken(deps.config.authSecret, user);
  const response = await app.inject({
    url: `/api/auth/verify-email?token=${token}`,
    remoteAddress: addressOf(email),
  });
  if (response.statusCode !== 200) throw new Error(`confirm failed: ${response.statusCode} ${response.body}`);
  return { cookie: cookieHeader(response.headers['set-cookie']), user: { id: user.id } };
}

/** Signs up a user through the real HTTP API, confirms the address and returns the session cookie header. */
export async function signUp(
  app: FastifyInstance,
  user: { name?: string; email: string; password?: string },
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    remoteAddress: addressOf(user.email),
    payload: {
      name: user.name ?? 'Test User',
      email: user.email,
      password: user.password ?? 'een goed wachtwoord 1',
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return confirmEmail(app, user.email);
}

/** Turns Set-Cookie headers into one Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  return [setCookie ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');
}
