import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidBsn, redact } from './privacy';

const kinds = (text: string) => findPersonalData(text, 'nl').map((f) => [f.kind, f.text]);

describe('privacy helper', () => {
  it('accepts a BSN that passes the 11-check and refuses one that does not', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('flags a valid BSN in a sentence but not an ordinary nine-digit number', () => {
    expect(kinds('Zijn BSN is 111222333, dat stond op het formulier.')).toContainEqual(['bsn', '111222333']);
    expect(kinds('Het dossiernummer is 123456789.').filter(([k]) => k === 'bsn')).toEqual([]);
  });

  it('flags e-mail addresses and Dutch phone numbers in common notations', () => {
    const text =
      'Ze mailde vanaf j.devries@zorgnet.nl en belde met 06-12345678, later met +31 6 1234 5678 en via 020 123 4567.';
    expect(kinds(text)).toEqual([
      ['email', 'j.devries@zorgnet.nl'],
      ['phone', '06-12345678'],
      ['phone', '+31 6 1234 5678'],
      ['phone', '020 123 4567'],
    ]);
  });

  it('flags names with Dutch particles, not the capital at the start of a sentence', () => {
    const found = kinds(
      'Gisteren sprak ik mevrouw van der Berg en haar zoon Daan. Toen kwam Jan de Vries binnen.',
    );
    expect(found).toEqual([
      ['name', 'van der Berg'],
      ['name', 'Daan'],
      ['name', 'Jan de Vries'],
    ]);
  });

  it('gives the same person the same label and replaces everything with neutral labels', () => {
    const text = 'Mijn collega Sanne belde. Ik zei tegen Sanne dat Pieter mailde op pieter@school.nl.';
    const findings = findPersonalData(text, 'nl');
    expect(redact(text, findings)).toBe(
      'Mijn collega [persoon A] belde. Ik zei tegen [persoon A] dat [persoon B] mailde op [e-mail].',
    );
    const en = findPersonalData('I asked Sanne on Monday.', 'en');
    expect(redact('I asked Sanne on Monday.', en)).toBe('I asked [person A] on Monday.');
  });
});
