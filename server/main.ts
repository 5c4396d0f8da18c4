import pino from 'pino';
import { loadConfig } from './config';
import { openDatabase } from './db/client';

/** Milliseconds per start-up step, logged at debug; steps that overlap each count their own time. */
const steps: Record<string, number> = { modules: Math.round(performance.now()) };
async function timed<T>(step: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  const started = performance.now();
  const result = await (typeof work === 'function' ? work() : work);
  steps[step] = Math.round(performance.now() - started);
  return result;
}

/**
 * Composition root: config → database → services → HTTP + realtime → listen. The database opens on
 * its worker thread while this thread loads the rest of the server, which is why those modules are
 * imported here and not at the top.
 */
async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const opening = timed(
    'database',
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      durability: config.durability,
      onStoreError: (err, meetingId) =>
        logger.error({ err, meetingId }, 'acknowledged events were not stored; they stay in the journal'),
    }),
  );
  const [
    { startActivityJobs },
    { createAuth },
    { contextFrom },
    { startReminderScheduler },
    { startRetentionJob },
    { buildApp },
    { createMailer },
  ] = await timed('serverModules', () =>
    Promise.all([
      import('./features/activities/jobs'),
      import('./features/account/auth'),
      import('./features/groups/context'),
      import('./features/meetings/reminders'),
      import('./features/retention/service'),
      import('./http/app'),
      import('./mail/mailer'),
    ]),
  );
  const database = await opening;
  logger.info({ database: database.kind, dataDir: config.dataDir }, 'database ready, migrations applied');
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const auth = createAuth({ config, db: database.db, mailer });
  const app = await timed('routes', buildApp({ config, database, auth, mailer, logger }));
  await timed('listen', app.listen({ port: config.port, host: config.host }));
  for (const [step, ms] of Object.entries(database.startupSteps ?? {})) {
    steps[`database.${step}`] = Math.round(ms);
  }
  const { user, system } = process.cpuUsage();
  const cpuMs = Math.round((user + system) / 1000);
  logger.debug({ steps, totalMs: Math.round(performance.now()), cpuMs }, 'start-up steps in ms');
  logger.info(`Kring is running at ${config.publicUrl}`);
  const stopReminders = startReminderScheduler(contextFrom({ database, mailer, config }), logger);
  const stopRetention = startRetentionJob(database.db, logger);
  const stopActivities = startActivityJobs(contextFrom({ database, mailer, config }), logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing open requests');
    stopReminders();
    stopRetention();
    stopActivities();
    await app.close();
    mailer.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
