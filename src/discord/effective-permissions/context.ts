/**
 * What permissions are computed from (the subset of Discord's API objects that matters), and its validation into
 * bigints, maps and times. Validation reads `unknown` so untyped callers get an error value, never an exception.
 */
import {err, ok} from '../result';
import {isGuildChannelType, isThreadChannelType} from './channel-types';
import {contextError} from './context-error';
import {
  isRecord,
  readList,
  readObject,
  readOptionalName,
  readOptionalTime,
  readPermissions,
  readPosition,
  readSnowflake,
  type Read,
} from './fields';

export interface PermissionOverwriteInput {
  readonly id: string;
  /** 0: a role (or @everyone, whose ID is the guild's); 1: a member. */
  readonly type: 0 | 1;
  readonly allow: string;
  readonly deny: string;
}

export interface PermissionContext {
  readonly guild: {readonly id: string; readonly owner_id: string};
  /** APIRole subset; the @everyone role has the guild's id. */
  readonly roles: readonly {
    readonly id: string;
    readonly name?: string;
    readonly permissions: string;
    readonly position: number;
  }[];
  /** APIGuildMember subset: the bot's (or any member's) roles and timeout. */
  readonly member: {
    readonly user: {readonly id: string};
    readonly roles: readonly string[];
    readonly communication_disabled_until?: string | null;
  };
  /** APIChannel subset; leave out for server-wide permissions. For a thread, pass its parent channel. */
  readonly channel?: {
    readonly id?: string;
    readonly name?: string;
    readonly type: number;
    readonly permission_overwrites?: readonly PermissionOverwriteInput[];
  };
  /** ISO time used for the timeout check; defaults to now. */
  readonly now?: string;
}

export interface ResolvedRole {
  readonly id: string;
  readonly name?: string;
  readonly permissions: bigint;
  readonly position: number;
}

export interface ResolvedOverwrite {
  readonly id: string;
  readonly type: 0 | 1;
  readonly allow: bigint;
  readonly deny: bigint;
}

export interface ResolvedContext {
  readonly guildId: string;
  readonly ownerId: string;
  readonly memberId: string;
  readonly roles: ReadonlyMap<string, ResolvedRole>;
  readonly everyone: ResolvedRole;
  /** The member's roles other than @everyone, each once, in the order given. */
  readonly memberRoles: readonly ResolvedRole[];
  readonly timeoutUntil?: {readonly text: string; readonly ms: number};
  readonly nowMs: number;
  readonly channel?: {readonly type: number; readonly overwrites: readonly ResolvedOverwrite[]};
}

function readRole(value: unknown, path: string): Read<ResolvedRole> {
  const role = readObject(value, path);
  if (!role.ok) return role;
  const id = readSnowflake(role.value.id, `${path}.id`);
  if (!id.ok) return id;
  const name = readOptionalName(role.value.name, `${path}.name`);
  if (!name.ok) return name;
  const permissions = readPermissions(role.value.permissions, `${path}.permissions`);
  if (!permissions.ok) return permissions;
  const position = readPosition(role.value.position, `${path}.position`);
  if (!position.ok) return position;
  const named = name.value === undefined ? {} : {name: name.value};
  return ok({id: id.value, ...named, permissions: permissions.value, position: position.value});
}

export function readRoles(value: unknown, guildId: string): Read<ReadonlyMap<string, ResolvedRole>> {
  const list = readList(value, 'roles');
  if (!list.ok) return list;
  const roles = new Map<string, ResolvedRole>();
  for (const [index, item] of list.value.entries()) {
    const role = readRole(item, `roles[${index}]`);
    if (!role.ok) return role;
    if (roles.has(role.value.id)) return err(contextError('duplicate-id', `roles[${index}].id`, role.value.id));
    roles.set(role.value.id, role.value);
  }
  return roles.has(guildId) ? ok(roles) : err(contextError('missing-everyone-role', 'roles', guildId));
}

/** Role IDs that must all be in `roles`; @everyone and repeats are dropped, since they change nothing. */
export function readRoleIds(
  value: unknown,
  path: string,
  roles: ReadonlyMap<string, ResolvedRole>,
  guildId: string,
): Read<readonly ResolvedRole[]> {
  const list = readList(value, path);
  if (!list.ok) return list;
  const found: ResolvedRole[] = [];
  for (const [index, item] of list.value.entries()) {
    const id = readSnowflake(item, `${path}[${index}]`);
    if (!id.ok) return id;
    const role = roles.get(id.value);
    if (role === undefined) return err(contextError('role-not-found', `${path}[${index}]`, id.value));
    if (id.value !== guildId && !found.includes(role)) found.push(role);
  }
  return ok(found);
}

function readOverwrite(value: unknown, path: string): Read<ResolvedOverwrite> {
  const overwrite = readObject(value, path);
  if (!overwrite.ok) return overwrite;
  const id = readSnowflake(overwrite.value.id, `${path}.id`);
  if (!id.ok) return id;
  const type = overwrite.value.type;
  if (type === undefined) return err(contextError('missing-field', `${path}.type`));
  if (type !== 0 && type !== 1) return err(contextError('bad-overwrite-type', `${path}.type`, type));
  const allow = readPermissions(overwrite.value.allow, `${path}.allow`);
  if (!allow.ok) return allow;
  const deny = readPermissions(overwrite.value.deny, `${path}.deny`);
  if (!deny.ok) return deny;
  return ok({id: id.value, type, allow: allow.value, deny: deny.value});
}

function readOverwrites(value: unknown, path: string): Read<readonly ResolvedOverwrite[]> {
  if (value === undefined || value === null) return ok([]);
  const list = readList(value, path);
  if (!list.ok) return list;
  const overwrites: ResolvedOverwrite[] = [];
  for (const [index, item] of list.value.entries()) {
    const overwrite = readOverwrite(item, `${path}[${index}]`);
    if (!overwrite.ok) return overwrite;
    if (overwrites.some((seen) => seen.id === overwrite.value.id)) {
      return err(contextError('duplicate-id', `${path}[${index}].id`, overwrite.value.id));
    }
    overwrites.push(overwrite.value);
  }
  return ok(overwrites);
}

export function readChannel(value: unknown): Read<ResolvedContext['channel']> {
  if (value === undefined || value === null) return ok(undefined);
  if (!isRecord(value)) return err(contextError('not-an-object', 'channel', value));
  const type = value.type;
  if (type === undefined) return err(contextError('missing-field', 'channel.type'));
  if (isThreadChannelType(type)) return err(contextError('thread-channel', 'channel.type', type));
  if (!isGuildChannelType(type)) return err(contextError('bad-channel-type', 'channel.type', type));
  const overwrites = readOverwrites(value.permission_overwrites, 'channel.permission_overwrites');
  return overwrites.ok ? ok({type, overwrites: overwrites.value}) : overwrites;
}

interface MemberFields {
  readonly memberId: string;
  readonly memberRoles: readonly ResolvedRole[];
  readonly timeoutUntil?: {readonly text: string; readonly ms: number};
}

function readMember(value: unknown, roles: ReadonlyMap<string, ResolvedRole>, guildId: string): Read<MemberFields> {
  const member = readObject(value, 'member');
  if (!member.ok) return member;
  const user = readObject(member.value.user, 'member.user');
  if (!user.ok) return user;
  const memberId = readSnowflake(user.value.id, 'member.user.id');
  if (!memberId.ok) return memberId;
  const memberRoles = readRoleIds(member.value.roles, 'member.roles', roles, guildId);
  if (!memberRoles.ok) return memberRoles;
  const until = readOptionalTime(member.value.communication_disabled_until, 'member.communication_disabled_until');
  if (!until.ok) return until;
  const timeout = until.value === undefined ? {} : {timeoutUntil: until.value};
  return ok({memberId: memberId.value, memberRoles: memberRoles.value, ...timeout});
}

/**
 * Checks a context and turns its strings into what the rules compute with. `now` is read here, once, so a
 * computation and its explanation agree on whether a timeout is still running.
 */
export function resolveContext(input: unknown, clock: () => number = Date.now): Read<ResolvedContext> {
  const context = readObject(input, 'context');
  if (!context.ok) return err(contextError('not-an-object', undefined, input));
  const guild = readObject(context.value.guild, 'guild');
  if (!guild.ok) return guild;
  const guildId = readSnowflake(guild.value.id, 'guild.id');
  if (!guildId.ok) return guildId;
  const ownerId = readSnowflake(guild.value.owner_id, 'guild.owner_id');
  if (!ownerId.ok) return ownerId;
  const roles = readRoles(context.value.roles, guildId.value);
  if (!roles.ok) return roles;
  const member = readMember(context.value.member, roles.value, guildId.value);
  if (!member.ok) return member;
  const channel = readChannel(context.value.channel);
  if (!channel.ok) return channel;
  const now = readOptionalTime(context.value.now, 'now');
  if (!now.ok) return now;
  return ok({
    guildId: guildId.value,
    ownerId: ownerId.value,
    roles: roles.value,
    // readRoles made sure the guild's own ID is a role.
    everyone: roles.value.get(guildId.value) as ResolvedRole,
    ...member.value,
    nowMs: now.value?.ms ?? clock(),
    ...(channel.value === undefined ? {} : {channel: channel.value}),
  });
}
