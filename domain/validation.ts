/**
 * A problem with user input, phrased for the user. Validators in domain/
 * return these instead of throwing: a half-typed debrief is normal, and the
 * autosave must never lose it because one field is not valid yet.
 */
export interface ValidationIssue {
  /** Dotted path to the field, e.g. "feedback.2.quote", so the UI can place the message. */
  path: string;
  message: string;
  /** Errors block "done"; warnings are worth a look but never block. */
  severity: 'error' | 'warning';
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Length in characters as a person counts them (an emoji is one). */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/** 5000 → "5,000", without depending on the runtime's locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
