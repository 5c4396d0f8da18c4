import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignOffLine, SignOffList } from '../../../core/api/register';
import { api } from '../../lib/api';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { formatDate, formatMoment } from './format';
import { SignatureForm } from './SignatureForm';

/** The attendance list of an ended meeting with the times from its log, to sign and countersign (REG-1…5). */
export function SignOffPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useResource<SignOffList>(`/api/meetings/${meetingId}/sign-off`);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>{t('register.signOff.title')}</h2>
        <p className="hint">{t('register.signOff.lead')}</p>
      </div>
      <Loaded resource={list}>{(data) => <SignOffBody data={data} onChange={list.setData} />}</Loaded>
    </section>
  );
}

function SignOffBody({ data, onChange }: { data: SignOffList; onChange(l: SignOffList): void }) {
  const { t } = useTranslation();
  // The form goes once signed, so the confirmation stands here.
  const [signed, setSigned] = useState(false);
  if (!data.ended) return <p className="muted">{t('register.signOff.notEnded')}</p>;
  if (data.lines.length === 0) return <p className="muted">{t('register.signOff.empty')}</p>;
  const send = (path: string) => (fields: FormData) =>
    api<SignOffList>(`/api/meetings/${data.meetingId}/${path}`, {
      body: { signature: String(fields.get('signature') ?? ''), confirm: fields.get('confirm') === 'on' },
    });
  const onSigned = (next: SignOffList) => {
    setSigned(true);
    onChange(next);
  };
  return (
    <>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('register.signOff.name')}</th>
              <th scope="col">{t('register.signOff.minutes')}</th>
              <th scope="col">{t('register.signOff.signedHead')}</th>
            </tr>
          </thead>
          <tbody>
            {data.lines.map((line) => (
              <tr key={line.userId}>
                <th scope="row">{line.name}</th>
                <td>
                  <Minutes line={line} />
                </td>
                <td>
                  {line.signed
                    ? t('register.signOff.signed', {
                        signature: line.signed.signature,
                        time: formatMoment(line.signed.at),
                      })
                    : t('register.signOff.unsigned')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {data.countersigned
          ? t('register.signOff.countersigned', {
              name: data.countersigned.name,
              signature: data.countersigned.signature,
              time: formatMoment(data.countersigned.at),
            })
          : data.countersignerName && t('register.signOff.awaitingCounter', { name: data.countersignerName })}
      </p>
      {data.openUntil && (data.maySign || data.mayCountersign) && (
        <p className="hint">{t('register.signOff.openUntil', { date: formatDate(data.openUntil) })}</p>
      )}
      {data.maySign && (
        <SignatureForm
          confirm={t('register.signOff.confirmOwn')}
          submit={t('register.signOff.sign')}
          send={send('sign-off')}
          onSigned={onSigned}
        />
      )}
      {data.mayCountersign && (
        <SignatureForm
          confirm={t('register.signOff.confirmCounter')}
          submit={t('register.signOff.countersign')}
          send={send('countersign')}
          onSigned={onSigned}
        />
      )}
      {signed && (
        <p className="notice" role="status">
          {t('register.signOff.done')}
        </p>
      )}
    </>
  );
}

function Minutes({ line }: { line: SignOffLine }) {
  const { t } = useTranslation();
  if (line.minutes === null) return <>{t('register.signOff.hidden')}</>;
  return (
    <>
      {line.minutes}
      {(line.lateMinutes ?? 0) > 0 && (
        <span className="hint"> · {t('register.signOff.late', { count: line.lateMinutes ?? 0 })}</span>
      )}
      {(line.earlyMinutes ?? 0) > 0 && (
        <span className="hint"> · {t('register.signOff.early', { count: line.earlyMinutes ?? 0 })}</span>
      )}
    </>
  );
}
