import { createContext, type ReactNode, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { api } from '../lib/api';
import { currentLocale, setLocale } from '../lib/i18n';
import { useSession } from '../lib/session';
import { navItems } from '../routes/nav';

/**
 * Whether this page arrived prerendered for a signed-out visitor (a public page): its header already says
 * "sign in". Any other page does not know yet who is there, and keeps that place empty until the session
 * answers, so a signed-in member never sees "sign in" flash by.
 */
export const PrerenderedPage = createContext(false);

/** Header with navigation, language switch and account menu; main content; footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, loading, refresh } = useSession();
  const prerendered = useContext(PrerenderedPage);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page's content so screen readers announce the navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const switchLanguage = () => {
    const next = currentLocale() === 'nl' ? 'en' : 'nl';
    setLocale(next);
    // Signed-in users keep the choice on their account, so e-mail and other devices follow it.
    if (user) void api('/api/auth/update-user', { body: { locale: next } }).then(refresh, () => {});
  };

  // The projector view is shown to the whole room: no navigation or account menu on the wall.
  if (location.pathname.endsWith('/present')) {
    return (
      <main id="main" ref={mainRef} tabIndex={-1} className="main-bare">
        {children}
      </main>
    );
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <circle cx="16" cy="16" r="12" fill="none" stroke="currentColor" strokeWidth="4" />
            <circle cx="16" cy="4" r="3.2" className="brand-dot" />
          </svg>
          <span>{t('common.appName')}</span>
        </Link>
        <nav aria-label={t('common.mainNav')} className="site-nav">
          {navItems
            .filter((item) => !item.signedIn || user)
            .map((item) => (
              <NavLink key={item.to} to={item.to}>
                {t(item.label)}
              </NavLink>
            ))}
        </nav>
        <div className="header-actions">
          <button
            type="button"
            className="btn btn-ghost"
            onClick={switchLanguage}
            lang={currentLocale() === 'nl' ? 'en' : 'nl'}
          >
            {t('common.switchLanguage')}
          </button>
          {user ? (
            <AccountMenu name={user.name} />
          ) : (
            <Link to="/sign-in" className={`btn btn-ghost${loading && !prerendered ? ' is-pending' : ''}`}>
              {t('auth.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">{t('common.footer')}</footer>
    </div>
  );
}

function AccountMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="btn btn-ghost avatar-button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('auth.accountMenu', { name })}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
      </button>
      {open && (
        <ul id={menuId} className="menu-list">
          <li>
            <Link to="/account" onClick={() => setOpen(false)}>
              {t('auth.account')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              onClick={async () => {
                setOpen(false);
                await signOut();
                navigate('/');
              }}
            >
              {t('auth.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
