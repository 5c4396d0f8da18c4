import './onboarding.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Onboarding, OnboardingStep } from '../../../core/api/onboarding';
import { api } from '../../lib/api';
import { useResource } from './lib/use-resource';

/** Where each step is taken; null while an earlier step is missing (no group or no meeting yet). */
function stepLink(step: OnboardingStep, o: Onboarding): string | null {
  const links: Record<OnboardingStep, string | null> = {
    group: '/groups/new',
    rules: o.groupId && `/groups/${o.groupId}/rules`,
    meeting: o.groupId && `/groups/${o.groupId}/meetings/new`,
    invite: o.groupId && `/groups/${o.groupId}#invite-title`,
    projector: o.meetingId && `/meetings/${o.meetingId}/present`,
  };
  return links[step];
}

/**
 * A newcomer's first steps on the dashboard: start or join a group, agree the ground rules, plan the first
 * meeting, invite colleagues, open the projector. It disappears once every step is done or when closed.
 */
export function OnboardingChecklist() {
  const { t } = useTranslation();
  const { data, setData } = useResource<Onboarding>('/api/me/onboarding');
  const [failed, setFailed] = useState(false);
  if (!data || data.dismissed || data.steps.every((s) => s.done)) return null;
  const done = data.steps.filter((s) => s.done).length;
  const next = data.steps.find((s) => !s.done)?.id;
  const close = () =>
    api<Onboarding>('/api/me/onboarding', { body: { mark: 'dismissed' } }).then(setData, () =>
      setFailed(true),
    );

  return (
    <section className="card onboarding" aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">{t('groupsUi.onboarding.title')}</h2>
      <p id="onboarding-progress" className="muted">
        {t('groupsUi.onboarding.progress', { done, total: data.steps.length })}
      </p>
      <progress value={done} max={data.steps.length} aria-labelledby="onboarding-progress" />
      <ol className="onboarding-steps">
        {data.steps.map((s) => {
          const title = t(`groupsUi.onboarding.steps.${s.id}.title`);
          const href = stepLink(s.id, data);
          return (
            <li key={s.id} className={s.done ? 'done' : ''} aria-current={s.id === next ? 'step' : undefined}>
              <span className="onboarding-mark">
                <span aria-hidden="true">{s.done ? '✓' : ''}</span>
                <span className="visually-hidden">
                  {t(s.done ? 'groupsUi.onboarding.doneLabel' : 'groupsUi.onboarding.todoLabel')}
                </span>
              </span>
              <div>
                <p className="onboarding-step-title">
                  {!s.done && href ? <Link to={href}>{title}</Link> : title}
                </p>
                {!s.done && <p className="hint">{t(`groupsUi.onboarding.steps.${s.id}.body`)}</p>}
              </div>
            </li>
          );
        })}
      </ol>
      {failed && (
        <p className="notice notice-error" role="alert">
          {t('groupsUi.onboarding.closeFailed')}
        </p>
      )}
      <button type="button" className="btn btn-ghost" onClick={close}>
        {t('groupsUi.onboarding.close')}
      </button>
    </section>
  );
}
