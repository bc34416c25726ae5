/**
 * Reading a bot invite link that a reader pasted: parse it into InviteParams (parseInviteUrl), then lint it with
 * the same rules as the builder (checkInviteUrl). Apart from build.ts and lint.ts, so a page that only builds links
 * (or shows the empty checker) doesn't load the parser. Sources: see params.ts.
 */
import {err, ok, type Result} from '../result';
import {lintFinding, lintInvite, type LintFinding, type LintOptions} from './lint';
import {
  canonicalId,
  isParamName,
  MAX_PERMISSIONS,
  splitScopes,
  type InviteField,
  type InviteParams,
  type ParsedInvite,
} from './params';
import {PARAM_NAMES, type ParamName} from './param-names';

import {MAX_INVITE_INPUT_LENGTH} from './limits';

export {MAX_INVITE_INPUT_LENGTH};

export type InviteParseErrorCode =
  'empty' | 'too-long' | 'not-a-url' | 'not-discord' | 'not-authorize-path' | 'unsafe-scheme';

export interface InviteParseError {
  readonly code: InviteParseErrorCode;
  /** For 'not-discord' and 'not-authorize-path': the host that was found, so the message can name it. */
  readonly host?: string;
  /** For 'unsafe-scheme': the scheme that was refused, lower case, without ':'. */
  readonly scheme?: string;
}

/** Hosts that serve the authorize page. discordapp.com is the old domain; it still redirects. */
const AUTHORIZE_HOSTS: ReadonlySet<string> = new Set([
  'discord.com',
  'ptb.discord.com',
  'canary.discord.com',
  'discordapp.com',
  'ptb.discordapp.com',
  'canary.discordapp.com',
]);
/** Discord hosts that never serve it; readers often paste a server invite (discord.gg/…) by mistake. */
const OTHER_DISCORD_HOSTS: ReadonlySet<string> = new Set(['discord.gg', 'www.discord.com', 'www.discordapp.com']);
const AUTHORIZE_PATH = /^\/(?:api\/(?:v\d{1,2}\/)?)?oauth2\/authorize\/?$/i;

// C0/C1 controls and zero-width characters ride along with copy and paste and never belong in a URL.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

type Scheme = ParsedInvite['raw']['scheme'];
type Values = Partial<Record<ParamName, string>>;

/** Strips what chat apps and docs wrap links in: <…> (Discord's no-embed form), `…`, quotes, [text](…). */
function unwrap(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const markdown = /^\[[^\]]*\]\((.*)\)$/s.exec(current);
    const quoted = /^(?:`.*`|".*"|'.*')$/s.test(current) && current.length >= 2 ? current.slice(1, -1) : undefined;
    // Only unwrap <…> around something link-shaped, so '<script>' stays markup and is refused below.
    const angled = /^<(?:https?:\/\/|[\w-]+(?:\.[\w-]+)+\/)[^<>]*>$/is.test(current) ? current.slice(1, -1) : undefined;
    const inner = markdown?.[1] ?? quoted ?? angled;
    if (inner === undefined) break;
    current = inner.trim();
  }
  return current;
}

function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function readPermissions(value: string): bigint | undefined {
  if (!/^[0-9]{1,20}$/.test(value)) return undefined;
  const parsed = BigInt(value);
  return parsed <= MAX_PERMISSIONS ? parsed : undefined;
}

/** The pasted text, cleaned of wrapping and invisible characters, and decoded when the whole link was encoded. */
function cleanInput(input: string): Result<string, InviteParseError> {
  if (input.length > MAX_INVITE_INPUT_LENGTH) return err({code: 'too-long'});
  const text = unwrap(input.replace(INVISIBLE, '').trim());
  if (text.length === 0) return err({code: 'empty'});
  // A link copied out of another URL's query arrives fully encoded: 'https%3A%2F%2Fdiscord.com%2F…'.
  if (!/^https?%3a/i.test(text)) return ok(text);
  const decoded = decodeOnce(text);
  return decoded === undefined ? err({code: 'not-a-url'}) : ok(decoded.trim());
}

/** The scheme the reader typed, 'none' for a bare 'discord.com/…', or the refused scheme. */
function readScheme(text: string): Result<Scheme, InviteParseError> {
  const match = SCHEME.exec(text);
  if (match === null) return ok('none');
  // 'discord.com:443/…' and 'localhost:8080' start like a scheme but are a host and port.
  if (match[1]?.includes('.') || /^[^:]+:\d+(?:[/?#]|$)/.test(text)) return ok('none');
  const name = (match[1] ?? '').toLowerCase();
  return name === 'http' || name === 'https' ? ok(name) : err({code: 'unsafe-scheme', scheme: name});
}

/** The URL, when the text is one on a host that serves Discord's authorize page. */
function readAuthorizeUrl(text: string, scheme: Scheme): Result<{url: URL; host: string}, InviteParseError> {
  // Markup ('<script>', '<a href="…">') is not a link; a real link has these characters percent-encoded.
  // Whitespace is fine in a decoded query ('scope=bot applications.commands') but never before it.
  if (/[<>"`\\]/.test(text) || /\s/.test(text.split(/[?#]/)[0] ?? '')) return err({code: 'not-a-url'});
  let url: URL;
  try {
    url = new URL(scheme === 'none' ? `https://${text.replace(/^\/\//, '')}` : text);
  } catch {
    return err({code: 'not-a-url'});
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.length === 0) return err({code: 'not-a-url'});
  const isDiscord = AUTHORIZE_HOSTS.has(host) || OTHER_DISCORD_HOSTS.has(host);
  // A port other than the default is not Discord's page, whatever the name says. ('discord.com@evil.example' fails
  // on the name: its host is evil.example.)
  if (!isDiscord || url.port !== '') {
    return err({code: 'not-discord', host: url.port === '' ? host : `${host}:${url.port}`});
  }
  if (!AUTHORIZE_HOSTS.has(host) || !AUTHORIZE_PATH.test(url.pathname)) {
    return err({code: 'not-authorize-path', host});
  }
  return ok({url, host});
}

/** The first value of each known parameter, and which parameters repeat or are unknown. */
function readQuery(rawSearch: string): Pick<ParsedInvite['raw'], 'duplicates' | 'unknownParams'> & {values: Values} {
  // '&amp;' is how a link looks when copied out of HTML source.
  let search = rawSearch.replace(/&amp;/gi, '&');
  // A query that was encoded as a whole ('?client_id%3D1%26scope%3Dbot') has no '=' left to split on.
  if (!search.includes('=') && /%3d/i.test(search)) search = decodeOnce(search) ?? search;

  const values: Values = {};
  const duplicates: string[] = [];
  const unknownParams: string[] = [];
  for (const [rawName, value] of new URLSearchParams(search)) {
    const name = rawName.trim();
    if (!isParamName(name)) {
      if (name.length > 0 && !unknownParams.includes(name)) unknownParams.push(name);
    } else if (values[name] !== undefined) {
      if (!duplicates.includes(name)) duplicates.push(name);
    } else {
      values[name] = value;
    }
  }
  return {values, duplicates, unknownParams};
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

/** The parameters with a fixed set of values; one outside the set is left out. */
function readChoices(trimmed: (field: InviteField) => string | undefined): Mutable<Partial<InviteParams>> {
  const out: Mutable<Partial<InviteParams>> = {};
  const disable = trimmed('disableGuildSelect')?.toLowerCase();
  if (disable === 'true' || disable === 'false') out.disableGuildSelect = disable === 'true';
  const integration = trimmed('integrationType');
  if (integration === '0' || integration === '1') out.integrationType = integration === '1' ? 1 : 0;
  if (trimmed('responseType') === 'code') out.responseType = 'code';
  const prompt = trimmed('prompt');
  if (prompt === 'consent' || prompt === 'none') out.prompt = prompt;
  return out;
}

/** The parameters the values ask for; a value that does not read is left out (lint reports it from raw.values). */
function toParams(values: Values): InviteParams {
  const read = (field: InviteField): string | undefined => values[PARAM_NAMES[field]];
  const params: Mutable<InviteParams> = {
    clientId: canonicalId(read('clientId') ?? ''),
    scopes: splitScopes(read('scopes') ?? ''),
  };
  const permissions = read('permissions');
  const permissionsValue = permissions === undefined ? undefined : readPermissions(permissions.trim());
  if (permissionsValue !== undefined) params.permissions = permissionsValue;
  const guildId = read('guildId');
  if (guildId !== undefined) params.guildId = canonicalId(guildId);
  const redirectUri = read('redirectUri');
  if (redirectUri !== undefined) params.redirectUri = redirectUri;
  const state = read('state');
  if (state !== undefined) params.state = state;
  return {...params, ...readChoices((field) => read(field)?.trim())};
}

/**
 * Reads an authorize link as readers paste it: with or without `https://`, on discord.com or discordapp.com (also
 * ptb./canary.), with `/api` or `/api/v10` in the path, encoded or not, wrapped in <>, quotes or a Markdown link,
 * with stray whitespace. Refuses anything that is not an authorize link on a Discord host, and never throws.
 */
export function parseInviteUrl(input: string): Result<ParsedInvite, InviteParseError> {
  const text = cleanInput(input);
  if (!text.ok) return text;
  const scheme = readScheme(text.value);
  if (!scheme.ok) return scheme;
  const link = readAuthorizeUrl(text.value, scheme.value);
  if (!link.ok) return link;
  const {url, host} = link.value;
  const query = readQuery(url.search);
  return ok({
    params: toParams(query.values),
    raw: {host, path: url.pathname, scheme: scheme.value, ...query},
  });
}

/**
 * Parse and lint in one go, for the link checker: a non-Discord host becomes a finding the view can explain
 * ("this link goes to example.com, not Discord") rather than only an error code.
 */
export function checkInviteUrl(
  input: string,
  options: LintOptions = {},
): {readonly parsed: Result<ParsedInvite, InviteParseError>; readonly findings: readonly LintFinding[]} {
  const parsed = parseInviteUrl(input);
  if (parsed.ok) return {parsed, findings: lintInvite(parsed.value, options)};
  const findings =
    parsed.error.code === 'not-discord'
      ? [lintFinding('non-discord-host', {data: {host: parsed.error.host ?? ''}})]
      : [];
  return {parsed, findings};
}
