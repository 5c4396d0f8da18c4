import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/** A logger at the server's default level whose lines the test can read, to check what reaches the log. */
export function capturedLog(): { logger: Logger; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), text: () => lines.join('') };
}
