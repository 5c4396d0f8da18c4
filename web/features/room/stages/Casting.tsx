import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isCaseGiver } from '../../../../core/meeting/case-givers';
import type { AssignableRole } from '../../../../core/meeting/commands';
import { currentLocale } from '../../../lib/i18n';
import { caseGiverLine, isChair, nameOf, people } from '../derive';
import { useRoom } from '../room-context';
import { PhaseHeader } from '../views/PhaseHeader';
import { CaseQuestion } from './CaseQuestion';
import { PresenceList } from './Lobby';
import { NextButton } from './NextButton';

const OPTIONAL: Exclude<AssignableRole, 'chair' | 'caseGiver' | 'coCaseGiver'>[] = [
  'timekeeper',
  'scribe',
  'facilitator',
  'observer',
];

/** Roles for this case: chair, timekeeper, scribe (the case-giver is never chair), then the method starts. */
export function Casting() {
  const { t } = useTranslation();
  const { view, me } = useRoom();
  const chair = isChair(view, me);
  const lang = currentLocale();
  const yourCastingPart = () => {
    if (view.roles.caseGiver === me) return t('room.casting.youCaseGiver');
    if (view.roles.coCaseGiver === me)
      return t('room.casting.youCoCaseGiver', { name: nameOf(view, view.roles.caseGiver) });
    return null;
  };
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.stage.casting')}
        title={t('room.casting.title')}
        instructions={t('room.casting.instructions')}
        rules={[t('room.casting.rule')]}
        yourPart={yourCastingPart()}
      />
      <CastingBoard />
      {chair && (
        <div className="actions">
          {view.method ? (
            <NextButton
              expected={(next) => next?.kind === 'phase' && view.phaseIndex === null}
              label={t('room.casting.start', { method: view.method.names[lang] })}
              disabled={!view.roles.caseGiver}
            />
          ) : (
            <button type="button" className="btn btn-primary" disabled>
              {t('room.casting.noMethod')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Who brings the case, its question, and the roles (the chair assigns them): the casting stage or a phase standing for it. */
export function CastingBoard() {
  const { t } = useTranslation();
  const { view, me } = useRoom();
  return (
    <>
      <p>{view.roles.caseGiver ? caseGiverLine(view, view.roles, t) : t('room.casting.noCaseGiver')}</p>
      <CaseQuestion />
      {isChair(view, me) ? <RoleForm /> : <PresenceList />}
    </>
  );
}

function RoleForm() {
  const { t } = useTranslation();
  const { view, send } = useRoom();
  const id = useId();
  const everyone = people(view);
  const current = (role: (typeof OPTIONAL)[number]) =>
    role === 'facilitator'
      ? (view.roles.facilitators[0] ?? '')
      : role === 'observer'
        ? (view.roles.observers[0] ?? '')
        : (view.roles[role] ?? '');
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('room.casting.roles')}</h2>
      <div className="field">
        <label htmlFor={`${id}-chair`}>{t('room.role.chair')}</label>
        <select
          id={`${id}-chair`}
          value={view.roles.chair}
          aria-describedby={`${id}-chair-hint`}
          onChange={(e) => send({ type: 'assignRole', role: 'chair', userId: e.target.value })}
        >
          {everyone.map((p) => (
            <option key={p.id} value={p.id} disabled={isCaseGiver(view, p.id)}>
              {p.id === view.roles.caseGiver
                ? t('room.casting.notCaseGiver', { name: p.name })
                : p.id === view.roles.coCaseGiver
                  ? t('room.casting.notCoCaseGiver', { name: p.name })
                  : p.name}
            </option>
          ))}
        </select>
        <p id={`${id}-chair-hint`} className="hint">
          {t('room.casting.chairRule')}
        </p>
      </div>
      <PairField />
      {OPTIONAL.map((role) => (
        <div className="field" key={role}>
          <label htmlFor={`${id}-${role}`}>{t(`room.role.${role}`)}</label>
          <select
            id={`${id}-${role}`}
            value={current(role)}
            onChange={(e) => {
              const before = current(role);
              if (e.target.value) send({ type: 'assignRole', role, userId: e.target.value });
              else if (before) send({ type: 'unassignRole', role, userId: before });
            }}
          >
            <option value="">{t('room.casting.nobody')}</option>
            {everyone
              .filter((p) => !isCaseGiver(view, p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
      ))}
    </section>
  );
}

/**
 * The second case-giver, where the method lets two colleagues who share a case bring it in together
 * (PAIR-1): anyone but the chair and the case-giver, or nobody; the engine refuses it once phases run.
 */
function PairField() {
  const { t } = useTranslation();
  const { view, send } = useRoom();
  const id = useId();
  if (view.method?.caseGiverPair !== true || !view.roles.caseGiver) return null;
  const current = view.roles.coCaseGiver ?? '';
  const candidates = people(view).filter((p) => p.id !== view.roles.chair && p.id !== view.roles.caseGiver);
  return (
    <div className="field">
      <label htmlFor={`${id}-co`}>{t('room.role.coCaseGiver')}</label>
      <select
        id={`${id}-co`}
        value={current}
        aria-describedby={`${id}-co-hint`}
        onChange={(e) => {
          if (e.target.value) send({ type: 'assignRole', role: 'coCaseGiver', userId: e.target.value });
          else if (current) send({ type: 'unassignRole', role: 'coCaseGiver', userId: current });
        }}
      >
        <option value="">{t('room.casting.nobody')}</option>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <p id={`${id}-co-hint`} className="hint">
        {t('room.casting.coCaseGiverHint')}
      </p>
    </div>
  );
}
