/**
 * A pasted permission context (what the page's snippets print) as the debugger's state, so the reader can go on
 * editing it by hand. Roles are listed highest first, as Discord's role list shows them; on equal positions the lower
 * ID ranks higher, and so does the earlier role in the state (debuggerRoleId), so the order keeps every comparison.
 */
import {GUILD_CHANNEL_TYPES, isGuildChannelType} from '../effective-permissions/channel-types';
import {
  resolveContext,
  type PermissionContext,
  type ResolvedContext,
  type ResolvedRole,
} from '../effective-permissions/context';
import type {ContextError} from '../effective-permissions/context-error';
import {ok, type Result} from '../result';
import {
  MAX_DEBUGGER_ROLES,
  MAX_ROLE_NAME_LENGTH,
  type DebuggerOverwrite,
  type DebuggerRole,
  type DebuggerState,
} from './model';

export interface ContextImport {
  readonly state: DebuggerState;
  /**
   * Overwrites left out: for members other than the bot or for roles the server lacks (neither changes the bot's
   * permissions), and for roles past the limit.
   */
  readonly skippedOverwrites: number;
  /** Roles past MAX_DEBUGGER_ROLES (more than a server can have), left out. */
  readonly skippedRoles: number;
}

function byRank(a: {position: number; id: string}, b: {position: number; id: string}): number {
  if (a.position !== b.position) return b.position - a.position;
  const [x, y] = [BigInt(a.id), BigInt(b.id)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The highest role position the page URL carries: decode.ts reads at most 9 digits. */
const MAX_URL_POSITION = 999_999_999;

/**
 * The name cut to the limit without splitting a character that takes two UTF-16 units. A surrogate without its pair
 * becomes U+FFFD, as the page URL would carry it.
 */
function nameOf(name = ''): string {
  let cut = '';
  for (const char of name) {
    const safe = char.length === 1 && /[\uD800-\uDFFF]/.test(char) ? '\uFFFD' : char;
    if (cut.length + safe.length > MAX_ROLE_NAME_LENGTH) break;
    cut += safe;
  }
  return cut;
}

/**
 * The positions as pasted; when one is past what the URL carries, each distinct position is replaced by its place
 * among them from the bottom (ties stay ties), which ranks every pair of roles as before.
 */
function withUrlPositions(roles: readonly ResolvedRole[]): readonly ResolvedRole[] {
  if (roles.every((role) => role.position <= MAX_URL_POSITION)) return roles;
  const distinct = [...new Set(roles.map((role) => role.position))].sort((a, b) => a - b);
  return roles.map((role) => ({...role, position: distinct.indexOf(role.position)}));
}

/** The roles as state; an ID is kept as a label only if the URL can carry it (decode.ts refuses "0"). */
function stateRoles(roles: readonly ResolvedRole[]): DebuggerRole[] {
  return withUrlPositions(roles).map((role) => ({
    ...(role.id === '0' ? {} : {id: role.id}),
    name: nameOf(role.name),
    position: role.position,
    permissions: role.permissions,
  }));
}

function overwritesOf(
  resolved: ResolvedContext,
  indexOf: ReadonlyMap<string, number>,
): {overwrites: DebuggerOverwrite[]; skipped: number} {
  const overwrites: DebuggerOverwrite[] = [];
  let skipped = 0;
  for (const o of resolved.channel?.overwrites ?? []) {
    const target =
      o.type === 1
        ? o.id === resolved.memberId
          ? 'bot'
          : undefined
        : o.id === resolved.guildId
          ? 'everyone'
          : indexOf.get(o.id);
    if (target === undefined) skipped += 1;
    else overwrites.push({target, allow: o.allow, deny: o.deny});
  }
  return {overwrites, skipped};
}

/**
 * The context as state. `keep` supplies what a paste does not say: the chosen action or permission. The target is
 * dropped, since it names roles by their place in the old list.
 */
export function debuggerStateFromContext(
  context: PermissionContext,
  keep: Pick<DebuggerState, 'subject'>,
): Result<ContextImport, ContextError> {
  const resolved = resolveContext(context);
  if (!resolved.ok) return resolved;
  const r = resolved.value;
  const all = [...r.roles.values()].filter((role) => role.id !== r.guildId).sort(byRank);
  const roles = all.slice(0, MAX_DEBUGGER_ROLES);
  const indexOf = new Map(roles.map((role, index) => [role.id, index]));
  const {overwrites, skipped} = overwritesOf(r, indexOf);
  const channelType = r.channel?.type;
  const state: DebuggerState = {
    everyone: r.everyone.permissions,
    roles: stateRoles(roles),
    botRoles: r.memberRoles
      .map((role) => indexOf.get(role.id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b),
    owner: r.ownerId === r.memberId,
    timedOut: r.timeoutUntil !== undefined && r.timeoutUntil.ms > r.nowMs,
    ...(channelType === undefined
      ? {}
      : {
          channel: {
            type: isGuildChannelType(channelType) ? channelType : GUILD_CHANNEL_TYPES.GuildText,
            overwrites,
          },
        }),
    ...(keep.subject ? {subject: keep.subject} : {}),
  };
  return ok({state, skippedOverwrites: skipped, skippedRoles: all.length - roles.length});
}
