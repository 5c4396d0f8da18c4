import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AccountDeletion } from '../../../core/api/personal-data';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';
import { useSubmit } from '../../lib/use-form';
import { useResource } from '../groups/lib/use-resource';
import { GroupsToHandOver } from './GroupsToHandOver';

/**
 * On the account page: what deleting the account waits for (groups to hand over, ACCOUNT-2), what goes
 * with it (groups the person is alone in, ACCOUNT-3), and the deletion itself once nothing waits.
 */
export function DeletionPanel() {
  const { t } = useTranslation();
  const id = useId();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const plan = useResource<AccountDeletion>('/api/me/deletion');
  const removal = useSubmit(
    (data) => api('/api/auth/delete-user', { body: { password: data.get('password') } }),
    async () => {
      // To the start page first: signed out, the account page itself would send the person to sign-in.
      navigate('/');
      await refresh();
    },
  );
  const data = plan.data;
  return (
    <section className="card stack-sm danger-zone" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('auth.deleteSection')}</h2>
      <p>{t('auth.deleteLead')}</p>
      <p className="hint">{t('dataUi.deletion.whatStays')}</p>
      {!data && !plan.error && (
        <p className="loading" role="status">
          {t('dataUi.deletion.checking')}
        </p>
      )}
      {Boolean(plan.error) && <ErrorState error={plan.error} onRetry={plan.reload} />}
      {data && data.lastAdminOf.length > 0 && (
        <GroupsToHandOver groups={data.lastAdminOf} onClosed={plan.reload} />
      )}
      {data && data.closes.length > 0 && (
        <>
          <p>{t('dataUi.deletion.closesLead')}</p>
          <ul>
            {data.closes.map((group) => (
              <li key={group.id}>{group.name}</li>
            ))}
          </ul>
        </>
      )}
      {data && data.lastAdminOf.length === 0 && (
        <form onSubmit={removal.onSubmit} className="form" noValidate>
          {Boolean(removal.error) && <ErrorState error={removal.error} />}
          <Field
            label={t('auth.deleteConfirmPassword')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <button type="submit" className="btn btn-danger" disabled={removal.busy}>
            {removal.busy ? t('auth.working') : t('auth.deleteSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
