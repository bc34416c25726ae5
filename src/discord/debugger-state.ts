/**
 * The permission debugger's whole state, kept in the page URL so a reader can share "my bot can't do X here" as a
 * link. The encoding is compact but readable (`?everyone=1024&role=1:2048::Bot&bot=0&channel=0&ow=everyone:0:2048`);
 * decoding never throws: a parameter it cannot use is left out and listed, and the rest is kept.
 *
 * The state is a simplified server: the member is always "the bot", and roles are referred to by their index in
 * `roles`, since a role typed in by hand has no ID. debuggerContext() (debugger-state/context.ts) turns it into a
 * PermissionContext with stand-in IDs in list order, so two roles at one position rank by their order in the list as
 * they would by ID; an ID the reader pasted is kept as a label only.
 */
import {DEBUGGER_PARAMS, type DebuggerState, type DebuggerTarget, type OverwriteTarget} from './debugger-state/model';

export {
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
} from './debugger-state/model';
export {
  DEBUGGER_IDS,
  debuggerContext,
  debuggerRoleId,
  debuggerRoleIndex,
  debuggerTarget,
} from './debugger-state/context';
export {
  decodeDebuggerState,
  type DecodedDebuggerState,
  type IgnoredParam,
  type IgnoredReason,
} from './debugger-state/decode';

function overwriteTargetText(target: OverwriteTarget): string {
  return typeof target === 'number' ? String(target) : target;
}

function targetText(target: DebuggerTarget): string {
  if (target.kind === 'owner') return 'owner';
  return target.kind === 'role' ? String(target.role) : target.roles.join(',');
}

/** The query string (without '?') for a state; parameters in a fixed order so equal states give equal links. */
export function encodeDebuggerState(state: DebuggerState): string {
  const params = new URLSearchParams();
  params.append(DEBUGGER_PARAMS.everyone, state.everyone.toString());
  for (const role of state.roles) {
    params.append(DEBUGGER_PARAMS.role, `${role.position}:${role.permissions}:${role.id ?? ''}:${role.name}`);
  }
  if (state.botRoles.length > 0) params.append(DEBUGGER_PARAMS.bot, state.botRoles.join(','));
  if (state.owner) params.append(DEBUGGER_PARAMS.owner, '1');
  if (state.timedOut) params.append(DEBUGGER_PARAMS.timeout, '1');
  if (state.channel) {
    params.append(DEBUGGER_PARAMS.channel, String(state.channel.type));
    for (const o of state.channel.overwrites) {
      params.append(DEBUGGER_PARAMS.overwrite, `${overwriteTargetText(o.target)}:${o.allow}:${o.deny}`);
    }
  }
  if (state.subject?.kind === 'action') params.append(DEBUGGER_PARAMS.action, state.subject.id);
  if (state.subject?.kind === 'permission') params.append(DEBUGGER_PARAMS.permission, state.subject.key);
  if (state.target) params.append(DEBUGGER_PARAMS.target, targetText(state.target));
  return params.toString();
}
