import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where answers go when the mail is written on someone's behalf (a provider to those signed up). */
  replyTo?: string;
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
};
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/** SMTP through nodemailer; without SMTP_URL the message is logged instead, which is only fit for development. */
export function createMailer(options: { smtpUrl: string | undefined; from: string; logger: Logger }): Mailer {
  const { smtpUrl, from, logger } = options;
  if (!smtpUrl) {
    logger.warn('SMTP_URL is not set: e-mail is not sent but written to this log (development only).');
    return {
      async send(message) {
        logger.info(
          { mail: { to: message.to, subject: message.subject, text: message.text } },
          'e-mail (not sent)',
        );
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
