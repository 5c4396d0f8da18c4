import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { createAuth } from '../features/account/auth';
import { type AppDeps, buildApp } from '../http/app';
import { createMailer } from '../mail/mailer';
import { type DatabaseKind, openTestDatabase } from './databases';
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
  const auth = createAuth({ config, db: database.db, mailer });
  const deps: AppDeps = { config, database, auth, mailer, logger };
  const app = await buildApp(deps);
  await app.ready();
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

/** Signs up a user through the real HTTP API and returns the session cookie header. */
export async function signUp(
  app: FastifyInstance,
  user: { name?: string; email: string; password?: string },
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: {
      name: user.name ?? 'Test User',
      email: user.email,
      password: user.password ?? 'een goed wachtwoord 1',
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return {
    cookie: cookieHeader(response.headers['set-cookie']),
    user: response.json().user as { id: string },
  };
}

/** Turns Set-Cookie headers into one Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  return [setCookie ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');
}
