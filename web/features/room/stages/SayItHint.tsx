import { useTranslation } from 'react-i18next';
import { typingCheck } from '../../../../core/meeting/deciders/recording';
import { contributionCheck } from '../../../../core/meeting/rules';
import { nameOf } from '../derive';
import { noterOf } from '../recording';
import { useRoom } from '../room-context';

/** On a phone while one device takes notes: no box, but who notes what this person says (TALK-6). */
export function SayItHint() {
  const { t } = useTranslation();
  const { view, me } = useRoom();
  const noter = noterOf(view);
  if (!noter || contributionCheck(view, me) !== null || typingCheck(view, me) === null) return null;
  return <p className="notice">{t('room.talk.sayIt', { name: nameOf(view, noter) })}</p>;
}
