/**
 * The debugger state's shape, its parameter names and limits, and the state a fresh page shows. See
 * debugger-state.ts for the encoding.
 */
import type {BotActionId} from '../bot-actions';
import {GUILD_CHANNEL_TYPES, type GuildChannelType} from '../effective-permissions/channel-types';
import {encodePermissions} from '../permission-bits';
import type {PermissionKey} from '../permissions';

/** Every query parameter the debugger reads and writes. */
export const DEBUGGER_PARAMS = {
  /** @everyone's permissions, decimal. Always written, so a server with nothing in it still round-trips. */
  everyone: 'everyone',
  /** One per role, in list order: `position:permissions:id:name` (id may be empty; the name is the rest). */
  role: 'role',
  /** The bot's roles: indices into the role list, comma separated. */
  bot: 'bot',
  /** `1` when the bot owns the server. */
  owner: 'owner',
  /** `1` when the bot is timed out. */
  timeout: 'timeout',
  /** The channel's type (discord-api-types `ChannelType`); absent for server-wide permissions. */
  channel: 'channel',
  /** One per channel overwrite: `target:allow:deny`, target `everyone`, `bot` or a role index. */
  overwrite: 'ow',
  /** The chosen action's ID (bot-actions.ts). */
  action: 'action',
  /** Or a single permission's key (permissions.ts). */
  permission: 'perm',
  /** Who the action is done to: `owner`, or the member's role indices; for giving a role, that role's index. */
  target: 'target',
} as const;

export type DebuggerParam = (typeof DEBUGGER_PARAMS)[keyof typeof DEBUGGER_PARAMS];

/** Discord's own limits: 250 roles a server, 100 characters a role name. */
export const MAX_DEBUGGER_ROLES = 250;
export const MAX_ROLE_NAME_LENGTH = 100;
/** Longest query read: 250 roles with long names fit; anything longer is not a link this page wrote. */
export const MAX_DEBUGGER_SEARCH_LENGTH = 65_536;

export interface DebuggerRole {
  /** The role's Discord ID when the reader pasted one; a label only. */
  readonly id?: string;
  readonly name: string;
  readonly position: number;
  readonly permissions: bigint;
}

export type OverwriteTarget = 'everyone' | 'bot' | number;

export interface DebuggerOverwrite {
  readonly target: OverwriteTarget;
  readonly allow: bigint;
  readonly deny: bigint;
}

export type DebuggerSubject =
  {readonly kind: 'action'; readonly id: BotActionId} | {readonly kind: 'permission'; readonly key: PermissionKey};

export type DebuggerTarget =
  | {readonly kind: 'member'; readonly roles: readonly number[]}
  | {readonly kind: 'owner'}
  | {readonly kind: 'role'; readonly role: number};

export interface DebuggerState {
  readonly everyone: bigint;
  readonly roles: readonly DebuggerRole[];
  /** Indices into `roles`, ascending, each once. */
  readonly botRoles: readonly number[];
  readonly owner: boolean;
  readonly timedOut: boolean;
  readonly channel?: {readonly type: GuildChannelType; readonly overwrites: readonly DebuggerOverwrite[]};
  readonly subject?: DebuggerSubject;
  readonly target?: DebuggerTarget;
}

/** What a fresh page shows: a bot with its own role that may read and write, in a plain text channel. */
export const DEFAULT_DEBUGGER_STATE: DebuggerState = Object.freeze({
  everyone: encodePermissions(['ViewChannel', 'SendMessages', 'ReadMessageHistory', 'AddReactions']),
  roles: Object.freeze([
    Object.freeze({
      name: 'Bot',
      position: 1,
      permissions: encodePermissions(['ViewChannel', 'SendMessages', 'EmbedLinks', 'AttachFiles']),
    }),
  ]),
  botRoles: Object.freeze([0]),
  owner: false,
  timedOut: false,
  channel: Object.freeze({type: GUILD_CHANNEL_TYPES.GuildText, overwrites: Object.freeze([])}),
  subject: Object.freeze({kind: 'action', id: 'send-message'} as const),
});
