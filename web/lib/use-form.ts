import { type FormEvent, useState } from 'react';
import { ApiError } from './api';

/** Submit state for a form: busy flag, error, per-field errors from the server's validation issues. */
export function useSubmit<T>(action: (data: FormData) => Promise<T>, onDone?: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ApiError) for (const issue of error.issues) fieldErrors[issue.path] ??= issue.message;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await action(new FormData(event.currentTarget));
      onDone?.(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // Errors that belong to a field are shown at that field; only the rest goes to the top of the form.
  const formError = Object.keys(fieldErrors).length > 0 ? null : error;
  // `failure` is the error itself, for fieldErrorsOf (which tells the server's own messages apart).
  return { busy, error: formError, failure: error, fieldErrors, onSubmit };
}
