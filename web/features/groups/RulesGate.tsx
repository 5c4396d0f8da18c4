import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The confidentiality gate: case content stays closed until the current ground rules are accepted. */
export function RulesGate({ groupId, outdated = false }: { groupId: string; outdated?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-warn gate" aria-labelledby={`gate-${groupId}`}>
      <h2 id={`gate-${groupId}`}>{t('groupsUi.gate.title')}</h2>
      <p>{outdated ? t('groupsUi.gate.outdated') : t('groupsUi.gate.body')}</p>
      <Link to={`/groups/${groupId}/rules`} className="btn btn-primary">
        {t('groupsUi.gate.cta')}
      </Link>
    </section>
  );
}
