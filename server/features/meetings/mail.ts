import { type Locale, translate } from '../../../core/i18n/index';
import { type ServiceContext, webLinks } from '../groups/context';
import { meetingsCalendar } from './ics';
import type { MeetingWithGroup } from './repo';

type Recipient = { name: string; email: string; locale: string };
const localeOf = (r: Recipient): Locale => (r.locale === 'en' ? 'en' : 'nl');

/** "dinsdag 10 maart 2026 om 19:30" in the recipient's language and the meeting's zone. */
export function formatWhen(meeting: MeetingWithGroup, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(meeting.startsAt);
}

function vars(ctx: ServiceContext, meeting: MeetingWithGroup, r: Recipient, locale: Locale) {
  return {
    name: r.name,
    group: meeting.groupName,
    when: formatWhen(meeting, locale),
    timeZone: meeting.timeZone,
    duration: meeting.durationMinutes,
    place: meeting.place || (meeting.videoUrl ? translate(locale, 'groups.mail.online') : '–'),
    url: webLinks.meeting(ctx.publicUrl, meeting.id),
  };
}

/** Mails each member an invitation with the meeting as an .ics attachment, each in their own language. */
export async function sendMeetingInvitations(
  ctx: ServiceContext,
  meeting: MeetingWithGroup,
  to: Recipient[],
) {
  for (const r of to) {
    const locale = localeOf(r);
    const v = vars(ctx, meeting, r, locale);
    const ics = meetingsCalendar([meeting], {
      name: meeting.groupName,
      locale,
      publicUrl: ctx.publicUrl,
      now: ctx.now(),
    });
    await ctx.mailer.send({
      to: r.email,
      subject: translate(locale, 'groups.mail.meetingSubject', v),
      text: translate(locale, 'groups.mail.meetingBody', v),
      attachments: [{ filename: 'kring.ics', content: ics, contentType: 'text/calendar; charset=utf-8' }],
    });
  }
}

/** The day-before reminder, in the recipient's language. */
export async function sendReminder(ctx: ServiceContext, meeting: MeetingWithGroup, r: Recipient) {
  const locale = localeOf(r);
  const v = vars(ctx, meeting, r, locale);
  await ctx.mailer.send({
    to: r.email,
    subject: translate(locale, 'groups.mail.reminderSubject', v),
    text: translate(locale, 'groups.mail.reminderBody', v),
  });
}
