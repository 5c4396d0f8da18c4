import { describe, expect, it } from 'vitest';
import { passwordProblem, signUpSchema } from './auth';

describe('password rules', () => {
  it('refuses short, letter-only, repetitive and common passwords', () => {
    expect(passwordProblem('short1!')).toBe('weak_password');
    expect(passwordProblem('onlyletterslong')).toBe('weak_password');
    expect(passwordProblem('aaaaaaaaa1')).toBe('weak_password');
    expect(passwordProblem('Wachtwoord123')).toBe('password_too_common');
  });

  it('accepts a reasonable passphrase', () => {
    expect(passwordProblem('kring-voor-jou 7')).toBeNull();
  });

  it('normalises the e-mail address at sign-up', () => {
    const parsed = signUpSchema.parse({
      name: ' Ada ',
      email: ' Ada@Example.org',
      password: 'tien tekens 9',
    });
    expect(parsed).toMatchObject({ name: 'Ada', email: 'ada@example.org' });
  });
});
