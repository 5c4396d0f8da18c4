import { pickLocale, translate } from '../../../core/i18n/index';
import type { Config } from '../../config';
import type { Mailer } from '../../mail/mailer';
import { LoginThrottle } from './login-throttle';

/** Sign-up mails (a confirmation link, or "someone used your address") one address gets per hour. */
const SIGN_UP_MAILS_PER_HOUR = 3;

type Recipient = { email: string; name: string; locale?: unknown };

/**
 * The two mails of a sign-up: the confirmation link to a new address, and a notice to the owner of a
 * taken one. They leave after the reply, so its timing does not tell the two apart, and at most a few
 * per address an hour, so nobody fills someone's inbox by signing up with it.
 */
export function signUpMail(config: Config, mailer: Mailer) {
  const sent = new LoginThrottle(SIGN_UP_MAILS_PER_HOUR, 60 * 60_000);
  // Without PUBLIC_URL, links point at the address the person used (a phone on the LAN cannot open
  // localhost); better-auth's origin check already refused any other origin.
  const base = (request?: Request) =>
    (!config.publicUrlSet && request?.headers.get('origin')) || config.publicUrl;
  const send = (user: Recipient, kind: 'confirm' | 'taken', url: string) => {
    if (sent.retryAfter(user.email) > 0) return;
    sent.fail(user.email);
    const locale = pickLocale(typeof user.locale === 'string' ? user.locale : undefined);
    const message = {
      to: user.email,
      subject: translate(locale, `auth.mail.${kind}Subject`),
      text: translate(locale, `auth.mail.${kind}Body`, { name: user.name, url }),
    };
    setImmediate(() => mailer.send(message).catch(() => undefined));
  };
  return {
    /** `url` is better-auth's link at PUBLIC_URL. */
    confirm(user: Recipient, url: string, request?: Request) {
      send(user, 'confirm', base(request) + url.slice(config.publicUrl.length));
    },
    taken(user: Recipient, request?: Request) {
      send(user, 'taken', base(request));
    },
  };
}
