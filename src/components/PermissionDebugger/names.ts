import '@site/src/client/messages/debugger';
import {translate} from '@docusaurus/Translate';
import {
  DEBUGGER_IDS,
  debuggerRoleIndex,
  type DebuggerState,
  type OverwriteTarget,
} from '@site/src/discord/debugger-state';
import {pick, type Locale} from '@site/src/discord/locale';
import {PERMISSIONS} from '@site/src/discord/permissions';

/** The permissions in `bits`, by the reader's names, in catalogue order. */
export function permissionNames(bits: bigint, locale: Locale): string[] {
  return PERMISSIONS.filter((row) => (bits & row.value) !== 0n).map((row) => pick(row.label, locale));
}

/** How a role is named in sentences: its name, or "role 3" when the reader left it blank. */
export function roleLabel(state: DebuggerState, index: number): string {
  const name = state.roles[index]?.name.trim() ?? '';
  return name !== ''
    ? name
    : translate(
        {
          id: 'tools.debugger.role.unnamed',
          message: 'role {n}',
          description: 'A role the reader left unnamed; {n} is its place in the list, from 1',
        },
        {n: index + 1},
      );
}

/** A role or member by the stand-in ID the computation uses: @everyone, the bot, or a role of the state. */
export function nameOfId(state: DebuggerState, id: string): string {
  if (id === DEBUGGER_IDS.guild) return '@everyone';
  if (id === DEBUGGER_IDS.bot) return botLabel();
  const index = debuggerRoleIndex(id, state);
  return index === undefined ? id : roleLabel(state, index);
}

export function botLabel(): string {
  return translate({
    id: 'tools.debugger.bot',
    message: 'the bot itself',
    description: 'An overwrite target: the bot as a member',
  });
}

export function overwriteTargetLabel(state: DebuggerState, target: OverwriteTarget): string {
  if (target === 'everyone') return '@everyone';
  if (target === 'bot') return botLabel();
  return roleLabel(state, target);
}
