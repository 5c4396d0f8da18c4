import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput, ForceDirection, Tag } from '../../../core/meeting/commands';
import { MAX_TEXT } from '../../../core/meeting/limits';
import type { ContributionKind, Phase } from '../../../core/methods/schema';
import { DILTS_LEVELS, TGI_FACTORS } from '../../../core/methods/vocabulary';
import { levelOfPhase } from './derive-phase';
import { useDraft } from './use-room';

/**
 * The input box of a phase. What is typed is saved as it is typed; a sent contribution goes to the outbox, so a
 * phone that loses the network keeps it and sends it on reconnect.
 */
export function ContributeBox({
  meetingId,
  field,
  phase,
  kinds,
  send,
  label,
  defaultTag,
  named,
}: {
  meetingId: string;
  /** Draft key: one draft per phase (or per frame stage). */
  field: string;
  phase?: Phase | null;
  kinds: readonly ContributionKind[];
  send: (command: CommandInput) => void;
  label?: string;
  /** The tag the box starts on when the phase is not about one level itself (the level the case-giver chose). */
  defaultTag?: Tag;
  /** What was already named of a kind (qualities, pitfalls, …), to pick instead of retyping in other words. */
  named?: (kind: ContributionKind) => string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText, clear] = useDraft(meetingId, field);
  const [kind, setKind] = useState<ContributionKind>(kinds[0] ?? 'note');
  const [direction, setDirection] = useState<ForceDirection>('restraining');
  const tagging = phase?.tagging ?? 'none';
  const tags: readonly Tag[] =
    tagging === 'diltsLevel' ? DILTS_LEVELS : tagging === 'tgiFactor' ? TGI_FACTORS : [];
  // A Dilts question phase is about one level: its box starts on that level, and can still be changed.
  const [tag, setTag] = useState<Tag | ''>(
    (phase &&
      tags.length > 0 &&
      (levelOfPhase(phase) ?? (defaultTag && tags.includes(defaultTag) ? defaultTag : null))) ||
      '',
  );
  const isForce = kind === 'force';
  const needsTag = tags.length > 0;
  const ready = text.trim().length > 0 && (!needsTag || tag !== '');
  return (
    <form
      className="contribute card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        send({
          type: 'contribute',
          kind,
          text: text.trim(),
          ...(needsTag && tag ? { tag } : {}),
          ...(isForce ? { force: { direction, inReach: true } } : {}),
        });
        clear();
      }}
    >
      {kinds.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('room.contrib.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as ContributionKind)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`room.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {isForce && (
        <fieldset className="segmented">
          <legend>{t('room.force.direction')}</legend>
          {(['restraining', 'driving'] as const).map((d) => (
            <label key={d} className="radio">
              <input
                type="radio"
                name={`${id}-dir`}
                checked={direction === d}
                onChange={() => setDirection(d)}
              />
              {t(`room.force.${d}`)}
            </label>
          ))}
        </fieldset>
      )}
      {needsTag && (
        <div className="field">
          <label htmlFor={`${id}-tag`}>
            {t(tagging === 'diltsLevel' ? 'room.dilts.pick' : 'room.tgi.pick')}
          </label>
          <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value as Tag)}>
            <option value="">{t('room.contrib.choose')}</option>
            {tags.map((g) => (
              <option key={g} value={g}>
                {tagging === 'diltsLevel'
                  ? t(`room.dilts.level.${g as (typeof DILTS_LEVELS)[number]}`)
                  : t(`room.tgi.factor.${g as (typeof TGI_FACTORS)[number]}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <NamedPicker named={named?.(kind) ?? []} onPick={setText} />
      <div className="field">
        <label htmlFor={`${id}-text`}>{label ?? t(`room.kind.${kind}`)}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={3}
          maxLength={MAX_TEXT}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter sends, so keyboard users need not tab to the button.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
        />
        <p className="hint">{t('room.contrib.savedHint')}</p>
      </div>
      {/* aria-disabled, not disabled: a disabled button drops the focus of whoever just sent with it. */}
      <button type="submit" className="btn btn-primary" aria-disabled={!ready}>
        {t('room.contrib.send')}
      </button>
    </form>
  );
}

/**
 * Qualities already named in the meeting, one button each: picking one puts its exact wording in the box,
 * so the comparison finds the same quality however it was first written (free text stays possible).
 */
function NamedPicker({ named, onPick }: { named: string[]; onPick: (text: string) => void }) {
  const { t } = useTranslation();
  if (named.length === 0) return null;
  return (
    <fieldset className="named-picker">
      <legend>{t('room.contrib.pickNamed')}</legend>
      <ul>
        {named.map((text) => (
          <li key={text}>
            <button type="button" className="btn btn-small" onClick={() => onPick(text)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('room.contrib.pickNamedHint')}</p>
    </fieldset>
  );
}
