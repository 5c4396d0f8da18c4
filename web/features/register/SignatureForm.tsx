import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { useSubmit } from '../../lib/use-form';

type Props<T> = {
  /** The confirmation the signer ticks, and the button's text. */
  confirm: string;
  submit: string;
  /** Fields before the signature (a statement's register and text). */
  children?: React.ReactNode;
  send(fields: FormData): Promise<T>;
  onSigned(result: T): void;
  /** Said once signed, while the form stays. */
  done?: string;
};

/** A signature: the name or initials typed, a confirmation ticked, then signed (REG-3, REG-4, REG-6). */
export function SignatureForm<T>({ confirm, submit, children, send, onSigned, done }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [signed, setSigned] = useState(false);
  const { busy, error, fieldErrors, onSubmit } = useSubmit(send, (result) => {
    setSigned(true);
    onSigned(result);
  });
  return (
    <form className="stack-sm" onSubmit={onSubmit}>
      {Boolean(error) && <ErrorState error={error} />}
      {children}
      <Field
        label={t('register.signOff.signature')}
        name="signature"
        required
        maxLength={80}
        autoComplete="name"
        error={fieldErrors.signature}
      />
      <label className="check" htmlFor={`${id}-confirm`}>
        <input id={`${id}-confirm`} type="checkbox" name="confirm" required />
        {confirm}
      </label>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {submit}
      </button>
      {signed && done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
