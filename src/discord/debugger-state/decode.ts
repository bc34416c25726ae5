/**
 * Reads the debugger state from a page URL's query. A parameter that cannot be used is left out and listed with the
 * reason, and everything else is kept; nothing throws. Roles are matched by their place among the `role` parameters
 * as written, so dropping a bad role does not make `bot=2` point at a different one.
 */
import {getBotAction, isBotActionId} from '../bot-actions';
import {MAX_BITFIELD} from '../bitfield';
import {isGuildChannelType} from '../effective-permissions/channel-types';
import {isPermissionKey} from '../permissions';
import {
  DEBUGGER_PARAMS,
  DEFAULT_DEBUGGER_STATE,
  MAX_DEBUGGER_ROLES,
  MAX_DEBUGGER_SEARCH_LENGTH,
  MAX_ROLE_NAME_LENGTH,
  type DebuggerOverwrite,
  type DebuggerParam,
  type DebuggerRole,
  type DebuggerState,
  type DebuggerSubject,
  type DebuggerTarget,
  type OverwriteTarget,
} from './model';

export type IgnoredReason =
  /** Not in the parameter's format (see DEBUGGER_PARAMS). */
  | 'bad-value'
  /** The whole query, or a role name, is over its limit. */
  | 'too-long'
  /** More than MAX_DEBUGGER_ROLES roles. */
  | 'too-many'
  /** Names a role that is not in the list (or was itself left out). */
  | 'unknown-role'
  /** Said twice (a second `everyone`, two overwrites for one target, both `action` and `perm`). */
  | 'duplicate'
  /** An overwrite without a `channel`. */
  | 'no-channel'
  /** A target for an action that has none, or of the wrong kind. */
  | 'no-target';

export interface IgnoredParam {
  readonly param: DebuggerParam | '';
  readonly value: string;
  readonly reason: IgnoredReason;
}

export interface DecodedDebuggerState {
  readonly state: DebuggerState;
  readonly ignored: readonly IgnoredParam[];
}

const CONTEXT_PARAMS: readonly DebuggerParam[] = [
  DEBUGGER_PARAMS.everyone,
  DEBUGGER_PARAMS.role,
  DEBUGGER_PARAMS.bot,
  DEBUGGER_PARAMS.owner,
  DEBUGGER_PARAMS.timeout,
  DEBUGGER_PARAMS.channel,
  DEBUGGER_PARAMS.overwrite,
];

class Reader {
  readonly ignored: IgnoredParam[] = [];
  /** Index among the `role` parameters as written → index in the decoded list. */
  readonly roleIndex = new Map<number, number>();

  constructor(readonly params: URLSearchParams) {}

  ignore(param: DebuggerParam, value: string, reason: IgnoredReason): undefined {
    this.ignored.push({param, value, reason});
    return undefined;
  }

  /** The first value of a parameter said once; later copies are listed as duplicates. */
  single(param: DebuggerParam): string | undefined {
    const [first, ...rest] = this.params.getAll(param);
    for (const value of rest) this.ignore(param, value, 'duplicate');
    return first;
  }

  /** A role index as written, mapped to the decoded list; unknown ones are listed under `param`. */
  role(param: DebuggerParam, text: string, whole: string): number | undefined {
    const mapped = /^[0-9]{1,3}$/.test(text) ? this.roleIndex.get(Number(text)) : undefined;
    return mapped ?? this.ignore(param, whole, /^[0-9]+$/.test(text) ? 'unknown-role' : 'bad-value');
  }
}

function readBits(text: string | undefined): bigint | undefined {
  if (text === undefined || !/^[0-9]{1,20}$/.test(text)) return undefined;
  const value = BigInt(text);
  return value <= MAX_BITFIELD ? value : undefined;
}

const ROLE = /^([0-9]{1,9}):([0-9]{1,20}):((?:[1-9][0-9]{0,19})?):(.*)$/s;

function readRole(text: string): DebuggerRole | undefined {
  const match = ROLE.exec(text);
  const permissions = readBits(match?.[2]);
  if (!match || permissions === undefined || (match[3] !== '' && BigInt(match[3] ?? '0') > MAX_BITFIELD)) {
    return undefined;
  }
  const id = match[3] ? {id: match[3]} : {};
  return {...id, name: match[4] ?? '', position: Number(match[1]), permissions};
}

function readRoles(reader: Reader): DebuggerRole[] {
  const roles: DebuggerRole[] = [];
  for (const [written, text] of reader.params.getAll(DEBUGGER_PARAMS.role).entries()) {
    const role = readRole(text);
    if (role === undefined) reader.ignore(DEBUGGER_PARAMS.role, text, 'bad-value');
    else if (role.name.length > MAX_ROLE_NAME_LENGTH) reader.ignore(DEBUGGER_PARAMS.role, text, 'too-long');
    else if (roles.length >= MAX_DEBUGGER_ROLES) reader.ignore(DEBUGGER_PARAMS.role, text, 'too-many');
    else {
      reader.roleIndex.set(written, roles.length);
      roles.push(role);
    }
  }
  return roles;
}

/** Comma-separated role indices, mapped, ascending, each once. */
function readRoleList(reader: Reader, param: DebuggerParam, text: string): number[] {
  const found = new Set<number>();
  for (const part of text.split(',')) {
    if (part === '') continue;
    const index = reader.role(param, part, text);
    if (index !== undefined) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

function readFlag(reader: Reader, param: DebuggerParam): boolean {
  const text = reader.single(param);
  if (text === undefined || text === '0') return false;
  return text === '1' ? true : (reader.ignore(param, text, 'bad-value') ?? false);
}

function readOverwriteTarget(reader: Reader, text: string, whole: string): OverwriteTarget | undefined {
  if (text === 'everyone' || text === 'bot') return text;
  return reader.role(DEBUGGER_PARAMS.overwrite, text, whole);
}

function readOverwrites(reader: Reader): DebuggerOverwrite[] {
  const overwrites: DebuggerOverwrite[] = [];
  for (const text of reader.params.getAll(DEBUGGER_PARAMS.overwrite)) {
    const [targetText = '', allowText, denyText, ...extra] = text.split(':');
    const allow = readBits(allowText);
    const deny = readBits(denyText);
    if (allow === undefined || deny === undefined || extra.length > 0) {
      reader.ignore(DEBUGGER_PARAMS.overwrite, text, 'bad-value');
      continue;
    }
    const target = readOverwriteTarget(reader, targetText, text);
    if (target === undefined) continue;
    if (overwrites.some((o) => o.target === target)) reader.ignore(DEBUGGER_PARAMS.overwrite, text, 'duplicate');
    else overwrites.push({target, allow, deny});
  }
  return overwrites;
}

function readChannel(reader: Reader): DebuggerState['channel'] {
  const text = reader.single(DEBUGGER_PARAMS.channel);
  const type = text !== undefined && /^[0-9]{1,2}$/.test(text) ? Number(text) : undefined;
  if (text !== undefined && !isGuildChannelType(type)) reader.ignore(DEBUGGER_PARAMS.channel, text, 'bad-value');
  if (!isGuildChannelType(type)) {
    for (const o of reader.params.getAll(DEBUGGER_PARAMS.overwrite))
      reader.ignore(DEBUGGER_PARAMS.overwrite, o, 'no-channel');
    return undefined;
  }
  return {type, overwrites: readOverwrites(reader)};
}

function readContext(reader: Reader): Omit<DebuggerState, 'subject' | 'target'> {
  const everyoneText = reader.single(DEBUGGER_PARAMS.everyone);
  const everyone = readBits(everyoneText);
  if (everyoneText !== undefined && everyone === undefined) {
    reader.ignore(DEBUGGER_PARAMS.everyone, everyoneText, 'bad-value');
  }
  const roles = readRoles(reader);
  const botText = reader.single(DEBUGGER_PARAMS.bot);
  const botRoles = botText === undefined ? [] : readRoleList(reader, DEBUGGER_PARAMS.bot, botText);
  const owner = readFlag(reader, DEBUGGER_PARAMS.owner);
  const timedOut = readFlag(reader, DEBUGGER_PARAMS.timeout);
  const channel = readChannel(reader);
  return {
    everyone: everyone ?? (everyoneText === undefined ? 0n : DEFAULT_DEBUGGER_STATE.everyone),
    roles,
    botRoles,
    owner,
    timedOut,
    ...(channel ? {channel} : {}),
  };
}

function readSubject(reader: Reader): DebuggerSubject | undefined {
  const action = reader.single(DEBUGGER_PARAMS.action);
  const key = reader.single(DEBUGGER_PARAMS.permission);
  if (action !== undefined && !isBotActionId(action)) reader.ignore(DEBUGGER_PARAMS.action, action, 'bad-value');
  if (key !== undefined && !isPermissionKey(key)) reader.ignore(DEBUGGER_PARAMS.permission, key, 'bad-value');
  const chosen: DebuggerSubject | undefined = isBotActionId(action)
    ? {kind: 'action', id: action}
    : isPermissionKey(key)
      ? {kind: 'permission', key}
      : undefined;
  if (chosen?.kind === 'action' && isPermissionKey(key)) reader.ignore(DEBUGGER_PARAMS.permission, key, 'duplicate');
  return chosen;
}

function readTarget(reader: Reader, subject: DebuggerSubject | undefined): DebuggerTarget | undefined {
  const text = reader.single(DEBUGGER_PARAMS.target);
  if (text === undefined) return undefined;
  const kind = subject?.kind === 'action' ? getBotAction(subject.id)?.target : undefined;
  if (kind === 'member') {
    return text === 'owner'
      ? {kind: 'owner'}
      : {kind: 'member', roles: readRoleList(reader, DEBUGGER_PARAMS.target, text)};
  }
  if (kind === 'role') {
    const role = reader.role(DEBUGGER_PARAMS.target, text, text);
    return role === undefined ? undefined : {kind: 'role', role};
  }
  return reader.ignore(DEBUGGER_PARAMS.target, text, 'no-target');
}

/**
 * The state a query string describes (with or without its '?'). Without any of the server parameters the server is
 * the default one; the action and target are read either way.
 */
export function decodeDebuggerState(search: string): DecodedDebuggerState {
  if (search.length > MAX_DEBUGGER_SEARCH_LENGTH) {
    return {state: DEFAULT_DEBUGGER_STATE, ignored: [{param: '', value: '', reason: 'too-long'}]};
  }
  const reader = new Reader(new URLSearchParams(search));
  const hasContext = CONTEXT_PARAMS.some((param) => reader.params.has(param));
  const {subject: defaultSubject, target: _defaultTarget, ...defaultContext} = DEFAULT_DEBUGGER_STATE;
  // A target's role indices refer to the default roles as they are when the query names no server.
  if (!hasContext) defaultContext.roles.forEach((_role, index) => reader.roleIndex.set(index, index));
  const context = hasContext ? readContext(reader) : defaultContext;
  const subject = readSubject(reader) ?? (hasContext ? undefined : defaultSubject);
  const target = readTarget(reader, subject);
  const state: DebuggerState = {...context, ...(subject ? {subject} : {}), ...(target ? {target} : {})};
  return {state, ignored: reader.ignored};
}
