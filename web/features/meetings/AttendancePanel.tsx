import '../groups/forms.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_ROLES,
  type Attendance,
  type AttendanceRole,
  type Meeting,
} from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

type Entry = { userId: string; name: string; present: boolean; roles: AttendanceRole[] };

/** Who was there and in which role, with CSV and PDF exports for registers; planners may correct it. */
export function AttendancePanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const attendance = useResource<Attendance>(`/api/meetings/${meeting.id}/attendance`);
  const [editing, setEditing] = useState(false);
  const planner = meeting.myRole !== 'member';
  const base = `/api/meetings/${meeting.id}/attendance`;

  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('meetingsUi.attendance.title')}</h2>
      <p className="hint">{t('meetingsUi.attendance.lead')}</p>
      <Loaded resource={attendance}>
        {(data) =>
          editing ? (
            <AttendanceEditor
              meeting={meeting}
              attendance={data}
              onDone={(next) => {
                if (next) attendance.setData(next);
                setEditing(false);
              }}
            />
          ) : (
            <>
              {data.entries.length === 0 ? (
                <p className="muted">{t('meetingsUi.attendance.empty')}</p>
              ) : (
                <ul className="plain-list response-list">
                  {data.entries.map((e) => (
                    <li key={e.userId}>
                      <span>{e.name}</span>
                      <span className={e.present ? 'ok-text' : 'muted'}>
                        {e.present ? t('meetingsUi.attendance.present') : t('meetingsUi.attendance.absent')}
                        {e.roles.length > 0 &&
                          ` · ${e.roles.map((r) => t(`meetingsUi.attendance.roles.${r}`)).join(', ')}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {planner && (
                <button type="button" className="btn" onClick={() => setEditing(true)}>
                  {t('meetingsUi.attendance.edit')}
                </button>
              )}
            </>
          )
        }
      </Loaded>
      <div className="actions">
        <a className="btn" href={`${base}.csv`} download>
          {t('meetingsUi.attendance.csv')}
        </a>
        <a className="btn" href={`${base}.pdf?lang=${currentLocale()}`} download>
          {t('meetingsUi.attendance.pdf')}
        </a>
      </div>
    </section>
  );
}

function AttendanceEditor({
  meeting,
  attendance,
  onDone,
}: {
  meeting: Meeting;
  attendance: Attendance;
  onDone(next: Attendance | null): void;
}) {
  const { t } = useTranslation();
  const people = meeting.responses ?? attendance.entries.map((e) => ({ userId: e.userId, name: e.name }));
  const [entries, setEntries] = useState<Entry[]>(() =>
    people.map((p) => {
      const known = attendance.entries.find((e) => e.userId === p.userId);
      return { userId: p.userId, name: p.name, present: known?.present ?? false, roles: known?.roles ?? [] };
    }),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const update = (userId: string, patch: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.userId === userId ? { ...e, ...patch } : e)));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { entries: entries.map(({ userId, present, roles }) => ({ userId, present, roles })) };
      onDone(await api<Attendance>(`/api/meetings/${meeting.id}/attendance`, { body }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <div className="stack-sm">
      {Boolean(error) && <ErrorState error={error} />}
      {entries.map((e) => (
        <fieldset key={e.userId} className="fieldset attendance-person">
          <legend>{e.name}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={e.present}
              onChange={(ev) => update(e.userId, { present: ev.target.checked })}
            />
            <span>{t('meetingsUi.attendance.present')}</span>
          </label>
          <div className="check-row">
            {ATTENDANCE_ROLES.map((role) => (
              <label key={role} className="check">
                <input
                  type="checkbox"
                  checked={e.roles.includes(role)}
                  onChange={(ev) =>
                    update(e.userId, {
                      roles: ev.target.checked ? [...e.roles, role] : e.roles.filter((r) => r !== role),
                    })
                  }
                />
                <span>{t(`meetingsUi.attendance.roles.${role}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={save}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
