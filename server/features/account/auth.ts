import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createEmailVerificationToken } from 'better-auth/api';
import { and, eq, like, ne } from 'drizzle-orm';
import { pickLocale, translate } from '../../../core/i18n/index';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { accounts, sessions, users, verifications } from '../../db/schema/index';
import { trustedOrigins } from '../../http/origin';
import type { Mailer } from '../../mail/mailer';
import { prepareAccountDeletion } from '../personal-data/service';
import { sessionEnded } from './session-ended';
import { signUpMail } from './sign-up-mail';

/** How long the link in a sign-up mail stays valid. */
const CONFIRM_LINK_SECONDS = 24 * 60 * 60;

/**
 * The token in a sign-up mail's link for this account. Tests and the offline seed open the link with it
 * instead of reading the mail; the server itself leaves making it to better-auth.
 */
export function confirmToken(secret: string, user: { id: string; email: string }): Promise<string> {
  return createEmailVerificationToken(secret, user.email, undefined, CONFIRM_LINK_SECONDS, {
    userId: user.id,
  });
}

/** How passwords are hashed and checked; without it, better-auth's scrypt (N = 16384, r = 16: ~0.2 s of CPU). */
export type PasswordHashing = {
  hash(password: string): Promise<string>;
  verify(data: { hash: string; password: string }): Promise<boolean>;
};

/** better-auth configured for Kring: e-mail + password, reset by mail, own rate limiting in the HTTP layer. */
export function createAuth(deps: { config: Config; db: Db; mailer: Mailer; password?: PasswordHashing }) {
  const { config, db, mailer } = deps;
  const mail = signUpMail(config, mailer);
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
    // Sign-up confirms the address by mail before anyone is signed in: a new and a taken address get the
    // same answer, and the owner of a taken one hears of the attempt (issue 11, LOW sign-up).
    emailVerification: {
      sendOnSignUp: true,
      // Signing in before confirming sends a fresh link (the first may be lost or expired).
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: CONFIRM_LINK_SECONDS,
      async sendVerificationEmail({ user, url }, request) {
        mail.confirm(user, url, request);
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      ...(deps.password && { password: deps.password }),
      requireEmailVerification: true,
      async onExistingUserSignUp({ user }, request) {
        mail.taken(user, request);
      },
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
