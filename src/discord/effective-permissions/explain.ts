/**
 * "Why can't my bot …?": checks an action against a context, names what blocks each missing permission, says which
 * error Discord returns, and proposes the smallest changes that fix it, each one checked by computing again.
 */
import {API_ERRORS, getBotAction, type ApiErrorCode, type BotActionId} from '../bot-actions';
import {getPermission, isPermissionKey, PERMISSIONS, type PermissionKey} from '../permissions';
import {err, ok, type Result} from '../result';
import type {EffectivePermissions, PermissionStep} from './compute';
import {contextError, type ContextError} from './context-error';
import {resolveContext, type PermissionContext, type ResolvedContext} from './context';
import {
  evaluate,
  isAllowed,
  resolveTarget,
  type ActionTargetInput,
  type Evaluation,
  type HierarchyBlocker,
  type Subject,
} from './evaluate';
import {proposeFixes} from './propose-fixes';
import type {FixOption} from './fixes';
import {VIEW_CHANNEL, type ImplicitKind} from './rules';

/** Why one required permission is missing, or why the hierarchy stops the action. */
export type Blocker =
  /** No role (or @everyone) grants it. */
  | {readonly kind: 'never-granted'; readonly permission: PermissionKey}
  /** The overwrite(s) that took it away in this channel. */
  | {readonly kind: 'denied-by-overwrite'; readonly permission: PermissionKey; readonly overwriteIds: readonly string[]}
  /** Granted, but an implicit rule drops it (no View Channel, no Send Messages, no Connect). */
  | {readonly kind: ImplicitKind; readonly permission: PermissionKey}
  | {readonly kind: 'timeout'; readonly permission: PermissionKey; readonly until: string}
  | HierarchyBlocker;

export interface ActionVerdict {
  /** Everything the action needs is there. */
  readonly allowed: boolean;
  /** Not allowed, yet Discord accepts the request and only drops the effect (no ping, no embed): no error. */
  readonly silent: boolean;
  /** The bits checked: the action's permissions and their prerequisites in this channel. */
  readonly required: bigint;
  readonly missing: bigint;
  readonly permissions: EffectivePermissions;
  readonly blockers: readonly Blocker[];
  /** The error a refused request gets: 50001 without View Channel, otherwise 50013. */
  readonly error?: ApiErrorCode;
  /** Ways to make it work, fewest changes first; each was checked by computing the changed context again. */
  readonly fixes: readonly FixOption[];
}

function lastTouch(steps: readonly PermissionStep[], bit: bigint): PermissionStep | undefined {
  // The target's lib has no Array#findLast.
  return [...steps].reverse().find((step) => ((step.added | step.removed) & bit) !== 0n);
}

function denyingOverwrites(step: PermissionStep, bit: bigint, context: ResolvedContext): readonly string[] {
  if (step.kind === 'overwrite-everyone' || step.kind === 'overwrite-member') return [step.overwriteId];
  if (step.kind !== 'overwrite-roles') return [];
  const overwrites = context.channel?.overwrites ?? [];
  return step.overwriteIds.filter((id) => overwrites.some((o) => o.id === id && o.type === 0 && (o.deny & bit) !== 0n));
}

function bitBlocker(
  permission: PermissionKey,
  bit: bigint,
  steps: readonly PermissionStep[],
  context: ResolvedContext,
): Blocker {
  const step = lastTouch(steps, bit);
  if (step === undefined || (step.removed & bit) === 0n) return {kind: 'never-granted', permission};
  switch (step.kind) {
    case 'implicit-view':
    case 'implicit-send':
    case 'implicit-connect':
      return {kind: step.kind, permission};
    case 'timeout':
      return {kind: 'timeout', permission, until: step.until};
    default:
      return {kind: 'denied-by-overwrite', permission, overwriteIds: denyingOverwrites(step, bit, context)};
  }
}

function blockersOf(evaluation: Evaluation, context: ResolvedContext): Blocker[] {
  const blockers: Blocker[] = PERMISSIONS.filter((row) => (evaluation.missing & row.value) !== 0n).map((row) =>
    bitBlocker(row.key, row.value, evaluation.permissions.steps, context),
  );
  if (evaluation.hierarchy) blockers.push(evaluation.hierarchy);
  return blockers;
}

function errorOf(subject: Subject, evaluation: Evaluation): ApiErrorCode | undefined {
  if (isAllowed(evaluation)) return undefined;
  if (subject.channel && (evaluation.permissions.effective & VIEW_CHANNEL) === 0n) return API_ERRORS.missingAccess;
  const fails = evaluation.hierarchy !== undefined || (evaluation.missing & ~evaluation.silent) !== 0n;
  return fails ? API_ERRORS.missingPermissions : undefined;
}

/** Server-wide actions ignore the channel: kicking or giving a role is not done "in" a channel. */
function scoped(context: PermissionContext, subject: Subject): PermissionContext {
  if (subject.channel || context.channel === undefined) return context;
  const {channel: _channel, ...rest} = context;
  return rest;
}

function explainSubject(
  input: PermissionContext,
  subject: Subject,
  targetInput: ActionTargetInput | undefined,
): Result<ActionVerdict, ContextError> {
  const context = scoped(input, subject);
  const resolved = resolveContext(context);
  if (!resolved.ok) return resolved;
  const target = resolveTarget(subject, targetInput, resolved.value);
  if (!target.ok) return target;
  const evaluation = evaluate(subject, target.value, resolved.value);
  const allowed = isAllowed(evaluation);
  const error = errorOf(subject, evaluation);
  return ok({
    allowed,
    silent: !allowed && error === undefined,
    required: evaluation.required,
    missing: evaluation.missing,
    permissions: evaluation.permissions,
    blockers: blockersOf(evaluation, resolved.value),
    ...(error === undefined ? {} : {error}),
    fixes: allowed
      ? []
      : proposeFixes({context, resolved: resolved.value, subject, targetInput, target: target.value, evaluation}),
  });
}

/**
 * Can the member (usually the bot) do this, and if not, why, what error it gets and what would fix it. `target` is the
 * member acted on (kick, ban, timeout, nickname; a plain member when left out) or the role to give.
 */
export function explainAction(
  context: PermissionContext,
  actionId: BotActionId,
  target?: ActionTargetInput,
): Result<ActionVerdict, ContextError> {
  const action = getBotAction(actionId);
  if (action === undefined) return err(contextError('unknown-action', 'actionId', actionId));
  return explainSubject(context, action, target);
}

/**
 * The same for one permission: checked in the channel when the context has one and the permission can be set on
 * channels, server-wide otherwise.
 */
export function explainPermission(context: PermissionContext, key: PermissionKey): Result<ActionVerdict, ContextError> {
  if (!isPermissionKey(key)) return err(contextError('unknown-action', 'key', key));
  // A server-only permission (Kick Members) is never checked in a channel, whatever the context holds.
  const inChannel = context.channel !== undefined && context.channel !== null && getPermission(key).channels.length > 0;
  return explainSubject(context, {needs: [key], channel: inChannel, target: 'none'}, undefined);
}
