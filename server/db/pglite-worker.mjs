// The embedded database on a thread of its own, so PGlite's WebAssembly never blocks the event loop
// that serves requests and live meetings. It answers the messages of server/db/remote-pglite.ts.
// Plain JavaScript: a worker thread loads it as it is, under tsx, vitest and node alike.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { seedFromTemplate } from './pglite-template.mjs';

/** Identity parsers for the types Drizzle reads as text, rebuilt here: functions do not cross threads. */
const asText = (oids) => Object.fromEntries(oids.map((oid) => [oid, (value) => value]));

/** An error as data: the class does not cross threads, but its code, constraint and detail must. */
function plain(error) {
  const fields = Object.entries(error ?? {}).filter(([, v]) => ['string', 'number'].includes(typeof v));
  return { ...Object.fromEntries(fields), message: error?.message ?? String(error), name: error?.name };
}

let db;
/** Open transactions by id: their PGlite handle and how to end them. */
const transactions = new Map();

async function handle({ op, txId, text, params, rowMode, textTypes, statements }) {
  if (op === 'begin') return begin(txId);
  if (op === 'each') return each(statements);
  const client = txId === undefined ? db : transactions.get(txId)?.tx;
  if (!client) throw new Error(`no transaction ${txId}`);
  switch (op) {
    case 'query':
      return client.query(text, params, { rowMode, parsers: asText(textTypes ?? []) });
    case 'exec':
      return client.exec(text);
    case 'commit':
    case 'rollback': {
      const open = transactions.get(txId);
      transactions.delete(txId);
      open[op]();
      return open.done;
    }
    case 'close':
      return db.close();
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

/**
 * Statements that each stand alone (the event journal's appends of one turn), in one transaction: all
 * at once while none fails, else one by one, each behind a savepoint so a refused one is undone alone.
 * Its errors come back in its place. PGlite's lock is held throughout, so later messages wait for all.
 */
function each(statements) {
  return db.transaction(async (tx) => {
    try {
      await tx.exec(`savepoint batch; ${statements.join(';\n')}; release savepoint batch`);
      return statements.map(() => null);
    } catch {
      await tx.exec('rollback to savepoint batch');
    }
    const errors = [];
    for (const statement of statements) {
      try {
        await tx.exec(`savepoint one; ${statement}; release savepoint one`);
        errors.push(null);
      } catch (error) {
        await tx.exec('rollback to savepoint one');
        errors.push(plain(error));
      }
    }
    return errors;
  });
}

/** What a rollback throws inside the transaction, so PGlite rolls it back; never an answer of its own. */
const ROLLED_BACK = Symbol('rolled back');

/** Opens a transaction that stays open, holding PGlite's lock, until commit or rollback arrives. */
function begin(txId) {
  return new Promise((began, failed) => {
    const open = {};
    open.done = db
      .transaction(
        (tx) =>
          new Promise((commit, rollback) => {
            Object.assign(open, { tx, commit, rollback: () => rollback(ROLLED_BACK) });
            transactions.set(txId, open);
            began();
          }),
      )
      .then(
        () => undefined,
        (error) => {
          if (error === ROLLED_BACK) return undefined;
          // Before it began, the failure is the begin's answer; after, the commit's (failed is then a no-op).
          failed(error);
          throw error;
        },
      );
    open.done.catch(() => undefined);
  });
}

parentPort.on('message', async (message) => {
  try {
    parentPort.postMessage({ id: message.id, result: await handle(message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: plain(error) });
  }
});

/**
 * PostgreSQL's default 128 MB of shared buffers, all of it resident in PGlite's WebAssembly memory,
 * was a third of the server's idle RSS; Kring's working set (a meeting's log, its group) fits in far
 * less, and the operating system caches the files behind it. Measured in bench/README.md ("Start-up").
 */
const SHARED_BUFFERS = '16MB';

try {
  // A new data folder starts as a copy of the install's migrated template instead of running initdb.
  const started = performance.now();
  const seeded = workerData.root ? seedFromTemplate(workerData.dataDir, workerData.root) : false;
  const seededAt = performance.now();
  db = await PGlite.create(workerData.dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  });
  const steps = { template: seededAt - started, pgliteOpen: performance.now() - seededAt };
  parentPort.postMessage({ ready: true, seeded, steps });
} catch (error) {
  parentPort.postMessage({ ready: false, error: plain(error) });
}
