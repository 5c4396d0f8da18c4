import { useTranslation } from 'react-i18next';
import type { MethodList, MethodVersionList } from '../../../core/api/methods';
import { currentLocale } from '../../lib/i18n';
import { useResource } from '../groups/lib/use-resource';

export type MethodChoice = { methodId: string | null; methodVersionId: string | null };

/** Encodes a choice as one select value: "lib:<id>" for the library, "ver:<id>" for a group version. */
function encode(choice: MethodChoice): string {
  if (choice.methodVersionId) return `ver:${choice.methodVersionId}`;
  if (choice.methodId) return `lib:${choice.methodId}`;
  return '';
}

/** Planned method: a library method or one of the group's own versions; both lists load independently. */
export function MethodPicker({
  groupId,
  value,
  onChange,
  error,
}: {
  groupId: string;
  value: MethodChoice;
  onChange(next: MethodChoice): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const library = useResource<MethodList>('/api/methods?lang=all');
  const versions = useResource<MethodVersionList>(`/api/groups/${groupId}/method-versions`);
  const libraryItems = library.data?.methods ?? [];
  const versionItems = versions.data?.versions ?? [];

  const select = (raw: string) => {
    if (raw.startsWith('ver:')) {
      const id = raw.slice(4);
      const version = versionItems.find((v) => v.id === id);
      onChange({ methodId: version?.baseMethodId ?? null, methodVersionId: id });
    } else onChange({ methodId: raw.startsWith('lib:') ? raw.slice(4) : null, methodVersionId: null });
  };

  return (
    <div className="field">
      <label htmlFor="meeting-method">{t('meetingsUi.form.method')}</label>
      <select
        id="meeting-method"
        value={encode(value)}
        onChange={(e) => select(e.target.value)}
        aria-describedby="meeting-method-hint"
        aria-invalid={error ? true : undefined}
      >
        <option value="">{t('meetingsUi.form.methodLater')}</option>
        {versionItems.length > 0 && (
          <optgroup label={t('meetingsUi.form.groupVersions')}>
            {versionItems.map((v) => (
              <option key={v.id} value={`ver:${v.id}`}>
                {t('meetingsUi.form.versionOption', { name: v.names[lang], version: v.version })}
              </option>
            ))}
          </optgroup>
        )}
        {libraryItems.length > 0 && (
          <optgroup label={t('meetingsUi.form.library')}>
            {libraryItems.map((m) => (
              <option key={m.id} value={`lib:${m.id}`}>
                {t('meetingsUi.form.libraryOption', { name: m.names[lang], minutes: m.durationMinutes })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p id="meeting-method-hint" className="hint">
        {library.error ? t('meetingsUi.form.methodsUnavailable') : t('meetingsUi.form.methodHint')}
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
