import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CreatedInvite, type Group, type InviteList, MAX_GROUP_SIZE } from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';
import { CopyField } from './lib/CopyField';
import { fieldErrorsOf } from './lib/field-errors';
import { formatDate } from './lib/format';
import { Loaded } from './lib/Page';
import { useResource } from './lib/use-resource';

const EXPIRY_DAYS = [1, 7, 14, 30] as const;

/** Admin panel: an expiring invite link to share, an e-mail invite, and the open invites with revoke. */
export function InvitePanel({ group }: { group: Group }) {
  const { t } = useTranslation();
  const invites = useResource<InviteList>(`/api/groups/${group.id}/invites`);
  const [link, setLink] = useState<CreatedInvite | null>(null);
  const [mailed, setMailed] = useState('');
  const [revokeError, setRevokeError] = useState<unknown>(null);

  const linkForm = useSubmit(
    (data) =>
      api<CreatedInvite>(`/api/groups/${group.id}/invites`, {
        body: { expiresInDays: Number(data.get('expiresInDays')) },
      }),
    (invite) => {
      setLink(invite);
      invites.reload();
    },
  );
  const mailForm = useSubmit(
    async (data) => {
      setMailed('');
      const email = String(data.get('email') ?? '').trim();
      await api<CreatedInvite>(`/api/groups/${group.id}/invites/email`, { body: { email } });
      return email;
    },
    (email) => {
      setMailed(email);
      invites.reload();
    },
  );
  const revoke = async (inviteId: string) => {
    setRevokeError(null);
    try {
      await api(`/api/groups/${group.id}/invites/${inviteId}`, { method: 'DELETE' });
      if (link?.id === inviteId) setLink(null);
      invites.reload();
    } catch (e) {
      setRevokeError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('groupsUi.invite.title')}</h2>
      {group.memberCount >= MAX_GROUP_SIZE && (
        <p className="notice notice-error">{t('groupsUi.invite.full', { max: MAX_GROUP_SIZE })}</p>
      )}
      <form onSubmit={linkForm.onSubmit} className="form" noValidate>
        <h3>{t('groupsUi.invite.linkTitle')}</h3>
        <p className="hint">{t('groupsUi.invite.linkLead')}</p>
        {Boolean(linkForm.error) && <ErrorState error={linkForm.error} />}
        <div className="field">
          <label htmlFor="invite-expiry">{t('groupsUi.invite.expiry')}</label>
          <select id="invite-expiry" name="expiresInDays" defaultValue="7">
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('groupsUi.invite.days', { count: d })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={linkForm.busy}>
          {t('groupsUi.invite.createLink')}
        </button>
      </form>
      {link && (
        <div className="stack-sm invite-result">
          <CopyField label={t('groupsUi.invite.linkLabel')} value={link.url} />
          <p className="hint">{t('groupsUi.invite.linkExpires', { date: formatDate(link.expiresAt) })}</p>
        </div>
      )}
      <form onSubmit={mailForm.onSubmit} className="form" noValidate>
        <h3>{t('groupsUi.invite.mailTitle')}</h3>
        {Boolean(mailForm.error) && <ErrorState error={mailForm.error} />}
        {mailed && (
          <p className="notice" role="status">
            {t('groupsUi.invite.mailed', { email: mailed })}
          </p>
        )}
        <Field
          label={t('groupsUi.invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          error={fieldErrorsOf(mailForm.fieldErrors, { email: t('groupsUi.errors.email') })('email')}
        />
        <button type="submit" className="btn" disabled={mailForm.busy}>
          {t('groupsUi.invite.sendMail')}
        </button>
      </form>
      <h3>{t('groupsUi.invite.openTitle')}</h3>
      {Boolean(revokeError) && <ErrorState error={revokeError} />}
      <Loaded resource={invites}>
        {(data) =>
          data.invites.length === 0 ? (
            <p className="muted">{t('groupsUi.invite.none')}</p>
          ) : (
            <ul className="plain-list stack-sm">
              {data.invites.map((inv) => {
                const what = inv.email ?? t('groupsUi.invite.kindLink');
                return (
                  <li key={inv.id} className="invite-row">
                    <span>
                      {what}
                      <span className="hint invite-meta meta-line">
                        <span>{t('groupsUi.invite.until', { date: formatDate(inv.expiresAt) })}</span>
                        <span>{t('groupsUi.invite.used', { count: inv.usedCount })}</span>
                      </span>
                    </span>
                    <button
                      type="button"
                      className="btn btn-ghost"
                      onClick={() => revoke(inv.id)}
                      aria-label={t('groupsUi.invite.revokeWhat', { what })}
                    >
                      {t('groupsUi.invite.revoke')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
