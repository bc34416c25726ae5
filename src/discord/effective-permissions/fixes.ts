/**
 * Concrete changes that would let the bot do something, and how to apply them to a context. explain.ts proposes
 * them and keeps only those that pass when the changed context is computed again, so no fix here is a guess.
 */
import type {PermissionContext, PermissionOverwriteInput} from './context';

/** Why no change to the bot's own roles or overwrites can help. */
export type NotFixableReason =
  /** Nobody acts on the server owner. */
  | 'target-owner'
  /** Members with Administrator cannot be timed out. */
  | 'target-administrator'
  /** Every member has @everyone; it is not given. */
  | 'everyone-role'
  /** Every role of the bot is the role to give or one the target has too, so moving one up lifts the target as well. */
  | 'no-other-bot-role'
  /** The bot has no role but @everyone, so there is no role to grant a permission to or to move up. */
  | 'bot-has-no-role';

export type Fix =
  /** Add `add` to an overwrite's allow and take it out of its deny; `create` when the overwrite does not exist yet. */
  | {
      readonly kind: 'overwrite-allow';
      readonly overwriteId: string;
      readonly overwriteType: 0 | 1;
      readonly add: bigint;
      readonly create: boolean;
    }
  /** Give a role more permissions; `newPermissions` is the integer to set. */
  | {readonly kind: 'role-grant'; readonly roleId: string; readonly add: bigint; readonly newPermissions: bigint}
  | {readonly kind: 'remove-timeout'}
  /** Drag the bot's role `roleId` just above `aboveRoleId` in Server Settings → Roles. */
  | {readonly kind: 'move-role-above'; readonly roleId: string; readonly aboveRoleId: string}
  | {readonly kind: 'not-fixable'; readonly reason: NotFixableReason};

/** One way to make the action work: every change in it, made together. */
export interface FixOption {
  readonly changes: readonly Fix[];
}

type Roles = PermissionContext['roles'];
type Overwrites = readonly PermissionOverwriteInput[];

/** Reads a permission string the validator accepted; anything else counts as 0 rather than throwing. */
function bits(text: string): bigint {
  return /^[0-9]{1,20}$/.test(text) ? BigInt(text) : 0n;
}

function allowOn(overwrites: Overwrites, fix: Extract<Fix, {kind: 'overwrite-allow'}>): Overwrites {
  const same = (o: PermissionOverwriteInput) => o.id === fix.overwriteId && o.type === fix.overwriteType;
  if (!overwrites.some(same)) {
    return [...overwrites, {id: fix.overwriteId, type: fix.overwriteType, allow: fix.add.toString(), deny: '0'}];
  }
  return overwrites.map((o) =>
    same(o) ? {...o, allow: (bits(o.allow) | fix.add).toString(), deny: (bits(o.deny) & ~fix.add).toString()} : o,
  );
}

function grant(roles: Roles, fix: Extract<Fix, {kind: 'role-grant'}>): Roles {
  return roles.map((role) => (role.id === fix.roleId ? {...role, permissions: fix.newPermissions.toString()} : role));
}

/**
 * Puts the role one place above the other and shifts every role from there up by one, as reordering in Discord does,
 * so no other pair of roles changes order.
 */
function moveAbove(roles: Roles, fix: Extract<Fix, {kind: 'move-role-above'}>, guildId: string): Roles {
  const above = roles.find((role) => role.id === fix.aboveRoleId);
  if (above === undefined) return roles;
  const position = above.position + 1;
  return roles.map((role) => {
    if (role.id === fix.roleId) return {...role, position};
    if (role.id === guildId || role.position < position) return role;
    return {...role, position: role.position + 1};
  });
}

function applyOne(context: PermissionContext, fix: Fix): PermissionContext {
  switch (fix.kind) {
    case 'overwrite-allow':
      if (!context.channel) return context;
      return {
        ...context,
        channel: {...context.channel, permission_overwrites: allowOn(context.channel.permission_overwrites ?? [], fix)},
      };
    case 'role-grant':
      return {...context, roles: grant(context.roles, fix)};
    case 'remove-timeout':
      return {...context, member: {...context.member, communication_disabled_until: null}};
    case 'move-role-above':
      return {...context, roles: moveAbove(context.roles, fix, context.guild.id)};
    case 'not-fixable':
      return context;
  }
}

/**
 * The context as it would be after the changes: what a reader would get by making them in Discord. Changes that
 * name something the context lacks (an overwrite without a channel, an unknown role) change nothing.
 */
export function applyFixes(context: PermissionContext, changes: readonly Fix[]): PermissionContext {
  return changes.reduce(applyOne, context);
}
