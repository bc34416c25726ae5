/**
 * Why a permission context (typed in, pasted as JSON, or read from the page URL) cannot be used. The codes are a
 * closed union because the view translates each one; the details are what its message needs to point at the spot.
 */
export type ContextErrorCode =
  /** The pasted text is not JSON; `position` is where JSON.parse stopped, when the engine says. */
  | 'bad-json'
  /** The pasted text is longer than `limit`. */
  | 'too-large'
  /** `path` should be an object (the whole context, guild, member, channel, a role or an overwrite). */
  | 'not-an-object'
  /** `path` should be a list (roles, member.roles, channel.permission_overwrites). */
  | 'not-a-list'
  | 'missing-field'
  /** `path` has a value of the wrong JSON type (a role name that is not text). */
  | 'bad-field-type'
  /** Not an ID: 1–20 digits, at most 2^64 − 1. */
  | 'bad-snowflake'
  /** Not a permission integer as Discord sends it: a string of decimal digits, at most 64 bits. */
  | 'bad-permission-string'
  /** Role positions are whole numbers from 0. */
  | 'bad-position'
  /** An overwrite's type is 0 (role) or 1 (member). */
  | 'bad-overwrite-type'
  /** Not a guild channel type this guide knows (DMs have no permissions to compute). */
  | 'bad-channel-type'
  /** A thread: its permissions are its parent channel's, so the parent is what to pass. */
  | 'thread-channel'
  /** Not an ISO 8601 date-time such as Discord sends ("2026-03-01T12:00:00.000000+00:00"). */
  | 'bad-time'
  /** Two roles, or two overwrites, with one ID. */
  | 'duplicate-id'
  /** No role has the guild's ID: the @everyone role, which every guild has and every permission starts from. */
  | 'missing-everyone-role'
  /** The member (or the target) has a role the roles list does not contain. */
  | 'role-not-found'
  /** explainAction: no action has this ID; explainPermission: no permission has this key. */
  | 'unknown-action'
  /** explainAction: the target does not fit the action (a role for a kick, a member for giving a role). */
  | 'bad-target';

export interface ContextError {
  readonly code: ContextErrorCode;
  /** Where, in the context's own field names: "roles[2].permissions", "member.roles[0]". */
  readonly path?: string;
  /** The offending value as text, for the message ("abc is not a permission integer"). */
  readonly value?: string;
  /** bad-json: index in the text where parsing stopped. */
  readonly position?: number;
  /** too-large: the limit in characters. */
  readonly limit?: number;
}

export function contextError(code: ContextErrorCode, path?: string, value?: unknown): ContextError {
  return {
    code,
    ...(path === undefined ? {} : {path}),
    ...(value === undefined ? {} : {value: describeValue(value)}),
  };
}

/** Short text for a value a reader pasted, so a message can quote it without dumping a whole object. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'array' : 'object';
}
