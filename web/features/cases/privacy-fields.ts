import type { PrivacyFindingDto } from '../../../core/api/groups';

export type CaseText = { title: string; situation: string; question: string };
export type CaseTextField = keyof CaseText;
export type FieldFinding = PrivacyFindingDto & { field: CaseTextField };

const FIELDS: CaseTextField[] = ['title', 'situation', 'question'];

/** Runs a detector over the case's text fields at once and tags each finding with its field. */
export function findInCase(
  text: CaseText,
  detect: (texts: string[]) => PrivacyFindingDto[][],
): FieldFinding[] {
  const perField = detect(FIELDS.map((f) => text[f]));
  return FIELDS.flatMap((field, i) => (perField[i] ?? []).map((finding) => ({ ...finding, field })));
}

/** Replaces one finding with its neutral label, leaving the rest of the text as it was. */
export function replaceFinding(text: CaseText, finding: FieldFinding): CaseText {
  const value = text[finding.field];
  // The text may have changed since detection; only replace when the flagged words are still there.
  if (value.slice(finding.start, finding.end) !== finding.text) return text;
  return {
    ...text,
    [finding.field]: value.slice(0, finding.start) + finding.label + value.slice(finding.end),
  };
}

/** Replaces every finding, last first within a field so earlier offsets stay valid. */
export function replaceAll(text: CaseText, findings: FieldFinding[]): CaseText {
  return [...findings]
    .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || b.start - a.start)
    .reduce((acc, f) => replaceFinding(acc, f), text);
}
