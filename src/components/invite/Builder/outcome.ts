/**
 * The builder's link and what blocks it, from the lint rules table (as buildInviteUrl's are, so the view and the
 * domain agree on what blocks a link). Loaded on demand (on-demand.ts): the first render has no Application ID and
 * needs none of this, and the rules table with its sentences is the heaviest part of the builder.
 */
import {buildInviteUrl} from '@site/src/discord/invite/build';
import {lintInvite, type LintFinding, type LintOptions} from '@site/src/discord/invite/lint';
import type {InviteParams} from '@site/src/discord/invite/params';
import {parseSnowflake} from '@site/src/discord/snowflake';
import {
  FIELD_ORDER,
  shownParamProblems,
  toInviteParams,
  type BuilderField,
  type BuilderOutcome,
  type BuilderState,
  type FieldProblem,
} from './form-state';

function fieldOf(finding: LintFinding): BuilderField | null {
  switch (finding.field) {
    case 'clientId':
      return 'clientId';
    case 'scopes':
    case 'responseType':
    case 'integrationType':
      return 'scopes';
    case 'permissions':
      return 'permissions';
    case 'guildId':
    case 'disableGuildSelect':
      return 'guildId';
    case 'redirectUri':
      return 'redirectUri';
    case 'state':
    case 'prompt':
      return 'state';
    case undefined:
      return null;
  }
}

/** A blocking finding as the form shows it: next to its field, with the field's own wording where there is one. */
function toProblem(finding: LintFinding, params: InviteParams, now: Date | undefined): FieldProblem {
  const field = fieldOf(finding) ?? 'scopes';
  if (field === 'clientId') {
    const parsed = parseSnowflake(params.clientId, now);
    return parsed.ok || parsed.error.code === 'empty'
      ? {field, kind: 'empty'}
      : {field, kind: 'snowflake', code: parsed.error.code};
  }
  if (field === 'guildId' && params.guildId !== undefined) {
    const parsed = parseSnowflake(params.guildId, now);
    return {field, kind: 'snowflake', code: parsed.ok ? 'invalid-character' : parsed.error.code};
  }
  if (field === 'redirectUri') return {field, kind: 'redirect'};
  if (field === 'state') return {field, kind: 'state'};
  return {field: 'scopes', kind: 'lint', finding};
}

/**
 * Everything the output shows: the lint rules table's findings, plus what lint never sees: page parameters that could not be
 * used (a `permissions` value that cannot be read, a value over its limit).
 */
export function builderOutcome(state: BuilderState, clientId: string, options: LintOptions = {}): BuilderOutcome {
  const params = toInviteParams(state, clientId);
  const findings = lintInvite(params, options);
  const problems: FieldProblem[] = findings
    .filter((f) => f.severity === 'error')
    .map((finding) => toProblem(finding, params, options.now));
  problems.push(...shownParamProblems(state).filter((problem) => problem.blocking));
  problems.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  const built = problems.length === 0 ? buildInviteUrl(params, options) : null;
  return {
    params,
    url: built?.ok ? built.value : null,
    problems,
    notes: findings.filter((f) => f.severity !== 'error'),
  };
}
