/**
 * The role hierarchy ("Permission Hierarchy" in developers/topics/permissions.mdx at 258deb49): which role ranks
 * higher, a member's highest role, and whether the bot may act on a member or hand out a role. Ties in `position` are
 * broken by ID, the lower (older) ID ranking higher, as the Role object's docs state ("roles with the same position
 * are sorted by id") and as both libraries implement: discord.js `RoleManager#comparePositions`
 * (packages/discord.js/src/managers/RoleManager.js, discordjs/discord.js at 219ad7ba, 2026-07-21) and discord.py
 * `Role.__lt__` (discord/role.py at 44a44e93). @everyone is always the lowest (discord.py says so explicitly).
 * The docs list kick, ban and nicknames; timing out is held to the same rule, as discord.js's `moderatable` requires
 * `manageable` (GuildMember.js at 3d612158). Administrator does not lift the hierarchy; the owner is above it.
 */
import type {ResolvedContext, ResolvedRole} from './context';

/** Positive when `a` ranks above `b`, negative when below, 0 only for the same role. */
export function compareRoles(a: ResolvedRole, b: ResolvedRole, guildId: string): number {
  if (a.id === b.id) return 0;
  if (a.id === guildId) return -1;
  if (b.id === guildId) return 1;
  if (a.position !== b.position) return a.position - b.position;
  return BigInt(a.id) < BigInt(b.id) ? 1 : -1;
}

/** Highest first: the order a role list is shown in, and in which role steps are reported. */
export function byRankDescending(roles: readonly ResolvedRole[], guildId: string): ResolvedRole[] {
  return [...roles].sort((a, b) => compareRoles(b, a, guildId));
}

/** A member's highest role; @everyone for a member with no other role. */
export function highestRole(roles: readonly ResolvedRole[], context: ResolvedContext): ResolvedRole {
  return byRankDescending(roles, context.guildId)[0] ?? context.everyone;
}

/** Whether the bot's highest role ranks strictly above `other`. */
export function ranksAbove(context: ResolvedContext, other: ResolvedRole): boolean {
  return compareRoles(highestRole(context.memberRoles, context), other, context.guildId) > 0;
}
