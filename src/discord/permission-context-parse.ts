/**
 * Reads a permission context a reader pastes as JSON: the guild (or a whole guild object from GET /guilds/{id}, whose
 * `roles` are used when the top level has none), the roles, the bot's member object and optionally a channel, as the
 * API returns them. Extra fields are ignored: only what the computation uses is kept. Two older spellings are read
 * as Discord meant them:
 * - overwrite `type` "role" / "member", and "0" / "1": API v6 and v7 sent the names, and audit log `options` still send
 *   "string-serialized numbers" (discord/discord-api-docs developers/change-log.mdx at f36e7ca3, "API and Gateway V8",
 *   2020-09-24; discord-api-types' v6 `OverwriteType`).
 * - a permission given as a JSON number (v6's `permissions`, `allow`, `deny`): taken only while it is a safe integer,
 *   since JSON.parse has already rounded anything larger and the result would silently be a different value.
 * Never throws; every problem is a ContextError with the field's path.
 */
import {resolveContext, type PermissionContext} from './effective-permissions/context';
import {contextError, type ContextError} from './effective-permissions/context-error';
import {isRecord} from './effective-permissions/fields';
import {err, ok, type Result} from './result';

/**
 * The longest paste read, in UTF-16 code units. A guild's 250 roles as the API returns them are about 100 000
 * characters; twice that leaves room for a channel with many overwrites and pretty-printing.
 */
export const MAX_CONTEXT_TEXT_LENGTH = 262_144;

const OVERWRITE_TYPE_NAMES: ReadonlyMap<string, 0 | 1> = new Map([
  ['role', 0],
  ['member', 1],
  ['0', 0],
  ['1', 1],
]);

type Json = Readonly<Record<string, unknown>>;

/** Copies only the named fields that are present, so a missing field stays missing for the validator to report. */
function pick(source: Json, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

function permissionText(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
}

function mapList(value: unknown, each: (item: Json) => unknown): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? each(item) : item)) : value;
}

function normalizeRole(role: Json): unknown {
  const picked = pick(role, ['id', 'name', 'permissions', 'position']);
  return 'permissions' in picked ? {...picked, permissions: permissionText(picked.permissions)} : picked;
}

function normalizeOverwrite(overwrite: Json): unknown {
  const picked = pick(overwrite, ['id', 'type', 'allow', 'deny']);
  const type = typeof picked.type === 'string' ? (OVERWRITE_TYPE_NAMES.get(picked.type) ?? picked.type) : picked.type;
  const texts = {allow: permissionText(picked.allow), deny: permissionText(picked.deny)};
  return {...picked, ...(type === undefined ? {} : {type}), ...pick(texts, ['allow', 'deny'])};
}

function normalizeChannel(channel: unknown): unknown {
  if (!isRecord(channel)) return channel;
  const picked = pick(channel, ['type', 'permission_overwrites']);
  if (typeof channel.id === 'string') picked.id = channel.id;
  if (typeof channel.name === 'string') picked.name = channel.name;
  if ('permission_overwrites' in picked) {
    picked.permission_overwrites = mapList(picked.permission_overwrites, normalizeOverwrite);
  }
  return picked;
}

function normalizeMember(member: unknown): unknown {
  if (!isRecord(member)) return member;
  const picked = pick(member, ['user', 'roles', 'communication_disabled_until']);
  return isRecord(picked.user) ? {...picked, user: pick(picked.user, ['id'])} : picked;
}

function normalize(json: Json): Record<string, unknown> {
  const guild = json.guild;
  const roles = json.roles ?? (isRecord(guild) ? guild.roles : undefined);
  const context: Record<string, unknown> = {
    guild: isRecord(guild) ? pick(guild, ['id', 'owner_id']) : guild,
    roles: mapList(roles, normalizeRole),
    member: normalizeMember(json.member),
  };
  if (json.channel !== undefined && json.channel !== null) context.channel = normalizeChannel(json.channel);
  if (json.now !== undefined) context.now = json.now;
  return context;
}

/** Where JSON.parse stopped, from its message; engines word it differently and some leave it out. */
function errorPosition(error: unknown): number | undefined {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function parseJson(text: string): Result<unknown, ContextError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const position = errorPosition(error);
    return err({code: 'bad-json', ...(position === undefined ? {} : {position})});
  }
}

export function parsePermissionContext(text: string): Result<PermissionContext, ContextError> {
  if (typeof text !== 'string') return err(contextError('bad-json'));
  if (text.length > MAX_CONTEXT_TEXT_LENGTH) return err({code: 'too-large', limit: MAX_CONTEXT_TEXT_LENGTH});
  const json = parseJson(text);
  if (!json.ok) return json;
  if (!isRecord(json.value)) return err(contextError('not-an-object', undefined, json.value));
  const context = normalize(json.value);
  const checked = resolveContext(context);
  // resolveContext accepted every field the type names, and normalize kept no others.
  return checked.ok ? ok(context as unknown as PermissionContext) : checked;
}
