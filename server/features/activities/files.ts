import ical from 'ical-generator';
import QRCode from 'qrcode';
import type { Activity } from '../../../core/api/activities';
import { oneLine } from '../../../core/api/text';
import { type Locale, translate } from '../../../core/i18n/index';
import { pdfDocument } from '../../http/pdf';
import { registerFonts, say } from '../../http/pdf-fonts';
import { icsText, ZonedDate } from '../meetings/ics';
import { vtimezone } from '../meetings/vtimezone';

const pageOf = (origin: string, a: Activity) => `${origin}/activities/${a.id}`;
const endOf = (start: string, a: Activity) => new Date(Date.parse(start) + a.durationMinutes * 60_000);

/** One calendar entry per meeting of the activity, in its own zone; the video link is not in it (public). */
export function activityCalendar(a: Activity, origin: string, locale: Locale, now: Date): string {
  const calendar = ical({
    name: icsText(a.title),
    prodId: { company: 'Kring', product: 'Kring', language: locale.toUpperCase() },
  });
  calendar.timezone({
    name: null,
    generator: (tz) =>
      vtimezone(
        tz,
        a.sessions.map((s) => new Date(s)),
      ),
  });
  const where = a.place || translate(locale, 'activities.facts.online');
  a.sessions.forEach((start, i) => {
    calendar.createEvent({
      id: `${a.id}-${i + 1}@kring`,
      start: new ZonedDate(new Date(start)),
      end: new ZonedDate(endOf(start, a)),
      timezone: a.timeZone,
      stamp: now,
      summary: oneLine(a.title),
      location: oneLine(where),
      description: oneLine(translate(locale, 'activities.by', { provider: a.provider.name })),
      url: pageOf(origin, a),
    });
  });
  return calendar.toString();
}

const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** An Atom feed of the upcoming activities, newest first by first meeting as the list shows them. */
export function activityFeed(list: Activity[], origin: string, locale: Locale, now: Date): string {
  const when = (a: Activity) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: a.timeZone }).format(
      new Date(a.sessions[0]!),
    );
  const entries = list.map(
    (a) => `  <entry>
    <id>${xml(pageOf(origin, a))}</id>
    <title>${xml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(`${pageOf(origin, a)}?lang=${locale}`)}"/>
    <updated>${now.toISOString()}</updated>
    <author><name>${xml(a.provider.name)}</name></author>
    <summary>${xml(`${when(a)} · ${a.place || translate(locale, 'activities.facts.online')}. ${a.description}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(`${origin}/activities`)}</id>
  <title>${xml(`${translate(locale, 'activities.title')} · ${translate(locale, 'common.appName')}`)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${origin}/activities/feed.atom?lang=${locale}`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${origin}/activities?lang=${locale}`)}"/>
  <updated>${now.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}

/** A printable A4 flyer: what, when, where, for whom, and a QR code to the activity page for signing up. */
export async function activityFlyer(a: Activity, origin: string, locale: Locale): Promise<Buffer> {
  const url = pageOf(origin, a);
  const t = (key: string, vars: Record<string, string> = {}) => translate(locale, key as never, vars);
  const { doc, done } = await pdfDocument({ size: 'A4', margin: 56, info: { Title: a.title } });
  registerFonts(doc);
  const width = doc.page.width - 112;
  say(doc, t(`activities.kinds.${a.kind}`).toUpperCase(), 'bold', { characterSpacing: 1 }).fontSize(11);
  doc.moveDown(0.3).fontSize(28);
  say(doc, a.title, 'bold', { width });
  doc.fontSize(13).moveDown(0.3);
  say(doc, t('activities.by', { provider: a.provider.name }), 'regular', { width });
  doc.moveDown(1).fontSize(12);
  say(doc, a.description, 'regular', { width, lineGap: 2 });
  doc.moveDown(1);
  const date = (s: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: a.timeZone }).format(
      new Date(s),
    );
  const facts: [string, string][] = [
    [t('activities.facts.when'), a.sessions.map(date).join('\n')],
    [t('activities.facts.where'), a.place || t('activities.facts.online')],
    ...(a.priceText ? [[t('activities.facts.price'), a.priceText] as [string, string]] : []),
    ...(a.professions.length
      ? [[t('activities.facts.for'), a.professions.join(', ')] as [string, string]]
      : []),
    ...(a.registerHours.length
      ? [[t('activities.facts.hours'), a.registerHours.join('; ')] as [string, string]]
      : []),
  ];
  for (const [label, value] of facts) {
    doc.fontSize(10);
    say(doc, label.toUpperCase(), 'bold', { width });
    doc.fontSize(12);
    say(doc, value, 'regular', { width });
    doc.moveDown(0.6);
  }
  const qr = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 1, width: 480 });
  const size = 150;
  const y = Math.max(doc.y + 12, doc.page.height - 56 - size - 40);
  doc.image(qr, 56, y, { width: size, height: size });
  doc.fontSize(13);
  say(doc, t('activities.flyer.scan'), 'bold', { x: 56 + size + 20, y: y + 30, width: width - size - 20 });
  doc.fontSize(11);
  say(doc, url, 'regular', { width: width - size - 20 });
  doc.end();
  return done;
}
