import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  GROUP_ROLES,
  type Group,
  type GroupRole,
  type Member,
  type MemberList,
} from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';

type Props = { group: Group; list: MemberList; onChange(): void; onGroupChange(): void };

/** Members with their roles and rule acceptance; admins change roles and remove; everyone can leave. */
export function MembersPanel({ group, list, onChange, onGroupChange }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const isAdmin = group.myRole === 'admin';

  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    setMessage('');
    try {
      await action();
      setMessage(done);
      onChange();
      onGroupChange();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('groupsUi.members.title')}</h2>
      <p className="hint">
        {t('groupsUi.memberCountOfMax', { count: list.members.length, max: list.maxMembers })}
      </p>
      {Boolean(error) && <ErrorState error={error} />}
      <p role="status" className={message ? 'notice' : 'visually-hidden'}>
        {message}
      </p>
      <ul className="plain-list member-list">
        {list.members.map((m) => (
          <MemberRow
            key={m.userId}
            member={m}
            self={m.userId === user?.id}
            isAdmin={isAdmin}
            onRole={(role) =>
              act(
                () => api(`/api/groups/${group.id}/members/${m.userId}`, { method: 'PATCH', body: { role } }),
                t('groupsUi.members.roleChanged', { name: m.name, role: t(`groupsUi.roles.${role}`) }),
              )
            }
            onRemove={() =>
              act(
                () => api(`/api/groups/${group.id}/members/${m.userId}`, { method: 'DELETE' }),
                t('groupsUi.members.removed', { name: m.name }),
              )
            }
          />
        ))}
      </ul>
      {user && <LeaveGroup groupId={group.id} userId={user.id} onError={setError} />}
    </section>
  );
}

type RowProps = {
  member: Member;
  self: boolean;
  isAdmin: boolean;
  onRole(role: GroupRole): Promise<void>;
  onRemove(): Promise<void>;
};

function MemberRow({ member, self, isAdmin, onRole, onRemove }: RowProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<GroupRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const selectId = `role-${member.userId}`;
  return (
    <li className="member-row">
      <div className="member-main">
        <span className="member-name">
          {member.name}
          {self && <span className="muted"> {t('groupsUi.members.you')}</span>}
        </span>
        <span className="member-meta">
          <span className="badge">{t(`groupsUi.roles.${member.role}`)}</span>
          <span className={member.acceptedCurrentRules ? 'ok-text' : 'muted'}>
            {member.acceptedCurrentRules ? t('groupsUi.members.accepted') : t('groupsUi.members.notAccepted')}
          </span>
        </span>
      </div>
      {isAdmin && (
        <div className="member-admin">
          <label htmlFor={selectId} className="visually-hidden">
            {t('groupsUi.members.roleFor', { name: member.name })}
          </label>
          <select id={selectId} value={role} onChange={(e) => setRole(e.target.value as GroupRole)}>
            {GROUP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`groupsUi.roles.${r}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn"
            disabled={role === member.role}
            onClick={() => onRole(role)}
            aria-label={t('groupsUi.members.changeRoleFor', { name: member.name })}
          >
            {t('groupsUi.members.changeRole')}
          </button>
          {!self &&
            (confirming ? (
              <>
                <button type="button" className="btn btn-danger" onClick={() => onRemove()}>
                  {t('groupsUi.members.confirmRemove', { name: member.name })}
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => setConfirming(true)}
                aria-label={t('groupsUi.members.removeName', { name: member.name })}
              >
                {t('groupsUi.members.remove')}
              </button>
            ))}
        </div>
      )}
    </li>
  );
}

function LeaveGroup({
  groupId,
  userId,
  onError,
}: {
  groupId: string;
  userId: string;
  onError(e: unknown): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const leave = async () => {
    try {
      await api(`/api/groups/${groupId}/members/${userId}`, { method: 'DELETE' });
      navigate('/groups', { state: { left: true } });
    } catch (e) {
      onError(e);
      setConfirming(false);
    }
  };
  if (!confirming)
    return (
      <button type="button" className="btn btn-ghost leave" onClick={() => setConfirming(true)}>
        {t('groupsUi.members.leave')}
      </button>
    );
  return (
    <div className="notice notice-error">
      <p>{t('groupsUi.members.leaveConfirmText')}</p>
      <div className="actions">
        <button type="button" className="btn btn-danger" onClick={leave}>
          {t('groupsUi.members.leaveConfirm')}
        </button>
        <button type="button" className="btn" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
