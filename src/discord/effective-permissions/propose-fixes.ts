/**
 * The smallest changes that make an action work. Candidates are built from what the context has (the bot's overwrite,
 * its roles' overwrites, its highest role) and each is kept only if computing the changed context allows the action:
 * a role grant is dropped when a channel deny would still win, for instance.
 */
import type {PermissionContext, ResolvedContext, ResolvedRole} from './context';
import {resolveContext} from './context';
import {
  evaluate,
  isAllowed,
  resolveTarget,
  type ActionTargetInput,
  type Evaluation,
  type ResolvedTarget,
  type Subject,
} from './evaluate';
import {applyFixes, type Fix, type FixOption} from './fixes';
import {byRankDescending, highestRole} from './hierarchy';
import {TIMEOUT_KEEPS} from './rules';

interface Problem {
  readonly context: PermissionContext;
  readonly resolved: ResolvedContext;
  readonly subject: Subject;
  readonly targetInput: ActionTargetInput | undefined;
  readonly target: ResolvedTarget;
  readonly evaluation: Evaluation;
}

/** Roles a move could lift above the target: the bot's, minus @everyone and whatever the target holds too. */
function movableRoles(problem: Problem): ResolvedRole[] {
  const {resolved, target} = problem;
  const held = target.kind === 'member' ? target.roles : target.kind === 'role' ? [target.role] : [];
  return byRankDescending(resolved.memberRoles, resolved.guildId).filter((role) => !held.includes(role));
}

/**
 * Moving the bot's highest role up would lift the target too when the target has that role (or is it), so the role
 * to move is the bot's highest one the target lacks.
 */
function hierarchyFix(problem: Problem): Fix | undefined {
  const blocker = problem.evaluation.hierarchy;
  if (blocker === undefined) return undefined;
  if (blocker.kind !== 'hierarchy') return {kind: 'not-fixable', reason: blocker.kind};
  if (blocker.botRoleId === problem.resolved.guildId) return {kind: 'not-fixable', reason: 'bot-has-no-role'};
  const role = movableRoles(problem)[0];
  if (role === undefined) return {kind: 'not-fixable', reason: 'no-other-bot-role'};
  return {kind: 'move-role-above', roleId: role.id, aboveRoleId: blocker.targetRoleId};
}

/**
 * Whether the timeout stands in the way. Judged from the context, not from the steps: a timeout that removed nothing
 * (the bot had nothing to lose) would still undo any permission a fix grants.
 */
function timedOut(problem: Problem): boolean {
  const {timeoutUntil, nowMs} = problem.resolved;
  const running = timeoutUntil !== undefined && timeoutUntil.ms > nowMs;
  return running && (problem.evaluation.required & ~TIMEOUT_KEEPS) !== 0n;
}

/** One-change candidates for the bits still missing, most targeted first. */
function permissionCandidates(context: ResolvedContext, missing: bigint): Fix[] {
  const top = highestRole(context.memberRoles, context);
  const hasRole = top.id !== context.guildId;
  const grant: Fix[] = hasRole
    ? [{kind: 'role-grant', roleId: top.id, add: missing, newPermissions: top.permissions | missing}]
    : [];
  if (!context.channel) return grant;
  const overwrites = context.channel.overwrites;
  const allow = (overwriteId: string, overwriteType: 0 | 1, create: boolean): Fix => ({
    kind: 'overwrite-allow',
    overwriteId,
    overwriteType,
    add: missing,
    create,
  });
  const member = overwrites.find((o) => o.type === 1 && o.id === context.memberId);
  const roleOverwrites = byRankDescending(context.memberRoles, context.guildId).filter((role) =>
    overwrites.some((o) => o.type === 0 && o.id === role.id),
  );
  return [
    ...(member ? [allow(member.id, 1, false)] : []),
    ...roleOverwrites.map((role) => allow(role.id, 0, false)),
    ...grant,
    ...(hasRole && !roleOverwrites.includes(top) ? [allow(top.id, 0, true)] : []),
    ...(member ? [] : [allow(context.memberId, 1, true)]),
  ];
}

function passes(problem: Problem, changes: readonly Fix[]): boolean {
  const changed = resolveContext(applyFixes(problem.context, changes), () => problem.resolved.nowMs);
  if (!changed.ok) return false;
  const target = resolveTarget(problem.subject, problem.targetInput, changed.value);
  return target.ok && isAllowed(evaluate(problem.subject, target.value, changed.value));
}

/** Options that work, fewest changes first; a single not-fixable entry when nothing the bot's side can change helps. */
export function proposeFixes(problem: Problem): FixOption[] {
  const hierarchy = hierarchyFix(problem);
  if (hierarchy?.kind === 'not-fixable') return [{changes: [hierarchy]}];
  const prefix: Fix[] = timedOut(problem) ? [{kind: 'remove-timeout'}] : [];
  const suffix: Fix[] = hierarchy ? [hierarchy] : [];

  const working = resolveContext(applyFixes(problem.context, prefix), () => problem.resolved.nowMs);
  if (!working.ok) return [];
  const target = resolveTarget(problem.subject, problem.targetInput, working.value);
  if (!target.ok) return [];
  const evaluation = evaluate(problem.subject, target.value, working.value);
  const {missing} = evaluation;
  /** The option with these changes between the timeout and hierarchy ones, as a list of one if it works, else none. */
  const ifItWorks = (middle: readonly Fix[]): FixOption[] => {
    const option = {changes: [...prefix, ...middle, ...suffix]};
    return passes(problem, option.changes) ? [option] : [];
  };
  if (missing === 0n) return ifItWorks([]);
  // Bits the bot lost only through an implicit rule (Send Messages without View Channels) come back when the rule's
  // cause is fixed, so each candidate first tries granting just what was never granted; the lists match by index
  // because the candidates depend on the context alone.
  const notGranted = missing & ~evaluation.permissions.computed;
  const broad = permissionCandidates(working.value, missing);
  const narrow = notGranted !== 0n && notGranted !== missing ? permissionCandidates(working.value, notGranted) : [];
  const options = broad.flatMap((fix, index) => {
    const smaller = narrow[index];
    const narrowOption = smaller === undefined ? [] : ifItWorks([smaller]);
    return narrowOption.length > 0 ? narrowOption : ifItWorks([fix]);
  });
  if (options.length > 0) return options;
  // Only a server-wide action of a bot without roles gets here: a channel overwrite for the member itself always wins.
  const top = highestRole(working.value.memberRoles, working.value);
  return top.id === working.value.guildId ? [{changes: [{kind: 'not-fixable', reason: 'bot-has-no-role'}]}] : [];
}
