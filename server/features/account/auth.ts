import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { pickLocale, translate } from '../../../core/i18n/index';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { accounts, sessions, users, verifications } from '../../db/schema/index';
import type { Mailer } from '../../mail/mailer';

/** better-auth configured for Kring: e-mail + password, reset by mail, own rate limiting in the HTTP layer. */
export function createAuth(deps: { config: Config; db: Db; mailer: Mailer }) {
  const { config, db, mailer } = deps;
  return betterAuth({
    appName: 'Kring',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.publicUrl],
    telemetry: { enabled: false },
    logger: { disabled: config.logLevel === 'silent' },
    rateLimit: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    advanced: { cookiePrefix: 'kring', useSecureCookies: config.publicUrl.startsWith('https://') },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, token }) {
        const locale = pickLocale((user as { locale?: string }).locale);
        const url = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await mailer.send({
          to: user.email,
          subject: translate(locale, 'auth.mail.resetSubject'),
          text: translate(locale, 'auth.mail.resetBody', { name: user.name, url }),
        });
      },
    },
    user: {
      additionalFields: { locale: { type: 'string', required: false, defaultValue: 'nl', input: true } },
      deleteUser: { enabled: true },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
  });
}

export type Auth = ReturnType<typeof createAuth>;
