// A page loaded on its own gets the shared styles it uses: stacks, form fields, the sideways-scrolling table.
import '../groups/forms.css';
import '../groups/groups.css';
import '../data-lifecycle/data-lifecycle.css';
import './register.css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dossier, DossierMeeting, TargetList } from '../../../core/api/register';
import { Field } from '../../components/Field';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { formatMeetingStart } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { formatDate } from './format';
import { TargetsPanel } from './TargetsPanel';

/** "/me/dossier": one's meetings across all groups for a period, totals per target, the PDF (REG-8). */
export function DossierPage() {
  return (
    <RequireUser>
      <DossierView />
    </RequireUser>
  );
}

/** The calendar year so far and to come: what most registers count in. */
function thisYear() {
  const year = new Date().getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function DossierView() {
  const { t } = useTranslation();
  useTitle(t('register.dossier.title'));
  const [period, setPeriod] = useState(thisYear);
  const query = `from=${period.from}&to=${period.to}`;
  const dossier = useResource<Dossier>(`/api/me/dossier?${query}`);
  const targets = useResource<TargetList>('/api/me/register-targets');
  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setPeriod({ from: String(f.get('from')), to: String(f.get('to')) });
  };
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1>{t('register.dossier.title')}</h1>
          <p className="lead">{t('register.dossier.lead')}</p>
        </div>
      </header>
      <form className="actions dossier-period" onSubmit={choose}>
        <Field
          label={t('register.dossier.from')}
          name="from"
          type="date"
          required
          defaultValue={period.from}
        />
        <Field label={t('register.dossier.to')} name="to" type="date" required defaultValue={period.to} />
        <button type="submit" className="btn">
          {t('register.dossier.show')}
        </button>
      </form>
      <Loaded resource={dossier}>
        {(d) => (
          <>
            <MeetingsTable dossier={d} />
            <Totals dossier={d} />
            <p>
              <a
                className="btn btn-primary"
                href={`/api/me/dossier.pdf?${query}&lang=${currentLocale()}`}
                download
              >
                {t('register.dossier.pdf')}
              </a>
            </p>
          </>
        )}
      </Loaded>
      <Loaded resource={targets}>
        {(list) => (
          <TargetsPanel
            list={list}
            onChange={(next) => {
              targets.setData(next);
              dossier.reload();
            }}
          />
        )}
      </Loaded>
    </div>
  );
}

function MeetingsTable({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const id = useId();
  const locale = currentLocale();
  if (dossier.meetings.length === 0) return <p className="card">{t('register.dossier.none')}</p>;
  const signature = (s: DossierMeeting['signed']) => (s ? `${s.signature}` : '–');
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('register.dossier.meetings')}</h2>
      {/* The section is the region of that name; the scroll box only needs to be reachable by keyboard.
          biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard */}
      <div className="table-scroll" tabIndex={0}>
        <table className="dossier-table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('register.dossier.date')}</th>
              <th scope="col">{t('register.dossier.group')}</th>
              <th scope="col">{t('register.dossier.method')}</th>
              <th scope="col">{t('register.dossier.role')}</th>
              <th scope="col">{t('register.dossier.minutes')}</th>
              <th scope="col">{t('register.dossier.signatures')}</th>
            </tr>
          </thead>
          <tbody>
            {dossier.meetings.map((m) => (
              <tr key={m.meetingId}>
                <th scope="row">
                  <Link to={`/meetings/${m.meetingId}`}>{formatMeetingStart(m.startsAt, m.timeZone)}</Link>
                </th>
                <td>{m.groupName}</td>
                <td>{m.method?.[locale] ?? '–'}</td>
                <td>
                  {m.roles.map((r) => t(`groups.attendance.role.${r as 'chair'}`)).join(', ') ||
                    t('register.dossier.participant')}
                </td>
                <td>
                  {m.minutesPresent}
                  {m.lateMinutes > 0 && ` · ${t('register.signOff.late', { count: m.lateMinutes })}`}
                  {m.earlyMinutes > 0 && ` · ${t('register.signOff.early', { count: m.earlyMinutes })}`}
                  <NotCounted dossier={dossier} meeting={m} />
                </td>
                <td>
                  {t('register.dossier.ownLine', { signature: signature(m.signed) })}
                  <br />
                  {t('register.dossier.counterLine', { name: m.countersigned?.name ?? '–' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function NotCounted({ dossier, meeting }: { dossier: Dossier; meeting: DossierMeeting }) {
  const { t } = useTranslation();
  const notes = dossier.targets
    .map((target) => ({ target, reasons: meeting.counts[target.id]?.reasons ?? [] }))
    .filter((n) => n.reasons.length > 0);
  return notes.map(({ target, reasons }) => (
    <span key={target.id} className="hint register-note">
      {t('register.dossier.notCounted', {
        target: target.name,
        reasons: reasons.map((r) => t(`register.dossier.reason.${r}`)).join(', '),
      })}
    </span>
  ));
}

function Totals({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const id = useId();
  const number = new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('register.dossier.totals')}</h2>
      {dossier.targets.length === 0 ? (
        <p className="muted">{t('register.dossier.noTargets')}</p>
      ) : (
        <ul>
          {dossier.targets.map((target) => {
            const total = dossier.totals[target.id]!;
            return (
              <li key={target.id}>
                {t('register.dossier.totalLine', {
                  name: target.name,
                  total: t('register.dossier.total', {
                    hours: number.format(total.hours),
                    required: number.format(total.required),
                    points: number.format(total.points),
                    count: total.meetings,
                  }),
                })}
              </li>
            );
          })}
        </ul>
      )}
      {dossier.statements.map((s) => (
        <p key={s.trajectoryId}>
          {t('register.dossier.statementLine', {
            title: t('register.statement.title'),
            trajectory: s.trajectoryName,
            signedBy: t('register.statement.signedBy', {
              name: s.facilitatorName,
              register: s.register,
              number: s.registrationNumber,
              date: formatDate(s.signedAt),
            }),
          })}
        </p>
      ))}
    </section>
  );
}
