/**
 * Runs the rules table (lint-rules.ts) over a link or the builder's parameters, and words a finding in the reader's
 * language. Nothing here knows a rule by name.
 */
import {type InviteField, type InviteParams, type ParsedInvite} from './params';
import {PARAM_NAMES} from './param-names';
import {lintContext, RULES, type LintCode, type LintHit, type LintSeverity} from './lint-rules';
import {fill, quote, type RuleText} from './text';

export type {LintCode, LintSeverity} from './lint-rules';

export interface LintFinding {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** The InviteParams field it is about, when it is about one. */
  readonly field?: InviteField;
  /** Values for the message, e.g. the unknown scope names or bit numbers, joined with spaces. */
  readonly data?: Readonly<Record<string, string>>;
  /** Parameters that correct it, put in place of the link's own (see LintHit in lint-rules.ts). */
  readonly patch?: Readonly<Partial<InviteParams>>;
}

export interface LintOptions {
  /** The reader's clock, for the client ID check; tests pass a fixed date. */
  readonly now?: Date;
}

export interface LintRule {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** Where the rule comes from, for the reference page and for whoever revisits it. */
  readonly source: string;
  readonly text: RuleText;
}

// Several entries share a code (each parameter's own `bad-value` check); they share severity and text too.
const BY_CODE: ReadonlyMap<LintCode, LintRule> = new Map(
  [...RULES].reverse().map(({code, severity, source, text}) => [code, {code, severity, source, text}]),
);

/** One row per lint code, in table order: the codes, severities and sources, for the reference page and tests. */
export const LINT_RULES: readonly LintRule[] = Object.freeze([...new Set(RULES.map((rule) => rule.code))].map(ruleOf));

export function ruleOf(code: LintCode): LintRule {
  const rule = BY_CODE.get(code);
  if (rule === undefined) throw new Error(`no lint rule ${code}`);
  return rule;
}

const SEVERITY_ORDER: Readonly<Record<LintSeverity, number>> = {error: 0, warning: 1, info: 2};

/** A finding of `code`, with the severity its table entry gives it. */
export function lintFinding(code: LintCode, {field, data, patch}: LintHit = {}): LintFinding {
  return {
    code,
    severity: ruleOf(code).severity,
    ...(field === undefined ? {} : {field}),
    ...(data === undefined ? {} : {data: Object.freeze({...data})}),
    ...(patch === undefined ? {} : {patch: Object.freeze({...patch})}),
  };
}

function isParsed(input: InviteParams | ParsedInvite): input is ParsedInvite {
  return 'params' in input && 'raw' in input;
}

/**
 * Everything worth telling the reader about a link or a set of parameters, errors first. An empty list means a
 * plain, valid link. Works on the builder's parameters and on a parsed link (which adds host, scheme, duplicate and
 * unreadable-value checks).
 */
export function lintInvite(input: InviteParams | ParsedInvite, options: LintOptions = {}): LintFinding[] {
  const context = isParsed(input)
    ? lintContext(input.params, input.raw, options.now)
    : lintContext(input, undefined, options.now);
  const findings = RULES.flatMap((rule) => rule.check(context).map((hit) => lintFinding(rule.code, hit)));
  // Stable: errors, then warnings, then info, each in table order.
  return findings
    .map((finding, index) => ({finding, index}))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({finding}) => finding);
}

/** A finding in words, in the language this bundle was built for: what is wrong, and how to fix it. */
export function findingText(finding: LintFinding): RuleText {
  const {text} = ruleOf(finding.code);
  const values: Record<string, string> = {param: finding.field === undefined ? '' : PARAM_NAMES[finding.field]};
  for (const [name, value] of Object.entries(finding.data ?? {})) values[name] = quote(value);
  return {message: fill(text.message, values), fix: fill(text.fix, values)};
}
