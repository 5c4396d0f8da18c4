import { createServer } from 'node:http';
import { startSmtpCatcher } from '../../server/test/smtp';

// A real SMTP listener for the end-to-end run, with a tiny HTTP read-out the specs poll.
const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 2526);
const smtp = await startSmtpCatcher(smtpPort);

createServer((request, response) => {
  response.setHeader('content-type', 'application/json');
  const to = new URL(request.url ?? '/', 'http://x').searchParams.get('to');
  const list = smtp.messages
    .filter((m) => !to || m.to.includes(to.toLowerCase()))
    .map((m) => ({ to: m.to, subject: m.subject, text: m.text }));
  response.end(JSON.stringify(list));
}).listen(httpPort, '127.0.0.1');
