/**
 * The debugger state as the computation reads it: a PermissionContext with stand-in IDs, and the action's target.
 */
import {getBotAction} from '../bot-actions';
import type {PermissionContext} from '../effective-permissions/context';
import type {ActionTargetInput} from '../effective-permissions/evaluate';
import type {DebuggerState, OverwriteTarget} from './model';

/** Stand-in IDs of debuggerContext(): the guild (and @everyone), the bot, and another member who owns the server. */
export const DEBUGGER_IDS = Object.freeze({guild: '1', bot: '2', otherOwner: '3', firstRole: 100});

/** The stand-in ID of the role at `index`; lower index, lower ID, so it wins a tie in position. */
export function debuggerRoleId(index: number): string {
  return String(DEBUGGER_IDS.firstRole + index);
}

/** The role index a stand-in ID stands for, to show a fix's role by name; undefined for @everyone or others. */
export function debuggerRoleIndex(id: string, state: DebuggerState): number | undefined {
  const index = Number(id) - DEBUGGER_IDS.firstRole;
  return /^[0-9]+$/.test(id) && Number.isInteger(index) && index >= 0 && index < state.roles.length ? index : undefined;
}

/** A fixed clock: a timed-out bot stays timed out however long the link sits in a chat. */
const DEBUGGER_NOW = '2026-01-01T00:00:00.000Z';
const DEBUGGER_TIMEOUT_UNTIL = '2026-01-02T00:00:00.000Z';

function overwriteId(target: OverwriteTarget): {id: string; type: 0 | 1} {
  if (target === 'everyone') return {id: DEBUGGER_IDS.guild, type: 0};
  if (target === 'bot') return {id: DEBUGGER_IDS.bot, type: 1};
  return {id: debuggerRoleId(target), type: 0};
}

/** The state as a context effectivePermissions and explainAction read. */
export function debuggerContext(state: DebuggerState): PermissionContext {
  return {
    guild: {id: DEBUGGER_IDS.guild, owner_id: state.owner ? DEBUGGER_IDS.bot : DEBUGGER_IDS.otherOwner},
    roles: [
      {id: DEBUGGER_IDS.guild, name: '@everyone', permissions: state.everyone.toString(), position: 0},
      ...state.roles.map((role, index) => ({
        id: debuggerRoleId(index),
        name: role.name,
        permissions: role.permissions.toString(),
        position: role.position,
      })),
    ],
    member: {
      user: {id: DEBUGGER_IDS.bot},
      roles: state.botRoles.map(debuggerRoleId),
      communication_disabled_until: state.timedOut ? DEBUGGER_TIMEOUT_UNTIL : null,
    },
    ...(state.channel
      ? {
          channel: {
            type: state.channel.type,
            permission_overwrites: state.channel.overwrites.map((o) => ({
              ...overwriteId(o.target),
              allow: o.allow.toString(),
              deny: o.deny.toString(),
            })),
          },
        }
      : {}),
    now: DEBUGGER_NOW,
  };
}

/** The state's target as explainAction takes it; undefined when the chosen action has none. */
export function debuggerTarget(state: DebuggerState): ActionTargetInput | undefined {
  const target = state.target;
  if (target === undefined || state.subject?.kind !== 'action') return undefined;
  if (getBotAction(state.subject.id)?.target === 'none') return undefined;
  if (target.kind === 'owner') return {isOwner: true};
  if (target.kind === 'role') return {roleId: debuggerRoleId(target.role)};
  return {memberRoles: target.roles.map(debuggerRoleId)};
}
