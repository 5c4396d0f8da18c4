import type { PrivacyFindingDto } from '../../../core/api/groups';

export type CaseText = { title: string; situation: string; question: string };
export type CaseTextField = keyof CaseText;
export type FieldFinding = PrivacyFindingDto & { field: CaseTextField };

const FIELDS: CaseTextField[] = ['title', 'situation', 'question'];
const SEPARATOR = '\n\n';

/**
 * Runs the privacy detector once over all case text, so one person gets the same label in every field,
 * and maps each finding back to its field with offsets local to that field.
 */
export function findInCase(text: CaseText, detect: (all: string) => PrivacyFindingDto[]): FieldFinding[] {
  const starts: number[] = [];
  let offset = 0;
  for (const field of FIELDS) {
    starts.push(offset);
    offset += text[field].length + SEPARATOR.length;
  }
  const all = FIELDS.map((f) => text[f]).join(SEPARATOR);
  return detect(all).flatMap((finding) => {
    const index = FIELDS.findIndex(
      (f, i) => finding.start >= starts[i]! && finding.end <= starts[i]! + text[f].length,
    );
    if (index < 0) return [];
    const base = starts[index]!;
    return [{ ...finding, field: FIELDS[index]!, start: finding.start - base, end: finding.end - base }];
  });
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

/** Replaces every finding, last first so earlier offsets stay valid. */
export function replaceAll(text: CaseText, findings: FieldFinding[]): CaseText {
  return [...findings]
    .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || b.start - a.start)
    .reduce((acc, f) => replaceFinding(acc, f), text);
}
