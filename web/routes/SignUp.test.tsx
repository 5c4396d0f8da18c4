import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../core/i18n/index';
import { renderPage, serveApi, setUpPageTests } from '../test/page';
import { SignIn } from './SignIn';
import { SignUp } from './SignUp';

setUpPageTests();

describe('sign-up page', () => {
  it('ORIGIN: a refused origin is shown as its own clear message, not as "check the fields"', async () => {
    const message = translate('en', 'errors.forbiddenOrigin');
    serveApi({
      'GET /api/me': { status: 401, body: { error: { code: 'unauthorized', message: 'x' } } },
      'POST /api/auth/sign-up/email': { status: 403, body: { error: { code: 'forbidden_origin', message } } },
    });
    renderPage('/sign-up', '/sign-up', <SignUp />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Telefoon' } });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'tel@example.nl' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'een goed wachtwoord 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(alert.textContent).not.toBe(translate('en', 'errors.validation'));
  });

  it('LOW sign-up: after sending, the page says to check the mail, whether the address was new or taken', async () => {
    const sent = serveApi({
      'GET /api/session': { status: 200, body: { user: null } },
      'POST /api/auth/sign-up/email': { status: 200, body: { status: true } },
    });
    renderPage('/sign-up?next=/invite/abc', '/sign-up', <SignUp />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Nieuw' } });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'nieuw@example.nl' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'een goed wachtwoord 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('nieuw@example.nl');
    // The link in the mail comes back to sign-in, which goes on to the invite.
    const signUp = sent.find((s) => s.key === 'POST /api/auth/sign-up/email');
    expect(signUp?.body).toMatchObject({ callbackURL: '/sign-in?next=%2Finvite%2Fabc' });
  });
});

describe('sign-in page', () => {
  it('LOW sign-up: an expired or used confirmation link says how to get a new one', async () => {
    serveApi({ 'GET /api/session': { status: 200, body: { user: null } } });
    renderPage('/sign-in?error=TOKEN_EXPIRED', '/sign-in', <SignIn />);
    expect((await screen.findByRole('alert')).textContent).toBe(translate('en', 'auth.confirmLinkInvalid'));
  });

  it('LOW sign-up: signing in before confirming shows that a new link was mailed', async () => {
    const message = translate('en', 'errors.emailNotVerified');
    serveApi({
      'GET /api/session': { status: 200, body: { user: null } },
      'POST /api/auth/sign-in/email': {
        status: 403,
        body: { error: { code: 'email_not_verified', message } },
      },
    });
    renderPage('/sign-in', '/sign-in', <SignIn />);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'nieuw@example.nl' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'een goed wachtwoord 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});
