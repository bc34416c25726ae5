/**
 * The channel types the permission debugger reasons about, by their discord-api-types `ChannelType` names. The values
 * are written out (a type-only import keeps discord-api-types out of the page bundle) and `satisfies` checks each one
 * against the enum, so a wrong number is a compile error rather than a silent mismatch.
 */
import type {ChannelType} from 'discord-api-types/v10';

type Named<K extends keyof typeof ChannelType> = {readonly [P in K]: (typeof ChannelType)[P]};

/** Guild channels that carry their own permission overwrites. */
export const GUILD_CHANNEL_TYPES = {
  GuildText: 0,
  GuildVoice: 2,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  GuildStageVoice: 13,
  GuildDirectory: 14,
  GuildForum: 15,
  GuildMedia: 16,
} as const satisfies Named<
  | 'GuildText'
  | 'GuildVoice'
  | 'GuildCategory'
  | 'GuildAnnouncement'
  | 'GuildStageVoice'
  | 'GuildDirectory'
  | 'GuildForum'
  | 'GuildMedia'
>;

/** Threads have no overwrites of their own: they inherit the parent's, which is what the reader must pass. */
export const THREAD_CHANNEL_TYPES = {
  AnnouncementThread: 10,
  PublicThread: 11,
  PrivateThread: 12,
} as const satisfies Named<'AnnouncementThread' | 'PublicThread' | 'PrivateThread'>;

export type GuildChannelTypeName = keyof typeof GUILD_CHANNEL_TYPES;
export type GuildChannelType = (typeof GUILD_CHANNEL_TYPES)[GuildChannelTypeName];

const GUILD_VALUES: readonly number[] = Object.values(GUILD_CHANNEL_TYPES);
const THREAD_VALUES: readonly number[] = Object.values(THREAD_CHANNEL_TYPES);

export function isGuildChannelType(value: unknown): value is GuildChannelType {
  return typeof value === 'number' && GUILD_VALUES.includes(value);
}

export function isThreadChannelType(value: unknown): boolean {
  return typeof value === 'number' && THREAD_VALUES.includes(value);
}

/** Voice and stage channels: the ones where Connect gates the rest ("Implicit Permissions"). */
export function isVoiceBased(type: number): boolean {
  return type === GUILD_CHANNEL_TYPES.GuildVoice || type === GUILD_CHANNEL_TYPES.GuildStageVoice;
}

/**
 * Channels that hold messages, where the Send Messages rule applies. Voice and stage channels have had a text chat
 * since 2022; categories and directories hold none.
 */
export function holdsMessages(type: number): boolean {
  return type !== GUILD_CHANNEL_TYPES.GuildCategory && type !== GUILD_CHANNEL_TYPES.GuildDirectory;
}

/** Forum and media channels: a post is a thread, and starting one needs Send Messages, not Create Public Threads. */
export function isThreadOnly(type: number): boolean {
  return type === GUILD_CHANNEL_TYPES.GuildForum || type === GUILD_CHANNEL_TYPES.GuildMedia;
}
