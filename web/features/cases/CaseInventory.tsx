import './cases.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseItem, CaseInventory as Inventory, Meeting } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { ApiError, api } from '../../lib/api';
import { useSession } from '../../lib/session';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { RulesGate } from '../groups/RulesGate';

/** The meeting's submitted cases; a member who recognises the person in a case steps out of it here. */
export function CaseInventory({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const inventory = useResource<Inventory>(`/api/meetings/${meeting.id}/cases`);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const gate =
    inventory.error instanceof ApiError &&
    ['rules_not_accepted', 'rules_outdated'].includes(inventory.error.code);

  const recuse = async (caseId: string, stepOut: boolean) => {
    setError(null);
    try {
      await api(`/api/cases/${caseId}/recusal`, {
        method: stepOut ? 'POST' : 'DELETE',
        ...(stepOut ? { body: {} } : {}),
      });
      setMessage(stepOut ? t('casesUi.inventory.recused') : t('casesUi.inventory.unrecused'));
      inventory.reload();
    } catch (e) {
      setError(e);
    }
  };

  if (gate)
    return (
      <RulesGate
        groupId={meeting.groupId}
        outdated={(inventory.error as ApiError).code === 'rules_outdated'}
      />
    );
  return (
    <section className="card" aria-labelledby="inventory-title">
      <div className="section-head">
        <h2 id="inventory-title">{t('casesUi.inventory.title')}</h2>
        {meeting.status !== 'ended' && (
          <Link to={`/meetings/${meeting.id}/cases/new`} className="btn btn-primary">
            {t('casesUi.inventory.bring')}
          </Link>
        )}
      </div>
      {Boolean(error) && <ErrorState error={error} />}
      <p role="status" className={message ? 'notice' : 'visually-hidden'}>
        {message}
      </p>
      <Loaded resource={inventory}>
        {(data) => (
          <>
            {data.cases.length === 0 ? (
              <p className="muted">
                {data.recused.length > 0 ? t('casesUi.inventory.noOther') : t('casesUi.inventory.empty')}
              </p>
            ) : (
              <ul className="plain-list stack-sm">
                {data.cases.map((c) => (
                  <CaseCard key={c.id} item={c} onRecuse={() => recuse(c.id, true)} />
                ))}
              </ul>
            )}
            {data.recused.length > 0 && (
              <ul className="plain-list stack-sm recused-list">
                {data.recused.map((r) => (
                  <li key={r.id} className="recused">
                    <span>{t('casesUi.inventory.recusedStub', { name: r.authorName })}</span>
                    <button type="button" className="btn btn-ghost" onClick={() => recuse(r.id, false)}>
                      {t('casesUi.inventory.stepBackIn')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function CaseCard({ item, onRecuse }: { item: CaseItem; onRecuse(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mine = item.authorId === user?.id;
  return (
    <li className="case-card">
      <h3>{item.title}</h3>
      <p className="hint">
        {t('casesUi.inventory.by', { name: item.authorName })}
        {item.stream && ` · ${t(`casesUi.form.${item.stream}`)}`}
      </p>
      {item.question && (
        <p>
          <strong>{t('casesUi.form.question')}:</strong> {item.question}
        </p>
      )}
      {item.situation && (
        <details>
          <summary>{t('casesUi.inventory.situation')}</summary>
          <p className="pre-line">{item.situation}</p>
        </details>
      )}
      <div className="actions">
        {mine ? (
          <Link to={`/cases/${item.id}/edit`} className="btn">
            {t('casesUi.inventory.edit')}
          </Link>
        ) : (
          <button type="button" className="btn btn-ghost" onClick={onRecuse}>
            {t('casesUi.inventory.recognise')}
          </button>
        )}
      </div>
    </li>
  );
}
