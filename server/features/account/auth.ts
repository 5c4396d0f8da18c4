import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { and, eq, like, ne } from 'drizzle-orm';
import { pickLocale, translate } from '../../../core/i18n/index';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { accounts, sessions, users, verifications } from '../../db/schema/index';
import { trustedOrigins } from '../../http/origin';
import type { Mailer } from '../../mail/mailer';
import { prepareAccountDeletion } from '../personal-data/service';
import { sessionEnded } from './session-ended';

/** better-auth configured for Kring: e-mail + password, reset by mail, own rate limiting in the HTTP layer. */
export function createAuth(deps: { config: Config; db: Db; mailer: Mailer }) {
  const { config, db, mailer } = deps;
  return betterAuth({
    appName: 'Kring',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    // The same rule as every other route (server/http/origin.ts), so sign-up works at a LAN address.
    trustedOrigins: (request) => trustedOrigins(config, request?.headers.get('host')),
    telemetry: { enabled: false },
    logger: { disabled: config.logLevel === 'silent' },
    rateLimit: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    advanced: {
      cookiePrefix: 'kring',
      useSecureCookies: config.publicUrl.startsWith('https://'),
      // better-auth turns its origin check off under a test runner; on here so tests see what runs.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // A completed reset withdraws every other link that was still out.
      onPasswordReset: ({ user }) => withdrawResetTokens(db, user.id),
      async sendResetPassword({ user, token }) {
        // Only the newest link works: asking again withdraws the ones sent before.
        await withdrawResetTokens(db, user.id, token);
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
      deleteUser: {
        enabled: true,
        // ACCOUNT-1 … ACCOUNT-3: after the password was checked and before the account row goes.
        async beforeDelete(user) {
          if ((await prepareAccountDeletion(db, user.id)) === 'last_admin') {
            throw new APIError('CONFLICT', {
              code: 'LAST_ADMIN',
              message: 'hand over or close your groups first',
            });
          }
        },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Sign-out, reset and account deletion all delete sessions: live sockets opened with them close.
    databaseHooks: { session: { delete: { after: async (session) => sessionEnded(session) } } },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Deletes the user's password-reset tokens, except `keep`. */
async function withdrawResetTokens(db: Db, userId: string, keep?: string): Promise<void> {
  await db
    .delete(verifications)
    .where(
      and(
        eq(verifications.value, userId),
        like(verifications.identifier, 'reset-password:%'),
        keep ? ne(verifications.identifier, `reset-password:${keep}`) : undefined,
      ),
    );
}
