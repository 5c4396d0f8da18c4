import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodVersionList } from '../../../../core/api/methods';
import { currentLocale } from '../../../lib/i18n';
import { useResource } from '../../groups/lib/use-resource';
import { useMethodList } from '../../library/data';
import { useRoom } from '../room-context';

/** Option values of the group's own versions; library methods use their plain id. */
const VERSION = 'version:';

/**
 * The chair's choice of method: the library and the group's own versions, by reference (the server
 * freezes the copy). Once a method is chosen, or was planned, it shows with a button to change it.
 */
export function MethodPicker() {
  const { t } = useTranslation();
  const { view, send } = useRoom();
  const [choice, setChoice] = useState('');
  const [changing, setChanging] = useState(false);
  const versions = useResource<MethodVersionList>(`/api/groups/${view.groupId}/method-versions`);
  // The library's names come from the server like everything else, so its texts stay out of the room's code.
  const library = useMethodList().data?.methods ?? [];
  const id = useId();
  const lang = currentLocale();

  if (view.method && !changing) {
    return (
      <div className="inline-form">
        <p>{t('room.lobby.method', { name: view.method.names[lang] })}</p>
        <button type="button" className="btn" onClick={() => setChanging(true)}>
          {t('room.lobby.changeMethod')}
        </button>
      </div>
    );
  }
  const own = versions.data?.versions ?? [];
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice) return;
        send(
          choice.startsWith(VERSION)
            ? { type: 'chooseMethod', versionId: choice.slice(VERSION.length) }
            : { type: 'chooseMethod', methodId: choice },
        );
        setChanging(false);
      }}
    >
      <label htmlFor={id}>{t('room.lobby.chooseMethod')}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('room.contrib.choose')}</option>
        {own.length > 0 && (
          <optgroup label={t('room.lobby.ownVersions')}>
            {own.map((v) => (
              <option key={v.id} value={`${VERSION}${v.id}`}>
                {t('room.lobby.ownVersion', { name: v.names[lang], version: v.version })}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('room.lobby.library')}>
          {library.map((m) => (
            <option key={m.id} value={m.id}>
              {m.names[lang]}
            </option>
          ))}
        </optgroup>
      </select>
      <button type="submit" className="btn" disabled={!choice}>
        {t('room.lobby.useMethod')}
      </button>
      {view.method && (
        <button type="button" className="btn" onClick={() => setChanging(false)}>
          {t('room.lobby.keepMethod')}
        </button>
      )}
    </form>
  );
}
