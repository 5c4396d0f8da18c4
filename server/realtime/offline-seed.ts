import pino from 'pino';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { type Auth, confirmToken, createAuth } from '../features/account/auth';
import { createMailer } from '../mail/mailer';
import { seedGroupMeeting } from './seed';

export type SeededMeeting = {
  meetingId: string;
  groupId: string;
  versionId: string;
  people: { id: string; cookie: string }[];
};

/**
 * Seeds a PGlite data folder before a server process opens it (PGlite serves one process): people sign
 * up through better-auth itself, then groups and meetings go in through the groups repos.
 * `peoplePerMeeting` people per meeting are drawn round-robin from a pool of `poolSize` accounts.
 */
export async function seedDataDir(options: {
  dataDir: string;
  /** PostgreSQL instead of the folder (several processes share it; it may be seeded while they run). */
  databaseUrl?: string;
  meetings: number;
  peoplePerMeeting: number;
  poolSize: number;
}): Promise<SeededMeeting[]> {
  const config = { ...loadConfig({ DATA_DIR: options.dataDir, LOG_LEVEL: 'silent' }), host: '127.0.0.1' };
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: options.databaseUrl });
  const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom, logger });
  const auth = createAuth({ config, db: database.db, mailer });
  try {
    const pool: { id: string; cookie: string }[] = [];
    for (let i = 0; i < options.poolSize; i++) {
      const { cookie, user } = await signUp(auth, config.authSecret, {
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
    mailer.close();
    await database.close();
  }
}

// Straight to better-auth: the public sign-up route is rate limited per address, which seeding would hit.
// The address is confirmed by opening the mail's link, made here, which also signs the person in.
async function signUp(auth: Auth, secret: string, user: { email: string; name: string }) {
  const created = await auth.api.signUpEmail({ body: { ...user, password: 'een goed wachtwoord 1' } });
  const token = await confirmToken(secret, created.user);
  const response = await auth.api.verifyEmail({ query: { token }, asResponse: true });
  if (!response.ok) throw new Error(`confirming failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, user: { id: created.user.id } };
}
