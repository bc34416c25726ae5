/**
 * A member's permissions as Discord computes them, rule by rule, and the "why can't my bot …?" explanation built on
 * them. The modules live in effective-permissions/: context (what is computed from, and its validation), rules (the
 * permission sets, derived from permissions.ts), compute (the steps), hierarchy, evaluate / explain /
 * propose-fixes / fixes (one action: what blocks it and what would fix it).
 *
 * Checked against discord/discord-api-docs, developers/topics/permissions.mdx at 258deb49 (2026-04-20; unchanged at
 * the snapshot c98d64bc, 2026-08-06):
 * - "Permission Overwrites": base = @everyone's permissions | the member's roles; the owner and Administrator get ALL
 *   (compute_base_permissions); then the @everyone overwrite (deny, then allow), all of the member's role overwrites
 *   together (every deny, then every allow), then the member's own overwrite; Administrator skips overwrites
 *   (compute_overwrites). ALL is every row of the catalogue (permissions.ts), which matches discord.py's
 *   `Permissions.all()`.
 * - "Implicit Permissions": without VIEW_CHANNEL on a channel nothing that can be set on a channel remains (we take
 *   every row with a T, V or S channel type; server-wide ones such as Kick Members stay); without SEND_MESSAGES,
 *   MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES and EMBED_LINKS go; in voice and stage channels, without CONNECT,
 *   "other permissions such as MANAGE_CHANNEL" go: the exact set is in rules.ts. The page says "for text channels"
 *   of the first two; we apply View Channel to every channel and Send Messages to every channel that holds messages
 *   (voice and stage have a text chat). These rules apply in a channel only, and not to the owner or Administrator.
 * - "Permissions For Timed Out Members": "lose all permissions except VIEW_CHANNEL and READ_MESSAGE_HISTORY. Owners and
 *   admin users with ADMINISTRATOR permissions are exempt." Applied server-wide too, as discord.py's
 *   `Member.guild_permissions` does. A timeout counts while communication_disabled_until is after `now`
 *   (developers/resources/guild.mdx at 9c46c329: "null or a time in the past if the user is not timed out").
 * - "Permission Hierarchy" and the Role object's `position` ("roles with the same position are sorted by id"): see
 *   effective-permissions/hierarchy.ts.
 * - "Inherited Permissions (Threads)": threads take the parent channel's permissions, so a thread is refused and its
 *   parent is what to pass.
 * Channel type numbers: discord-api-types 0.38.57 `ChannelType`, checked at compile time (channel-types.ts).
 * The differential test runs this against a port of discord.py (tests/fixtures/reference-permissions.ts).
 */
export type {ContextError, ContextErrorCode} from './effective-permissions/context-error';
export type {PermissionContext, PermissionOverwriteInput} from './effective-permissions/context';
export {
  effectivePermissions,
  type EffectivePermissions,
  type PermissionStep,
  type PermissionStepKind,
} from './effective-permissions/compute';
export {
  CHANNEL_PERMISSIONS,
  NEEDS_CONNECT,
  NEEDS_SEND_MESSAGES,
  TIMEOUT_KEEPS,
  type ImplicitKind,
} from './effective-permissions/rules';
export {GUILD_CHANNEL_TYPES, THREAD_CHANNEL_TYPES, type GuildChannelType} from './effective-permissions/channel-types';
export type {ActionTargetInput, HierarchyBlocker} from './effective-permissions/evaluate';
export {explainAction, explainPermission, type ActionVerdict, type Blocker} from './effective-permissions/explain';
export {applyFixes, type Fix, type FixOption, type NotFixableReason} from './effective-permissions/fixes';
