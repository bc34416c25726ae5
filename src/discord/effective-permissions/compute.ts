/**
 * Discord's permission computation, rule by rule, recording what each rule changed. The order and the rules are the
 * docs' (cited in effective-permissions.ts): base permissions, overwrites, then implicit denials and the timeout.
 */
import {err, ok, type Result} from '../result';
import type {ContextError} from './context-error';
import {resolveContext, type PermissionContext, type ResolvedContext, type ResolvedOverwrite} from './context';
import {byRankDescending} from './hierarchy';
import {ADMINISTRATOR, ALL, IMPLICIT_RULES, TIMEOUT_KEEPS, type ImplicitKind} from './rules';

interface Change {
  /** Bits this rule turned on. */
  readonly added: bigint;
  /** Bits this rule turned off. */
  readonly removed: bigint;
}

/** One rule that changed the member's permissions, in the order the rules ran; rules that changed nothing are left out. */
export type PermissionStep = Change &
  (
    | {readonly kind: 'owner'}
    | {readonly kind: 'everyone-role'; readonly roleId: string}
    | {readonly kind: 'role'; readonly roleId: string}
    /** roleIds: the member's roles (with @everyone) that carry Administrator. */
    | {readonly kind: 'administrator'; readonly roleIds: readonly string[]}
    | {readonly kind: 'overwrite-everyone'; readonly overwriteId: string}
    /** The member's role overwrites, applied together: every deny, then every allow. */
    | {readonly kind: 'overwrite-roles'; readonly overwriteIds: readonly string[]}
    | {readonly kind: 'overwrite-member'; readonly overwriteId: string}
    | {readonly kind: ImplicitKind}
    | {readonly kind: 'timeout'; readonly until: string}
  );

export type PermissionStepKind = PermissionStep['kind'];

export interface EffectivePermissions {
  /** compute_base_permissions: owner → all; @everyone | roles; Administrator → all. */
  readonly base: bigint;
  /** compute_overwrites on base; equal to base without a channel. */
  readonly computed: bigint;
  /** computed after the implicit denials (channel only) and the timeout rule. */
  readonly effective: bigint;
  readonly steps: readonly PermissionStep[];
}

type StepDetails = PermissionStep extends infer S ? (S extends PermissionStep ? Omit<S, keyof Change> : never) : never;

/** Runs rules over a value, keeping a step for each one that changed it. */
class Trace {
  value = 0n;
  readonly steps: PermissionStep[] = [];

  set(next: bigint, details: StepDetails): void {
    const added = next & ~this.value;
    const removed = this.value & ~next;
    if (added !== 0n || removed !== 0n) this.steps.push({...details, added, removed} as PermissionStep);
    this.value = next;
  }

  overwrite(allow: bigint, deny: bigint, details: StepDetails): void {
    this.set((this.value & ~deny) | allow, details);
  }
}

function isOwner(context: ResolvedContext): boolean {
  return context.ownerId === context.memberId;
}

function applyBase(trace: Trace, context: ResolvedContext): void {
  if (isOwner(context)) {
    trace.set(ALL, {kind: 'owner'});
    return;
  }
  trace.set(context.everyone.permissions, {kind: 'everyone-role', roleId: context.everyone.id});
  for (const role of byRankDescending(context.memberRoles, context.guildId)) {
    trace.set(trace.value | role.permissions, {kind: 'role', roleId: role.id});
  }
  if ((trace.value & ADMINISTRATOR) !== 0n) {
    const roleIds = [context.everyone, ...context.memberRoles]
      .filter((role) => (role.permissions & ADMINISTRATOR) !== 0n)
      .map((role) => role.id);
    trace.set(ALL, {kind: 'administrator', roleIds});
  }
}

function applyOverwrites(trace: Trace, context: ResolvedContext, overwrites: readonly ResolvedOverwrite[]): void {
  const everyone = overwrites.find((o) => o.type === 0 && o.id === context.guildId);
  if (everyone) trace.overwrite(everyone.allow, everyone.deny, {kind: 'overwrite-everyone', overwriteId: everyone.id});

  const memberRoleIds = new Set(context.memberRoles.map((role) => role.id));
  const forRoles = overwrites.filter((o) => o.type === 0 && memberRoleIds.has(o.id));
  let allow = 0n;
  let deny = 0n;
  for (const overwrite of forRoles) {
    allow |= overwrite.allow;
    deny |= overwrite.deny;
  }
  trace.overwrite(allow, deny, {kind: 'overwrite-roles', overwriteIds: forRoles.map((o) => o.id)});

  const member = overwrites.find((o) => o.type === 1 && o.id === context.memberId);
  if (member) trace.overwrite(member.allow, member.deny, {kind: 'overwrite-member', overwriteId: member.id});
}

function applyImplicit(trace: Trace, channelType: number): void {
  for (const rule of IMPLICIT_RULES) {
    if (rule.appliesTo(channelType) && (trace.value & rule.needs) === 0n) {
      trace.set(trace.value & ~rule.takes, {kind: rule.kind});
    }
  }
}

/** The computation on an already validated context; explainAction reuses it to check fixes. */
export function computeResolved(context: ResolvedContext): EffectivePermissions {
  const trace = new Trace();
  applyBase(trace, context);
  const base = trace.value;
  // Owner and Administrator (both leave base = ALL, which has the Administrator bit) skip everything below:
  // "ADMINISTRATOR overrides any potential permission overwrites", and the timeout docs exempt both.
  if ((base & ADMINISTRATOR) !== 0n) {
    return {base, computed: base, effective: base, steps: trace.steps};
  }
  if (context.channel) applyOverwrites(trace, context, context.channel.overwrites);
  const computed = trace.value;
  if (context.channel) applyImplicit(trace, context.channel.type);
  if (context.timeoutUntil && context.timeoutUntil.ms > context.nowMs) {
    trace.set(trace.value & TIMEOUT_KEEPS, {kind: 'timeout', until: context.timeoutUntil.text});
  }
  return {base, computed, effective: trace.value, steps: trace.steps};
}

/**
 * A member's permissions in a server, or in one channel of it, as Discord computes them, with the rule that made
 * each change. Bad input is an error value naming the field; nothing throws.
 */
export function effectivePermissions(context: PermissionContext): Result<EffectivePermissions, ContextError> {
  const resolved = resolveContext(context);
  return resolved.ok ? ok(computeResolved(resolved.value)) : err(resolved.error);
}
