import './forms.css';
import './groups.css';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Group } from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { useSubmit } from '../../lib/use-form';
import { useTitle } from '../../lib/use-title';
import { fieldErrorsOf, useFocusFirstInvalid } from './lib/field-errors';
import { RequireUser } from './lib/Page';
import { TextArea } from './lib/TextArea';

/** "/groups/new": name, description and language; the creator becomes the group's admin. */
export function CreateGroup() {
  return (
    <RequireUser>
      <CreateGroupForm />
    </RequireUser>
  );
}

function CreateGroupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useTitle(t('groupsUi.create.title'));
  const { busy, error, failure, fieldErrors, onSubmit } = useSubmit(
    (data) =>
      api<Group>('/api/groups', {
        body: {
          name: String(data.get('name') ?? ''),
          description: String(data.get('description') ?? ''),
          language: data.get('language'),
        },
      }),
    (group) => navigate(`/groups/${group.id}`, { state: { created: true } }),
  );
  const formRef = useFocusFirstInvalid(Object.keys(fieldErrors).join(',') || null);
  const fieldError = fieldErrorsOf(failure, {
    name: t('groupsUi.errors.name'),
    description: t('groupsUi.errors.description'),
  });
  return (
    <section className="narrow">
      <h1>{t('groupsUi.create.title')}</h1>
      <p className="lead">{t('groupsUi.create.lead')}</p>
      <form onSubmit={onSubmit} className="form" noValidate ref={formRef}>
        {Boolean(error) && <ErrorState error={error} />}
        <Field
          label={t('groupsUi.create.name')}
          name="name"
          required
          maxLength={80}
          error={fieldError('name')}
        />
        <TextArea
          label={t('groupsUi.create.description')}
          hint={t('groupsUi.create.descriptionHint')}
          name="description"
          rows={3}
          maxLength={1000}
          error={fieldError('description')}
        />
        <div className="field">
          <label htmlFor="group-language">{t('groupsUi.create.language')}</label>
          <select
            id="group-language"
            name="language"
            defaultValue={currentLocale()}
            aria-describedby="lang-hint"
          >
            <option value="nl">{t('common.languages.nl')}</option>
            <option value="en">{t('common.languages.en')}</option>
          </select>
          <p id="lang-hint" className="hint">
            {t('groupsUi.create.languageHint')}
          </p>
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('groupsUi.working') : t('groupsUi.create.submit')}
        </button>
      </form>
    </section>
  );
}
