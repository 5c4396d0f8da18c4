import { WebSocketServer } from 'ws';

/**
 * The baseline: a plain `ws` server with rooms, that broadcasts each text frame to everyone in the
 * sender's room (sender included), without auth, parsing, storage or per-recipient views.
 * Usage: tsx bench/baseline-server.ts <port>; prints "ready" once listening.
 */
const port = Number(process.argv[2] ?? 0);
const rooms = new Map<string, Set<import('ws').WebSocket>>();
const server = new WebSocketServer({ port, host: '127.0.0.1', maxPayload: 64 * 1024 });

server.on('connection', (socket, request) => {
  const room = request.url ?? '/';
  const members = rooms.get(room) ?? new Set();
  rooms.set(room, members);
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const member of members) member.send(data, { binary: isBinary });
  });
  socket.on('close', () => members.delete(socket));
});
server.on('listening', () => console.log('ready'));
// Exits at once: waiting for sockets to close could leave it running beside the next benchmark.
process.on('SIGTERM', () => process.exit(0));
