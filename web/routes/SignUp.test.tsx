import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../core/i18n/index';
import { renderPage, serveApi, setUpPageTests } from '../test/page';
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
});
