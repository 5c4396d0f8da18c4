import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageResult } from '../../../../core/api/activities';
import { Field } from '../../../components/Field';
import { ErrorState } from '../../../components/Status';
import { api } from '../../../lib/api';
import { useSubmit } from '../../../lib/use-form';

/** A mail to everyone with a place (and the waiting list if ticked), one each, so nobody sees the others. */
export function MessageForm({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<number | null>(null);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    (data) =>
      api<MessageResult>(`/api/activities/${activityId}/messages`, {
        body: {
          subject: String(data.get('subject') ?? ''),
          body: String(data.get('body') ?? ''),
          includeWaiting: data.get('includeWaiting') === 'on',
        },
      }),
    (r) => setSent(r.sent),
  );
  return (
    <section className="card stack" aria-labelledby="message-title">
      <h2 id="message-title">{t('activities.message.title')}</h2>
      <p className="muted">{t('activities.message.lead')}</p>
      {sent !== null && (
        <p className="notice" role="status">
          {t('activities.message.sent', { count: sent })}
        </p>
      )}
      <form onSubmit={onSubmit} className="form" noValidate>
        {Boolean(error) && <ErrorState error={error} />}
        <Field
          label={t('activities.message.subject')}
          name="subject"
          required
          maxLength={150}
          error={fieldErrors.subject}
        />
        <div className="field">
          <label htmlFor="message-body">{t('activities.message.body')}</label>
          <textarea id="message-body" name="body" rows={5} maxLength={5000} required />
        </div>
        <label className="choice">
          <input type="checkbox" name="includeWaiting" /> {t('activities.message.includeWaiting')}
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('activities.message.send')}
        </button>
      </form>
    </section>
  );
}
