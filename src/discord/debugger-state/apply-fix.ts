/**
 * A proposed fix (effective-permissions/fixes.ts) made on the debugger's state, so the reader can press "Apply" and see
 * the answer change. It mirrors applyFixes() on a PermissionContext, with stand-in IDs mapped back to the state's
 * roles and overwrites; the test checks that both give the same context.
 */
import type {Fix} from '../effective-permissions/fixes';
import {DEBUGGER_IDS, debuggerRoleIndex} from './context';
import type {DebuggerOverwrite, DebuggerRole, DebuggerState, OverwriteTarget} from './model';

/** The overwrite target a stand-in ID stands for; undefined for an ID the state has no place for. */
export function overwriteTargetOf(id: string, type: 0 | 1, state: DebuggerState): OverwriteTarget | undefined {
  if (type === 1) return id === DEBUGGER_IDS.bot ? 'bot' : undefined;
  if (id === DEBUGGER_IDS.guild) return 'everyone';
  return debuggerRoleIndex(id, state);
}

function allow(state: DebuggerState, fix: Extract<Fix, {kind: 'overwrite-allow'}>): DebuggerState {
  const target = overwriteTargetOf(fix.overwriteId, fix.overwriteType, state);
  if (target === undefined || state.channel === undefined) return state;
  const overwrites = state.channel.overwrites;
  const next: readonly DebuggerOverwrite[] = overwrites.some((o) => o.target === target)
    ? overwrites.map((o) => (o.target === target ? {...o, allow: o.allow | fix.add, deny: o.deny & ~fix.add} : o))
    : [...overwrites, {target, allow: fix.add, deny: 0n}];
  return {...state, channel: {...state.channel, overwrites: next}};
}

function grant(state: DebuggerState, fix: Extract<Fix, {kind: 'role-grant'}>): DebuggerState {
  if (fix.roleId === DEBUGGER_IDS.guild) return {...state, everyone: fix.newPermissions};
  const index = debuggerRoleIndex(fix.roleId, state);
  if (index === undefined) return state;
  return {
    ...state,
    roles: state.roles.map((role, i) => (i === index ? {...role, permissions: fix.newPermissions} : role)),
  };
}

/** The position of the role a stand-in ID stands for: @everyone is at 0; undefined for an ID the state lacks. */
function positionOf(id: string, state: DebuggerState): number | undefined {
  if (id === DEBUGGER_IDS.guild) return 0;
  const index = debuggerRoleIndex(id, state);
  return index === undefined ? undefined : state.roles[index]?.position;
}

/**
 * One place above the other role, every role from there up shifted by one, as dragging it in Discord does. Like
 * applyFixes(), a move above a role the state does not have changes nothing.
 */
function moveAbove(state: DebuggerState, fix: Extract<Fix, {kind: 'move-role-above'}>): DebuggerState {
  const index = debuggerRoleIndex(fix.roleId, state);
  const abovePosition = positionOf(fix.aboveRoleId, state);
  if (index === undefined || abovePosition === undefined) return state;
  const position = abovePosition + 1;
  const roles = state.roles.map((role, i): DebuggerRole => {
    if (i === index) return {...role, position};
    return role.position < position ? role : {...role, position: role.position + 1};
  });
  return {...state, roles};
}

export function applyFixToState(state: DebuggerState, fix: Fix): DebuggerState {
  switch (fix.kind) {
    case 'overwrite-allow':
      return allow(state, fix);
    case 'role-grant':
      return grant(state, fix);
    case 'remove-timeout':
      return {...state, timedOut: false};
    case 'move-role-above':
      return moveAbove(state, fix);
    case 'not-fixable':
      return state;
  }
}

/**
 * The allow and deny integers an overwrite fix leaves on its overwrite, read from the state with the fix made, so the
 * numbers shown for API users are the ones "Try this fix here" sets. Undefined when the fix changes no overwrite.
 */
export function overwriteAfterFix(
  state: DebuggerState,
  fix: Extract<Fix, {kind: 'overwrite-allow'}>,
): Pick<DebuggerOverwrite, 'allow' | 'deny'> | undefined {
  const target = overwriteTargetOf(fix.overwriteId, fix.overwriteType, state);
  const after = applyFixToState(state, fix).channel?.overwrites.find((o) => o.target === target);
  return target === undefined || after === undefined ? undefined : {allow: after.allow, deny: after.deny};
}

/** Every change of one fix option, made together. */
export function applyFixesToState(state: DebuggerState, changes: readonly Fix[]): DebuggerState {
  return changes.reduce(applyFixToState, state);
}
