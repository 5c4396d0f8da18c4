import './groups.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AcceptedInvite, InvitePreview } from '../../../core/api/groups';
import { ErrorState, Loading } from '../../components/Status';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';
import { useTitle } from '../../lib/use-title';
import { formatDate } from './lib/format';
import { Loaded } from './lib/Page';
import { useResource } from './lib/use-resource';

/** "/invite/:token": see which group invites you, sign in or up (keeping the token), and join. */
export function InvitePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  useTitle(t('groupsUi.inviteAccept.title'));
  const preview = useResource<InvitePreview>(`/api/invites/${encodeURIComponent(token)}`);
  return (
    <section className="narrow stack">
      <h1>{t('groupsUi.inviteAccept.title')}</h1>
      <Loaded resource={preview}>{(p) => <InviteView token={token} preview={p} />}</Loaded>
    </section>
  );
}

function InviteView({ token, preview }: { token: string; preview: InvitePreview }) {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = encodeURIComponent(`/invite/${token}`);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await api<AcceptedInvite>(`/api/invites/${encodeURIComponent(token)}/accept`, {
        body: {},
      });
      // A new member reads the ground rules first: nothing of the group's cases opens before that.
      navigate(result.alreadyMember ? `/groups/${result.groupId}` : `/groups/${result.groupId}/rules`, {
        state: { joined: true },
      });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <div className="card stack-sm">
        <p className="eyebrow">{t('groupsUi.inviteAccept.invitedTo')}</p>
        <h2>{preview.groupName}</h2>
        {preview.groupDescription && <p>{preview.groupDescription}</p>}
        <p className="hint meta-line">
          <span>{t('groupsUi.memberCount', { count: preview.memberCount })}</span>
          <span>
            {t('groupsUi.inviteAccept.language', { language: t(`common.languages.${preview.language}`) })}
          </span>
          <span>{t('groupsUi.invite.until', { date: formatDate(preview.expiresAt) })}</span>
        </p>
      </div>
      {preview.full && (
        <div className="notice notice-error" role="alert">
          <p>{t('groupsUi.inviteAccept.full')}</p>
        </div>
      )}
      {Boolean(error) && <ErrorState error={error} />}
      <p>{t('groupsUi.inviteAccept.rulesNote')}</p>
      {loading ? (
        <Loading />
      ) : user ? (
        <div className="actions">
          <button type="button" className="btn btn-primary" disabled={busy || preview.full} onClick={accept}>
            {t('groupsUi.inviteAccept.join', { group: preview.groupName })}
          </button>
          <Link to="/groups" className="btn">
            {t('groupsUi.inviteAccept.notNow')}
          </Link>
        </div>
      ) : (
        <div className="stack-sm">
          <p>{t('groupsUi.inviteAccept.needAccount')}</p>
          <div className="actions">
            <Link to={`/sign-up?next=${next}`} className="btn btn-primary">
              {t('groupsUi.inviteAccept.signUp')}
            </Link>
            <Link to={`/sign-in?next=${next}`} className="btn">
              {t('groupsUi.inviteAccept.signIn')}
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
