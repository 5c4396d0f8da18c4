import './forms.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Group } from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';
import { fieldErrorsOf } from './lib/field-errors';
import { TextArea } from './lib/TextArea';

/** Admin-only: rename, describe, set the group language, or delete the group. */
export function GroupSettings({ group, onSaved }: { group: Group; onSaved(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const form = useSubmit(
    (data) => {
      setSaved(false);
      return api<Group>(`/api/groups/${group.id}`, {
        method: 'PATCH',
        body: {
          name: String(data.get('name') ?? ''),
          description: String(data.get('description') ?? ''),
          language: data.get('language'),
        },
      });
    },
    () => {
      setSaved(true);
      onSaved();
    },
  );
  const fieldError = fieldErrorsOf(form.failure, {
    name: t('groupsUi.errors.name'),
    description: t('groupsUi.errors.description'),
  });
  const remove = async () => {
    try {
      await api(`/api/groups/${group.id}`, { method: 'DELETE' });
      navigate('/groups');
    } catch (e) {
      setDeleteError(e);
    }
  };
  return (
    <details className="card settings">
      <summary className="settings-summary">{t('groupsUi.settings.title')}</summary>
      <form onSubmit={form.onSubmit} className="form" noValidate>
        {Boolean(form.error) && <ErrorState error={form.error} />}
        {saved && (
          <p className="notice" role="status">
            {t('common.saved')}
          </p>
        )}
        <Field
          label={t('groupsUi.create.name')}
          name="name"
          defaultValue={group.name}
          required
          maxLength={80}
          error={fieldError('name')}
        />
        <TextArea
          label={t('groupsUi.create.description')}
          name="description"
          rows={3}
          defaultValue={group.description}
          maxLength={1000}
          error={fieldError('description')}
        />
        <div className="field">
          <label htmlFor="settings-language">{t('groupsUi.create.language')}</label>
          <select id="settings-language" name="language" defaultValue={group.language}>
            <option value="nl">{t('common.languages.nl')}</option>
            <option value="en">{t('common.languages.en')}</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t('common.save')}
        </button>
      </form>
      <div className="danger-zone stack-sm">
        <h3>{t('groupsUi.settings.deleteTitle')}</h3>
        <p className="hint">{t('groupsUi.settings.deleteLead')}</p>
        {Boolean(deleteError) && <ErrorState error={deleteError} />}
        {confirmDelete ? (
          <div className="actions">
            <button type="button" className="btn btn-danger" onClick={remove}>
              {t('groupsUi.settings.deleteConfirm', { name: group.name })}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirmDelete(true)}>
            {t('groupsUi.settings.delete')}
          </button>
        )}
      </div>
    </details>
  );
}
