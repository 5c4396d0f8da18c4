import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { createAuth } from '../features/account/auth';
import { buildApp } from '../http/app';
import { createMailer } from '../mail/mailer';
import { seedGroupMeeting } from './seed';

export type SeededMeeting = { meetingId: string; groupId: string; people: { id: string; cookie: string }[] };

/**
 * Seeds a PGlite data folder before a server process opens it (PGlite serves one process): people sign
 * up through the real HTTP routes (in-process), then groups and meetings go in through the repos.
 * `peoplePerMeeting` people per meeting are drawn round-robin from a pool of `poolSize` accounts.
 */
export async function seedDataDir(options: {
  dataDir: string;
  meetings: number;
  peoplePerMeeting: number;
  poolSize: number;
}): Promise<SeededMeeting[]> {
  const config = { ...loadConfig({ DATA_DIR: options.dataDir, LOG_LEVEL: 'silent' }), host: '127.0.0.1' };
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ dataDir: config.dataDir });
  const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, logger });
  const auth = createAuth({ config, db: database.db, mailer });
  const app = await buildApp({ config, database, auth, mailer, logger });
  try {
    const pool: { id: string; cookie: string }[] = [];
    for (let i = 0; i < options.poolSize; i++) {
      const { cookie, user } = await signUp(app, {
        email: `deelnemer.${i}@kring.test`,
        name: `Deelnemer ${i}`,
      });
      pool.push({ id: user.id, cookie });
    }
    const seeded: SeededMeeting[] = [];
    for (let m = 0; m < options.meetings; m++) {
      const people = Array.from(
        { length: options.peoplePerMeeting },
        (_, i) => pool[(m * options.peoplePerMeeting + i) % pool.length]!,
      );
      const ids = await seedGroupMeeting(
        database.db,
        people.map((p) => p.id),
        `Kring ${m}`,
      );
      seeded.push({ ...ids, people });
    }
    return seeded;
  } finally {
    await app.close();
    mailer.close();
    await database.close();
  }
}

// The test harness has a signUp too, but it pulls in vitest; benchmarks run without it.
async function signUp(app: FastifyInstance, user: { email: string; name: string }) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: { ...user, password: 'een goed wachtwoord 1' },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const cookie = [response.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, user: response.json().user as { id: string } };
}
