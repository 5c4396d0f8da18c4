import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../../core/api/register';
import { Field } from '../../components/Field';
import { api } from '../../lib/api';
import { Loaded } from '../groups/lib/Page';
import { TextArea } from '../groups/lib/TextArea';
import { useResource } from '../groups/lib/use-resource';
import { formatDate } from './format';
import { SignatureForm } from './SignatureForm';

/** The facilitator's signed reflection statement for a trajectory; the facilitator signs it here (REG-6). */
export function StatementPanel({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const view = useResource<StatementView>(`/api/trajectories/${trajectoryId}/statement`);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>{t('register.statement.title')}</h2>
        <p className="hint">{t('register.statement.lead')}</p>
      </div>
      <Loaded resource={view}>
        {({ statement, maySign }) => (
          <>
            {statement ? (
              <div className="stack-sm">
                <p className="pre-wrap">{statement.text}</p>
                <p>
                  {t('register.statement.signedBy', {
                    name: `${statement.facilitatorName} (${statement.signature})`,
                    register: statement.register,
                    number: statement.registrationNumber,
                    date: formatDate(statement.signedAt),
                  })}
                </p>
              </div>
            ) : (
              <p className="muted">{t('register.statement.none')}</p>
            )}
            {maySign && (
              <SignatureForm
                confirm={t('register.statement.confirm')}
                submit={t('register.statement.sign')}
                done={t('register.statement.done')}
                send={(f) =>
                  api<StatementView>(`/api/trajectories/${trajectoryId}/statement`, {
                    method: 'PUT',
                    body: {
                      register: String(f.get('register') ?? ''),
                      registrationNumber: String(f.get('registrationNumber') ?? ''),
                      text: String(f.get('text') ?? ''),
                      signature: String(f.get('signature') ?? ''),
                      confirm: f.get('confirm') === 'on',
                    },
                  })
                }
                onSigned={view.setData}
              >
                <Field
                  label={t('register.statement.register')}
                  name="register"
                  required
                  defaultValue={statement?.register}
                />
                <Field
                  label={t('register.statement.registrationNumber')}
                  name="registrationNumber"
                  required
                  defaultValue={statement?.registrationNumber}
                />
                <TextArea
                  label={t('register.statement.text')}
                  name="text"
                  required
                  rows={5}
                  defaultValue={statement?.text}
                />
              </SignatureForm>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
