import './rules.css';
import './forms.css';
import './groups.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GroundRules, Group } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { formatDate } from './lib/format';
import { Loaded, RequireUser } from './lib/Page';
import { useResource } from './lib/use-resource';
import { RulesEditor } from './RulesEditor';

/** "/groups/:groupId/rules": read, accept, and (admins) edit the group's ground rules. */
export function RulesPage() {
  const { groupId = '' } = useParams();
  const group = useResource<Group>(`/api/groups/${groupId}`);
  const rules = useResource<GroundRules>(`/api/groups/${groupId}/rules`);
  return (
    <RequireUser>
      <Loaded resource={group}>
        {(g) => (
          <Loaded resource={rules}>
            {(r) => <RulesView group={g} rules={r} onRules={(next) => rules.setData(next)} />}
          </Loaded>
        )}
      </Loaded>
    </RequireUser>
  );
}

function RulesView({
  group,
  rules,
  onRules,
}: {
  group: Group;
  rules: GroundRules;
  onRules(r: GroundRules): void;
}) {
  const { t } = useTranslation();
  useTitle(t('groupsUi.rules.pageTitle', { group: group.name }));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const accepted = rules.acceptances.filter((a) => a.accepted).length;

  return (
    <div className="stack rules-page">
      <header>
        <p className="eyebrow">
          <Link to={`/groups/${group.id}`}>{group.name}</Link>
        </p>
        <h1>{t('groupsUi.rules.title')}</h1>
        <p className="hint">
          {t('groupsUi.rules.versionLine', { version: rules.version, date: formatDate(rules.createdAt) })}
        </p>
        <p className="lead">{t('groupsUi.rules.lead')}</p>
      </header>
      {message && (
        <div className="notice" role="status">
          <p>{message}</p>
          <Link to={`/groups/${group.id}`}>{t('groupsUi.rules.backToGroup')}</Link>
        </div>
      )}
      {editing ? (
        <RulesEditor
          groupId={group.id}
          items={rules.items}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            onRules(next);
            setEditing(false);
            setMessage(t('groupsUi.rules.savedNewVersion', { version: next.version }));
          }}
        />
      ) : (
        <>
          <ol className="rules-list">
            {rules.items.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rule titles may repeat; the order is the identity
              <li key={index} className="card">
                <h2>{item.title}</h2>
                {item.body && <p>{item.body}</p>}
              </li>
            ))}
          </ol>
          {rules.acceptedByMe ? (
            <p className="notice">{t('groupsUi.rules.youAccepted')}</p>
          ) : (
            <AcceptForm
              groupId={group.id}
              version={rules.version}
              onAccepted={(next) => {
                onRules(next);
                setMessage(t('groupsUi.rules.acceptedNow'));
              }}
            />
          )}
          {group.myRole === 'admin' && (
            <div className="actions">
              <button type="button" className="btn" onClick={() => setEditing(true)}>
                {t('groupsUi.rules.edit')}
              </button>
            </div>
          )}
        </>
      )}
      <section className="card" aria-labelledby="acceptances-title">
        <h2 id="acceptances-title">{t('groupsUi.rules.acceptances')}</h2>
        <p className="hint">
          {t('groupsUi.rules.acceptedCount', { count: accepted, total: rules.acceptances.length })}
        </p>
        <ul className="plain-list acceptance-list">
          {rules.acceptances.map((a) => (
            <li key={a.userId}>
              <span>{a.name}</span>
              <span className={a.accepted ? 'ok-text' : 'muted'}>
                {a.accepted ? t('groupsUi.members.accepted') : t('groupsUi.members.notAccepted')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function AcceptForm({
  groupId,
  version,
  onAccepted,
}: {
  groupId: string;
  version: number;
  onAccepted(r: GroundRules): void;
}) {
  const { t } = useTranslation();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      onAccepted(await api<GroundRules>(`/api/groups/${groupId}/rules/accept`, { body: { version } }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card accept-card" aria-labelledby="accept-title">
      <h2 id="accept-title">{t('groupsUi.rules.acceptTitle')}</h2>
      <p>{t('groupsUi.rules.acceptLead')}</p>
      {Boolean(error) && <ErrorState error={error} />}
      <label className="check">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
        <span>{t('groupsUi.rules.agree')}</span>
      </label>
      <button type="button" className="btn btn-primary" disabled={!agreed || busy} onClick={accept}>
        {t('groupsUi.rules.accept')}
      </button>
    </section>
  );
}
