/**
 * Whether a member can do one thing: the permissions it needs in this channel, which of them it lacks, and whether the
 * role hierarchy lets it act on its target. No explanation or fixes here (explain.ts): this is the check that every
 * proposed fix is run through again.
 */
import type {BotAction} from '../bot-actions';
import {encodePermissions} from '../permission-bits';
import {err, ok} from '../result';
import {isThreadOnly} from './channel-types';
import {computeResolved, type EffectivePermissions} from './compute';
import {contextError} from './context-error';
import {readRoleIds, type ResolvedContext, type ResolvedRole} from './context';
import {isRecord, readSnowflake, type Read} from './fields';
import {highestRole, ranksAbove} from './hierarchy';
import {ADMINISTRATOR, VIEW_CHANNEL, withPrerequisites} from './rules';

/** Who the action is done to: a member (their roles, or the owner), or the role being given. */
export type ActionTargetInput =
  {readonly memberRoles?: readonly string[]; readonly isOwner?: boolean} | {readonly roleId: string};

/** What is checked: an action's row, or a single permission the reader picked (explainPermission builds one). */
export type Subject = Pick<
  BotAction,
  'needs' | 'needsInThreadOnly' | 'channel' | 'target' | 'silentWithout' | 'sparesAdministrators'
>;

export type HierarchyBlocker =
  | {readonly kind: 'hierarchy'; readonly botRoleId: string; readonly targetRoleId: string}
  | {readonly kind: 'target-owner'}
  | {readonly kind: 'target-administrator'}
  | {readonly kind: 'everyone-role'};

export type ResolvedTarget =
  | {readonly kind: 'none'}
  | {readonly kind: 'member'; readonly roles: readonly ResolvedRole[]; readonly isOwner: boolean}
  | {readonly kind: 'role'; readonly role: ResolvedRole};

export interface Evaluation {
  readonly permissions: EffectivePermissions;
  readonly required: bigint;
  readonly missing: bigint;
  readonly silent: bigint;
  readonly hierarchy?: HierarchyBlocker;
}

function readMemberTarget(target: unknown, context: ResolvedContext): Read<ResolvedTarget> {
  if (target === undefined) return ok({kind: 'member', roles: [], isOwner: false});
  if (!isRecord(target) || 'roleId' in target) return err(contextError('bad-target', 'target', target));
  const roles =
    target.memberRoles === undefined
      ? ok([])
      : readRoleIds(target.memberRoles, 'target.memberRoles', context.roles, context.guildId);
  if (!roles.ok) return roles;
  return ok({kind: 'member', roles: roles.value, isOwner: target.isOwner === true});
}

function readRoleTarget(target: unknown, context: ResolvedContext): Read<ResolvedTarget> {
  if (!isRecord(target) || !('roleId' in target)) return err(contextError('bad-target', 'target', target));
  const id = readSnowflake(target.roleId, 'target.roleId');
  if (!id.ok) return id;
  const role = context.roles.get(id.value);
  return role ? ok({kind: 'role', role}) : err(contextError('role-not-found', 'target.roleId', id.value));
}

export function resolveTarget(subject: Subject, target: unknown, context: ResolvedContext): Read<ResolvedTarget> {
  if (subject.target === 'member') return readMemberTarget(target, context);
  if (subject.target === 'role') return readRoleTarget(target, context);
  return ok({kind: 'none'});
}

function memberTargetBlocker(
  subject: Subject,
  target: Extract<ResolvedTarget, {kind: 'member'}>,
  context: ResolvedContext,
): HierarchyBlocker | undefined {
  if (target.isOwner) return {kind: 'target-owner'};
  if (subject.sparesAdministrators) {
    const permissions = target.roles.reduce((all, role) => all | role.permissions, context.everyone.permissions);
    if ((permissions & ADMINISTRATOR) !== 0n) return {kind: 'target-administrator'};
  }
  if (context.ownerId === context.memberId) return undefined;
  const top = highestRole(target.roles, context);
  return ranksAbove(context, top) ? undefined : hierarchyOf(context, top);
}

function hierarchyOf(context: ResolvedContext, targetRole: ResolvedRole): HierarchyBlocker {
  return {kind: 'hierarchy', botRoleId: highestRole(context.memberRoles, context).id, targetRoleId: targetRole.id};
}

/** "Permission Hierarchy": the owner outranks everyone; Administrator does not lift the hierarchy. */
export function hierarchyBlocker(
  subject: Subject,
  target: ResolvedTarget,
  context: ResolvedContext,
): HierarchyBlocker | undefined {
  if (target.kind === 'member') return memberTargetBlocker(subject, target, context);
  if (target.kind !== 'role') return undefined;
  if (target.role.id === context.guildId) return {kind: 'everyone-role'};
  if (context.ownerId === context.memberId || ranksAbove(context, target.role)) return undefined;
  return hierarchyOf(context, target.role);
}

/** The bits to check: the row's permissions, their implicit prerequisites, and View Channel for any channel action. */
export function requiredBits(subject: Subject, context: ResolvedContext): bigint {
  const type = context.channel?.type;
  const threadOnly = type !== undefined && isThreadOnly(type) && subject.needsInThreadOnly;
  const needs = encodePermissions(threadOnly ? (subject.needsInThreadOnly ?? []) : subject.needs);
  return withPrerequisites(needs, type) | (subject.channel ? VIEW_CHANNEL : 0n);
}

export function evaluate(subject: Subject, target: ResolvedTarget, context: ResolvedContext): Evaluation {
  const permissions = computeResolved(context);
  const required = requiredBits(subject, context);
  const hierarchy = hierarchyBlocker(subject, target, context);
  return {
    permissions,
    required,
    missing: required & ~permissions.effective,
    silent: encodePermissions(subject.silentWithout ?? []),
    ...(hierarchy ? {hierarchy} : {}),
  };
}

export function isAllowed(evaluation: Evaluation): boolean {
  return evaluation.missing === 0n && evaluation.hierarchy === undefined;
}
