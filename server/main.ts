import pino from 'pino';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { createAuth } from './features/account/auth';
import { contextFrom } from './features/groups/context';
import { startReminderScheduler } from './features/meetings/reminders';
import { buildApp } from './http/app';
import { createMailer } from './mail/mailer';

/** Composition root: config → database → services → HTTP + realtime → listen. */
async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onStoreError: (err, meetingId) =>
      logger.error({ err, meetingId }, 'acknowledged events were not stored; they stay in the journal'),
  });
  logger.info({ database: database.kind, dataDir: config.dataDir }, 'database ready, migrations applied');
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const auth = createAuth({ config, db: database.db, mailer });
  const app = await buildApp({ config, database, auth, mailer, logger });
  await app.listen({ port: config.port, host: config.host });
  logger.info(`Kring is running at ${config.publicUrl}`);
  const stopReminders = startReminderScheduler(contextFrom({ database, mailer, config }), logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing open requests');
    stopReminders();
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
