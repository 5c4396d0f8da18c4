import './library.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageKey } from '../../../core/i18n/index';
import { useTitle } from '../../lib/use-title';

const SECTIONS = ['purpose', 'conditions', 'uses', 'not', 'origin', 'guided'] as const;
const EFFECTS = ['others', 'self', 'repertoire', 'methods', 'reflect'] as const;
const CONDITIONS = ['realProblem', 'attention', 'structure', 'solutions', 'autonomy'] as const;
const USES = ['feedback', 'alternatives', 'soundingBoard', 'experience'] as const;
const NOT = ['advice', 'techniques', 'knowledge', 'therapy'] as const;

/** A condition starts with a short label ("A real question."); the label is set in bold. */
function splitLead(text: string): [string, string] {
  const at = text.indexOf('. ');
  return at > 0 && at < 40 ? [text.slice(0, at + 1), text.slice(at + 2)] : ['', text];
}

/** /intervisie: what intervision is and is not, what it needs, where it comes from, and guided intervision. */
export function AboutPage() {
  const { t } = useTranslation();
  useTitle(t('library.about.title'));
  const para = (keys: MessageKey[]) => keys.map((key) => <p key={key}>{t(key)}</p>);
  return (
    <div className="lib-about">
      <header className="lib-about-hero">
        <svg className="lib-about-mark" aria-hidden="true" viewBox="0 0 120 120" width="96" height="96">
          <circle cx="60" cy="60" r="40" fill="none" stroke="currentColor" strokeWidth="6" />
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <circle
              key={i}
              cx={60 + 40 * Math.cos((i * Math.PI) / 3 - Math.PI / 2)}
              cy={60 + 40 * Math.sin((i * Math.PI) / 3 - Math.PI / 2)}
              r="9"
              className={i === 0 ? 'lib-mark-dot lib-mark-dot-accent' : 'lib-mark-dot'}
            />
          ))}
        </svg>
        <h1>{t('library.about.title')}</h1>
        <p className="lead">{t('library.about.lead')}</p>
      </header>
      <nav className="lib-about-toc" aria-label={t('library.about.tocLabel')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`library.about.${s}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="purpose" className="lib-about-section" aria-labelledby="purpose-title">
        <h2 id="purpose-title">{t('library.about.purpose.title')}</h2>
        {para(['library.about.purpose.p1', 'library.about.purpose.p2', 'library.about.purpose.p3'])}
        <ul className="lib-check-list">
          {EFFECTS.map((e) => (
            <li key={e}>{t(`library.about.purpose.effects.${e}`)}</li>
          ))}
        </ul>
      </section>

      <section id="conditions" className="lib-about-section" aria-labelledby="conditions-title">
        <h2 id="conditions-title">{t('library.about.conditions.title')}</h2>
        <p>{t('library.about.conditions.intro')}</p>
        <ol className="lib-condition-list">
          {CONDITIONS.map((c) => {
            const [lead, rest] = splitLead(t(`library.about.conditions.${c}`));
            return (
              <li key={c}>
                <strong>{lead}</strong> {rest}
              </li>
            );
          })}
        </ol>
      </section>

      <section id="uses" className="lib-about-section" aria-labelledby="uses-title">
        <h2 id="uses-title">{t('library.about.uses.title')}</h2>
        <ul className="lib-check-list">
          {USES.map((u) => (
            <li key={u}>{t(`library.about.uses.${u}`)}</li>
          ))}
        </ul>
      </section>

      <section id="not" className="lib-about-section about-not" aria-labelledby="not-title">
        <h2 id="not-title">{t('library.about.not.title')}</h2>
        <p>{t('library.about.not.intro')}</p>
        <ul className="lib-not-list">
          {NOT.map((n) => (
            <li key={n}>{t(`library.about.not.${n}`)}</li>
          ))}
        </ul>
      </section>

      <section id="origin" className="lib-about-section" aria-labelledby="origin-title">
        <h2 id="origin-title">{t('library.about.origin.title')}</h2>
        {para(['library.about.origin.p1', 'library.about.origin.p2', 'library.about.origin.p3'])}
      </section>

      <section id="guided" className="lib-about-section" aria-labelledby="guided-title">
        <h2 id="guided-title">{t('library.about.guided.title')}</h2>
        {para(['library.about.guided.p1', 'library.about.guided.p2', 'library.about.guided.p3'])}
      </section>

      <section className="lib-about-cta" aria-labelledby="cta-title">
        <h2 id="cta-title">{t('library.about.cta.title')}</h2>
        <div className="actions">
          <Link to="/methods" className="btn btn-primary">
            {t('library.about.cta.methods')}
          </Link>
          <Link to="/methods/chooser" className="btn">
            {t('library.about.cta.chooser')}
          </Link>
        </div>
      </section>
    </div>
  );
}
