/**
 * The permission sets Discord's rules work with, each derived from the catalogue rows (permissions.ts) so a new
 * permission falls into the right set by its row alone. Sources are in effective-permissions.ts.
 */
import {encodePermissions} from '../permission-bits';
import {ALL_PERMISSIONS, PERMISSION_CATALOGUE, type PermissionKey} from '../permissions';
import {holdsMessages, isVoiceBased} from './channel-types';

/** "ALL" in the docs' pseudocode: what the owner and Administrator get. */
export const ALL: bigint = ALL_PERMISSIONS;

export const ADMINISTRATOR: bigint = encodePermissions(['Administrator']);
export const VIEW_CHANNEL: bigint = encodePermissions(['ViewChannel']);
export const SEND_MESSAGES: bigint = encodePermissions(['SendMessages']);
export const CONNECT: bigint = encodePermissions(['Connect']);

/** Every permission the docs' table marks T, V or S: what an overwrite can set, and what losing View Channel takes. */
export const CHANNEL_PERMISSIONS: bigint = PERMISSION_CATALOGUE.maskOf((row) => row.channels.length > 0);

/** "Denying SEND_MESSAGES implicitly denies MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES, and EMBED_LINKS." */
export const NEEDS_SEND_MESSAGES: bigint = encodePermissions([
  'MentionEveryone',
  'SendTTSMessages',
  'AttachFiles',
  'EmbedLinks',
]);

/**
 * The docs name only MANAGE_CHANNEL ("other permissions such as"). We take every permission whose rows apply to voice
 * or stage channels and not to text ones (they only mean something in a call, and voice events need CONNECT per
 * guild-scheduled-event.mdx), plus Manage Channels (the docs' example) and Manage Permissions, which discord.py also
 * drops ("voice channels cannot be edited by people who can't connect to them"). Use Activities stays: its rows say
 * it applies to text channels too, where discord.py removes it with the voice set.
 */
export const NEEDS_CONNECT: bigint =
  PERMISSION_CATALOGUE.maskOf((row) => row.channels.length > 0 && !row.channels.includes('text')) |
  encodePermissions(['ManageChannels', 'ManageRoles']);

/** "Timed out members will temporarily lose all permissions except VIEW_CHANNEL and READ_MESSAGE_HISTORY." */
export const TIMEOUT_KEEPS: bigint = encodePermissions(['ViewChannel', 'ReadMessageHistory']);

export type ImplicitKind = 'implicit-view' | 'implicit-send' | 'implicit-connect';

/** One implicit denial: without `needs` in a channel of a kind it covers, `takes` goes. */
export interface ImplicitRule {
  readonly kind: ImplicitKind;
  readonly needs: bigint;
  readonly needsKey: PermissionKey;
  readonly takes: bigint;
  readonly appliesTo: (channelType: number) => boolean;
}

/** In the order they run: View first, so a hidden channel is blamed on View Channel and not on a later rule. */
export const IMPLICIT_RULES: readonly ImplicitRule[] = Object.freeze([
  {
    kind: 'implicit-view',
    needs: VIEW_CHANNEL,
    needsKey: 'ViewChannel',
    takes: CHANNEL_PERMISSIONS,
    appliesTo: () => true,
  },
  {
    kind: 'implicit-send',
    needs: SEND_MESSAGES,
    needsKey: 'SendMessages',
    takes: NEEDS_SEND_MESSAGES,
    appliesTo: holdsMessages,
  },
  {
    kind: 'implicit-connect',
    needs: CONNECT,
    needsKey: 'Connect',
    takes: NEEDS_CONNECT & ~CONNECT,
    appliesTo: isVoiceBased,
  },
] as const satisfies readonly ImplicitRule[]);

/**
 * What a set of needed permissions really needs in a channel of this type: the bits, plus each implicit rule's
 * prerequisite when the rule would take one of them (Embed Links needs Send Messages; everything needs View Channel).
 */
export function withPrerequisites(needs: bigint, channelType: number | undefined): bigint {
  if (channelType === undefined) return needs;
  let all = needs;
  // View runs first and takes every channel permission, Send Messages and Connect included, so one pass is enough.
  for (const rule of IMPLICIT_RULES) {
    if (rule.appliesTo(channelType) && (all & rule.takes) !== 0n) all |= rule.needs;
  }
  return all;
}
