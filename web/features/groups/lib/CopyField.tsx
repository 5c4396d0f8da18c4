import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only secret URL with a copy button that confirms for screen readers too. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard permission the text is selected so the user can copy it by hand.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied(false);
    }
  };

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn" onClick={copy}>
          {t('groupsUi.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {copied === true && t('groupsUi.copied')}
        {copied === false && t('groupsUi.copyByHand')}
      </p>
    </div>
  );
}
