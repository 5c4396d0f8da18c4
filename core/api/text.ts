/**
 * Text that must stay on one line and say what it seems to say: names and titles. Names appear next to
 * each other in lists, in mails, in calendar entries and on the projector.
 */
import { z } from 'zod';

// Bidirectional formatting controls: an RTL override in one name makes the names beside it read backwards
// (issue 11, LOW 6). They carry no meaning of their own in a name, so they are removed on input.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Control characters (line breaks, tabs, escape…) and the Unicode line and paragraph separators: a line break
// in a group name became extra lines in calendar files (issue 11, MEDIUM 7).
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');

/** The error code (and zod issue message) for a control character in a one-line text. */
export const CONTROL_CHARACTERS = 'control_characters';

export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
export const hasControlCharacters = (text: string): boolean => CONTROL.test(text);
/** The text on one line: a CR LF pair, each other control character and each line separator become a space. */
export const oneLine = (text: string): string => text.replace(/\r\n/g, ' ').replace(CONTROLS, ' ');

/** A one-line text such as a title or a place: trimmed, at most `max` long, no control characters. */
export function lineSchema(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlCharacters(s), CONTROL_CHARACTERS);
}

/** A person's or group's name: one line of 1 to `max` characters, bidirectional controls removed. */
export function nameSchema(max: number) {
  return z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacters(s), CONTROL_CHARACTERS);
}
