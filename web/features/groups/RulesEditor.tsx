import './rules.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroundRuleItem, GroundRules } from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { ApiError, api } from '../../lib/api';
import { TextArea } from './lib/TextArea';

type Props = { groupId: string; items: GroundRuleItem[]; onCancel(): void; onSaved(r: GroundRules): void };

/** Admin editor: change, add, reorder or drop rules; saving makes a new version everyone accepts again. */
export function RulesEditor({ groupId, items: initial, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<GroundRuleItem[]>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = error instanceof ApiError ? error.issues : [];
  const issueFor = (path: string) => issues.find((i) => i.path === path)?.message;

  const update = (index: number, patch: Partial<GroundRuleItem>) =>
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api<GroundRules>(`/api/groups/${groupId}/rules`, { method: 'PUT', body: { items } }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="notice notice-warn">{t('groupsUi.rules.editWarning')}</p>
      {Boolean(error) && <ErrorState error={error} />}
      <ol className="rules-list">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; the position is the identity
          <li key={index} className="card stack-sm">
            <Field
              label={t('groupsUi.rules.itemTitle', { n: index + 1 })}
              value={item.title}
              maxLength={120}
              required
              error={issueFor(`items.${index}.title`)}
              onChange={(e) => update(index, { title: e.target.value })}
            />
            <TextArea
              label={t('groupsUi.rules.itemBody', { n: index + 1 })}
              value={item.body}
              rows={3}
              maxLength={2000}
              error={issueFor(`items.${index}.body`)}
              onChange={(e) => update(index, { body: e.target.value })}
            />
            <div className="actions">
              <button
                type="button"
                className="btn btn-ghost"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('groupsUi.rules.moveUp', { n: index + 1 })}
              </button>
              <button
                type="button"
                className="btn btn-ghost"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('groupsUi.rules.moveDown', { n: index + 1 })}
              </button>
              <button
                type="button"
                className="btn btn-ghost"
                disabled={items.length === 1}
                onClick={() => setItems((list) => list.filter((_, i) => i !== index))}
              >
                {t('groupsUi.rules.removeItem', { n: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => setItems((list) => [...list, { title: '', body: '' }])}
        >
          {t('groupsUi.rules.addItem')}
        </button>
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('groupsUi.rules.saveVersion')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
