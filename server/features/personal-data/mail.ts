import { translate } from '../../../core/i18n/index';
import type { Mailer } from '../../mail/mailer';

export type Recipient = { name: string; email: string; locale: string };

/** Tells each remaining member that their group was closed with its last admin's account (ACCOUNT-2). */
export async function sendGroupClosed(
  mailer: Mailer,
  publicUrl: string,
  group: string,
  to: Recipient[],
): Promise<void> {
  for (const r of to) {
    const locale = r.locale === 'en' ? 'en' : 'nl';
    await mailer.send({
      to: r.email,
      subject: translate(locale, 'data.groupDeleted.subject', { group }),
      text: translate(locale, 'data.groupDeleted.body', {
        group,
        name: r.name,
        url: `${publicUrl}/groups/new`,
      }),
    });
  }
}
