/**
 * Every query parameter of the site's pages: its name, its limit and how its value is read. Pure (no React, no
 * router), so each tool follows the same rules and they are tested once: a value from the page URL is validated
 * like typed input, and one a tool cannot use comes back as a problem to show, never as a silent drop.
 *
 * Parameters that mirror the invite link (the builder's) take their names from the link's own table, so a shared
 * builder URL reads like the link it makes. Parsers that check against a catalogue (scopes, intent needs) take it
 * as an argument: every page imports this module, and no page should download a catalogue it does not show.
 */
import {parseBitfield, type BitfieldError} from '@site/src/discord/bitfield';
import type {ScopeName} from '@site/src/discord/scopes';
import {parseSnowflake, type SnowflakeErrorCode} from '@site/src/discord/snowflake';
import {APPLICATION_ID_LIMIT, whyNotStored, type NotStored} from './application-id';
import {PAGE_PARAMS, type PageParamKey} from './page-param-names';

/** The invite builder's parameters, in form order: the builder reads them, the checker's "Edit" link writes them. */
export const BUILDER_PAGE_PARAMS = [
  PAGE_PARAMS.scope,
  PAGE_PARAMS.permissions,
  PAGE_PARAMS.integrationType,
  PAGE_PARAMS.guildId,
  PAGE_PARAMS.disableGuildSelect,
  PAGE_PARAMS.codeGrant,
  PAGE_PARAMS.redirectUri,
  PAGE_PARAMS.state,
  PAGE_PARAMS.prompt,
] as const;
export type BuilderPageParam = (typeof BUILDER_PAGE_PARAMS)[number];
export type PageParamName = (typeof PAGE_PARAMS)[PageParamKey];

/**
 * The longest value each free-text parameter may have. Real values are far shorter; a longer one is reported at its
 * field and not used, never cut. The checker's text is put in the page URL only up to its limit (a longer paste is
 * still checked, from the field).
 */
export const PAGE_PARAM_LIMITS = {
  clientId: APPLICATION_ID_LIMIT,
  guildId: 64,
  redirectUri: 1000,
  state: 500,
  check: 2000,
} as const satisfies Partial<Record<PageParamKey, number>>;

/** Why a page parameter's value cannot be used (or only in part). */
export type TooLong = {readonly code: 'too-long'; readonly limit: number; readonly length: number};
export type BadBitfield = {readonly code: 'bitfield'; readonly error: BitfieldError};
export type UnknownScopes = {
  readonly code: 'unknown-scopes';
  readonly names: readonly string[];
  readonly usedDefault: boolean;
};
export type BadChoice = {readonly code: 'bad-choice'; readonly value: string; readonly allowed: readonly string[]};
export type UnknownNeeds = {readonly code: 'unknown-needs'; readonly ids: readonly string[]};
export type BadClientId = {readonly code: 'client-id'; readonly reason: NotStored | SnowflakeErrorCode};
export type PageParamError = TooLong | BadBitfield | UnknownScopes | BadChoice | UnknownNeeds | BadClientId;

/**
 * A parameter as read: the value the tool uses, and why the URL's own value could not be used as it is. On a
 * problem `value` is what the tool falls back to (the default, or the usable part), so a bad link never clears
 * the tool.
 */
export type PageParamResult<T, E extends PageParamError = PageParamError> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly value: T; readonly error: E};

function fine<T>(value: T): {readonly ok: true; readonly value: T} {
  return {ok: true, value};
}

function problem<T, E extends PageParamError>(
  value: T,
  error: E,
): {readonly ok: false; readonly value: T; readonly error: E} {
  return {ok: false, value, error};
}

/** Free text with a limit ('' when absent). Over the limit: kept whole (the field shows it) with the problem. */
export function parseTextParam(value: string | null, limit: number): PageParamResult<string, TooLong> {
  const text = value ?? '';
  return text.length > limit ? problem(text, {code: 'too-long', limit, length: text.length}) : fine(text);
}

/** A bitfield (permissions, intents); 0 when absent or unreadable. */
export function parseBitfieldParam(value: string | null): PageParamResult<bigint, BadBitfield> {
  if (value === null) return fine(0n);
  const parsed = parseBitfield(value);
  return parsed.ok ? fine(parsed.value) : problem(0n, {code: 'bitfield', error: parsed.error});
}

/** `scope` absent means the builder's default (a plain bot invite); an empty selection is written as 'none'. */
export const NO_SCOPES = 'none';
export const DEFAULT_SCOPES: readonly ScopeName[] = Object.freeze(['bot']);

/** The names of `scopes` that are in `order` (every scope the tool knows, in display order), in that order. */
export function sortScopes(scopes: Iterable<string>, order: readonly ScopeName[]): ScopeName[] {
  const wanted = new Set(scopes);
  return order.filter((scope) => wanted.has(scope));
}

/**
 * The builder's scopes, checked against `order` (every known scope, in display order). Unknown names are reported
 * and left out; when none of the names given is usable, the default is used instead, so a bad link never turns
 * into a link without a scope.
 */
export function parseScopeParam(
  value: string | null,
  order: readonly ScopeName[],
): PageParamResult<readonly ScopeName[], UnknownScopes> {
  if (value === null) return fine(DEFAULT_SCOPES);
  const names = [...new Set(value.split(/[\s+]+/).filter((name) => name !== ''))];
  const unknown = names.filter((name) => name !== NO_SCOPES && !order.some((scope) => scope === name));
  const known = sortScopes(names, order);
  if (unknown.length === 0) return fine(known);
  const usedDefault = known.length === 0;
  return problem(usedDefault ? DEFAULT_SCOPES : known, {code: 'unknown-scopes', names: unknown, usedDefault});
}

/** The page URL value for a scope selection: none for the default, 'none' for an empty one. */
export function formatScopeParam(scopes: readonly string[], order: readonly ScopeName[]): string | null {
  const sorted = sortScopes(scopes, order);
  if (sorted.length === 0) return NO_SCOPES;
  if (sorted.join(' ') === DEFAULT_SCOPES.join(' ')) return null;
  return sorted.join(' ');
}

/** One of a few fixed values (or absent: null). Anything else is reported and treated as absent. */
export function parseChoiceParam<T extends string>(
  value: string | null,
  allowed: readonly T[],
): PageParamResult<T | null, BadChoice> {
  if (value === null) return fine(null);
  const found = allowed.find((choice) => choice === value);
  return found === undefined ? problem(null, {code: 'bad-choice', value, allowed}) : fine(found);
}

export const PROMPT_CHOICES = ['consent', 'none'] as const;
export type Prompt = (typeof PROMPT_CHOICES)[number];
/** integration_type: 0 (server install, the default) or 1 (user install). */
export const INTEGRATION_CHOICES = ['0', '1'] as const;
/** On/off boxes: the values each takes. */
export const FLAG_CHOICES = {codeGrant: ['1'], disableGuildSelect: ['true', 'false']} as const;

/**
 * A `client_id` from the page URL, checked like typed input in the Application ID field: not blank, not over the
 * limit, not a secret, and a valid Discord ID. The value is the ID in plain digits.
 */
export function parseClientIdParam(value: string | null): PageParamResult<string | null, BadClientId> {
  if (value === null) return fine(null);
  const notStored = whyNotStored(value);
  if (notStored !== null) return problem(null, {code: 'client-id', reason: notStored});
  const parsed = parseSnowflake(value);
  return parsed.ok ? fine(parsed.value) : problem(null, {code: 'client-id', reason: parsed.error.code});
}

/** The checker's text in the page URL: left out when empty or over its limit (the field still holds it). */
export function formatCheckParam(text: string): string | null {
  return text.trim() === '' || text.length > PAGE_PARAM_LIMITS.check ? null : text;
}
