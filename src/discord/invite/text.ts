/**
 * Helpers for the linter's text (lint-rules.ts): the shape of a rule's sentences, and how values are put into them.
 * No table here, so a view that only quotes a pasted value (the checker's parameter list) stays small.
 */

/** What a rule tells the reader. `{name}` placeholders are filled from the finding (findingText in lint.ts). */
export interface RuleText {
  /** What is wrong, one sentence. */
  readonly message: string;
  /** What to do about it, one sentence. */
  readonly fix: string;
}

/** A pasted value can be 4 KB long; a message quotes only its start, so one finding never fills the screen. */
const MAX_QUOTED = 80;

export function quote(value: string | undefined): string {
  const text = value ?? '';
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders of a sentence, sorted, for checking that every language uses the same ones. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** Fills `{name}` placeholders; one without a value reads as empty rather than as a raw `{name}`. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '');
}
