import { type Locale, type MessageKey, translate } from '../../../core/i18n/index';
import type { PersonalExport } from './service';

const esc = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const when = (value: unknown, locale: Locale) =>
  value instanceof Date || typeof value === 'string'
    ? new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
    : '';

/** Every text someone wrote in an event's payload (text, note, answer fields), in order. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['text', 'note', 'answer'].includes(key) && typeof v === 'string' && v) out.push(v);
      else textsOf(v, out);
    }
  }
  return out;
}

/**
 * The export as one readable HTML page (EXPORT-1): headings and lists in the person's language, every
 * value escaped, no script and no outside resources, so it opens offline and safely from a download.
 */
export function exportHtml(data: PersonalExport, locale: Locale): string {
  const t = (key: MessageKey, vars?: Record<string, string>) => esc(translate(locale, key, vars));
  const list = (items: string[]) =>
    items.length
      ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
      : `<p>${t('data.export.none')}</p>`;
  const section = (key: MessageKey, items: string[]) => `<section><h2>${t(key)}</h2>${list(items)}</section>`;
  const p = data.profile;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${t('data.export.title')}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.25rem 0}</style>
</head><body>
<h1>${t('data.export.title')}</h1>
<p>${t('data.export.intro', { date: when(data.exportedAt, locale) })}</p>
<section><h2>${t('data.export.profile')}</h2><dl>
<dt>${t('data.export.name')}</dt><dd>${esc(p.name)}</dd>
<dt>${t('data.export.email')}</dt><dd>${esc(p.email)}</dd>
<dt>${t('data.export.language')}</dt><dd>${esc(p.locale)}</dd>
<dt>${t('data.export.since')}</dt><dd>${when(p.createdAt, locale)}</dd></dl></section>
${section(
  'data.export.memberships',
  data.memberships.map(
    (m) =>
      `${esc(m.group)} — ${t('data.export.role')}: ${esc(m.role)}, ${t('data.export.joined')}: ${when(m.joinedAt, locale)}`,
  ),
)}
${section(
  'data.export.rulesAccepted',
  data.groundRulesAccepted.map((a) => `${esc(a.group)} — v${esc(a.version)}, ${when(a.acceptedAt, locale)}`),
)}
${section(
  'data.export.cases',
  data.cases.map(
    (c) =>
      `<strong>${esc(c.title)}</strong> (${esc(c.group)}, ${esc(c.status)}, ${when(c.createdAt, locale)})<br>${esc(c.situation)}<br>${esc(c.question)}`,
  ),
)}
${section(
  'data.export.actions',
  data.actions.map((a) => `${esc(a.text)} (${esc(a.group)}, ${esc(a.status)}) ${esc(a.followUp)}`),
)}
${section(
  'data.export.learningQuestions',
  data.learningQuestions.map(
    (q) => `${esc(q.trajectory)} — ${esc(q.text)} (${q.effects.map(esc).join(', ')})`,
  ),
)}
${section(
  'data.export.reflections',
  data.reflections.map(
    (r) =>
      `${when(r.startsAt, locale)} — ${Object.entries(r.ratings)
        .map(([k, v]) => `${esc(k)} ${esc(v)}`)
        .join(', ')}<br>${esc(r.takeaway)}${Object.values(r.dimensions)
        .map((x) => `<br>${esc(x)}`)
        .join('')}`,
  ),
)}
${section(
  'data.export.evaluations',
  data.trajectoryEvaluations.map((e) => `${esc(e.trajectory)} (${esc(e.scope)}) — ${esc(e.text)}`),
)}
${section(
  'data.export.signOffs',
  data.signOffs.map(
    (s) =>
      `${esc(s.group)} — ${when(s.meetingStartsAt, locale)}: ${t(s.kind === 'own' ? 'data.export.ownLine' : 'data.export.countersign')}, ${esc(s.signature)} (${esc(s.name)}), ${when(s.signedAt, locale)}; ${esc(translate(locale, 'data.export.minutes', { count: s.minutes }))}`,
  ),
)}
${section(
  'data.export.registerTargets',
  data.registerTargets.map(
    (r) =>
      `<strong>${esc(r.name)}</strong> — ${esc(r.source)} (${esc(r.sourceDate)})<br>${esc(r.description)}`,
  ),
)}
${section(
  'data.export.statements',
  data.facilitatorStatements.map(
    (s) =>
      `${esc(s.trajectory)} (${esc(s.group)}) — ${esc(s.register)} ${esc(s.registrationNumber)}, ${esc(s.signature)}, ${when(s.signedAt, locale)}<br>${esc(s.text)}`,
  ),
)}
${section(
  'data.export.dossiers',
  data.dossierDocuments.map((d) =>
    t('data.export.dossierLine', {
      code: d.code,
      from: d.fromDay,
      to: d.toDay,
      date: when(d.createdAt, locale),
    }),
  ),
)}
${section(
  'data.export.attendance',
  data.attendance.map(
    (a) =>
      `${esc(a.group)} — ${when(a.startsAt, locale)}: ${a.present ? t('data.export.present') : t('data.export.absent')}`,
  ),
)}
${section(
  'data.export.rsvps',
  data.rsvps.map((r) => `${esc(r.group)} — ${when(r.startsAt, locale)}: ${esc(r.response)}`),
)}
${section(
  'data.export.meetingLog',
  data.meetingLog.map(
    (e) =>
      `${esc(e.group)}, ${when(e.at, locale)} — ${esc(e.type)}${textsOf(e.payload)
        .map((x) => `: ${esc(x)}`)
        .join('')}`,
  ),
)}
${section(
  'data.export.reads',
  data.reads.map(
    (r) =>
      `${t(`data.accessKinds.${r.kind}` as MessageKey)} — ${when(r.meetingStartsAt, locale)}, ${when(r.at, locale)}`,
  ),
)}
</body></html>
`;
}
