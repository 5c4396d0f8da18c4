import './room.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { GuestJoined } from '../../../core/api/live';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';

/** A guest enters the code from the projector and a display name, accepts confidentiality, then waits. */
export function JoinPage() {
  const { t } = useTranslation();
  useTitle(t('room.join.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [name, setName] = useState('');
  const [accept, setAccept] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  return (
    <div className="narrow">
      <h1>{t('room.join.title')}</h1>
      <p className="lead">{t('room.join.lead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setTried(true);
          if (code.trim().length < 4 || !name.trim() || !accept) return;
          setBusy(true);
          setError(null);
          try {
            const joined = await api<GuestJoined>('/api/guests/join', {
              body: { code: code.trim(), name: name.trim(), acceptConfidentiality: true },
            });
            navigate(`/meetings/${joined.meetingId}/live`);
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Field
          label={t('room.join.code')}
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          error={tried && code.trim().length < 4 ? t('room.join.codeMissing') : undefined}
        />
        <Field
          label={t('room.join.name')}
          hint={t('room.join.nameHint')}
          value={name}
          autoComplete="nickname"
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          error={tried && !name.trim() ? t('room.join.nameMissing') : undefined}
        />
        <div className="notice">
          <p>{t('room.join.confidentiality')}</p>
          <label className="radio">
            <input
              type="checkbox"
              checked={accept}
              onChange={(e) => setAccept(e.target.checked)}
              aria-invalid={tried && !accept ? true : undefined}
            />
            {t('room.join.accept')}
          </label>
          {tried && !accept && <p className="field-error">{t('room.join.acceptMissing')}</p>}
        </div>
        {error ? <ErrorState error={error} /> : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('room.join.submit')}
        </button>
      </form>
    </div>
  );
}
