import type { Logger } from 'pino';
import type { WebSocket } from 'ws';

/** At most one log line per this long for socket errors; the rest are counted into the next line. */
export const SOCKET_ERROR_LOG_MS = 10_000;

/**
 * The WebSocket layer's error handler (an oversize frame, a broken frame, a client gone mid-frame): the
 * socket is dropped and the error logged without its stack, at most once per SOCKET_ERROR_LOG_MS, so a
 * client sending bad frames cannot flood the log.
 */
export function socketErrorHandler(logger: Logger, now = () => Date.now()) {
  let loggedAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error: Error & { code?: string }, socket: WebSocket): void => {
    socket.terminate();
    if (now() - loggedAt < SOCKET_ERROR_LOG_MS) {
      suppressed += 1;
      return;
    }
    logger.warn({ code: error.code ?? error.name, reason: error.message, suppressed }, 'live socket error');
    loggedAt = now();
    suppressed = 0;
  };
}
