import '@site/src/client/messages/debugger';
import {translate} from '@docusaurus/Translate';
import type {DebuggerState} from '@site/src/discord/debugger-state';
import type {PermissionStep} from '@site/src/discord/effective-permissions/compute';
import type {Locale} from '@site/src/discord/locale';
import {nameOfId, permissionNames} from './names';

/** "A, B and 3 more": long lists (a role with 30 permissions) stay one readable line; the count says what's left. */
export function listOf(names: readonly string[], max = 6): string {
  if (names.length <= max) return names.join(', ');
  return translate(
    {
      id: 'tools.debugger.list.more',
      message: '{names} and {count} more',
      description: 'A cut-short list of permission names; {count} is how many are not shown',
    },
    {names: names.slice(0, max).join(', '), count: names.length - max},
  );
}

function changes(step: PermissionStep, locale: Locale): string {
  const parts: string[] = [];
  if (step.added !== 0n) {
    parts.push(
      translate(
        {
          id: 'tools.debugger.step.adds',
          message: 'adds {names}',
          description: 'Part of a step: the permissions it turned on',
        },
        {names: listOf(permissionNames(step.added, locale))},
      ),
    );
  }
  if (step.removed !== 0n) {
    parts.push(
      translate(
        {
          id: 'tools.debugger.step.removes',
          message: 'removes {names}',
          description: 'Part of a step: the permissions it turned off',
        },
        {names: listOf(permissionNames(step.removed, locale))},
      ),
    );
  }
  return parts.join('; ');
}

function subjectOf(step: PermissionStep, state: DebuggerState): string {
  switch (step.kind) {
    case 'owner':
      return translate({
        id: 'tools.debugger.step.owner',
        message: 'The bot owns the server',
        description: 'Step title',
      });
    case 'everyone-role':
      return translate({id: 'tools.debugger.step.everyone', message: 'The @everyone role', description: 'Step title'});
    case 'role':
      return translate(
        {id: 'tools.debugger.step.role', message: 'Role {role}', description: 'Step title; {role} is a role name'},
        {role: nameOfId(state, step.roleId)},
      );
    case 'administrator':
      return translate({
        id: 'tools.debugger.step.administrator',
        message: 'Administrator (every permission, overwrites skipped)',
        description: 'Step title',
      });
    case 'overwrite-everyone':
      return translate({
        id: 'tools.debugger.step.overwriteEveryone',
        message: "The channel's overwrite for @everyone",
        description: 'Step title',
      });
    case 'overwrite-roles':
      return translate(
        {
          id: 'tools.debugger.step.overwriteRoles',
          message: "The channel's overwrites for the bot's roles ({roles})",
          description: 'Step title; {roles} is a list of role names',
        },
        {roles: step.overwriteIds.map((id) => nameOfId(state, id)).join(', ')},
      );
    case 'overwrite-member':
      return translate({
        id: 'tools.debugger.step.overwriteMember',
        message: "The channel's overwrite for the bot itself",
        description: 'Step title',
      });
    case 'implicit-view':
      return translate({
        id: 'tools.debugger.step.implicitView',
        message: "Can't view the channel, so nothing else in it counts",
        description: 'Step title',
      });
    case 'implicit-send':
      return translate({
        id: 'tools.debugger.step.implicitSend',
        message: "Can't send messages, so what goes with a message goes too",
        description: 'Step title',
      });
    case 'implicit-connect':
      return translate({
        id: 'tools.debugger.step.implicitConnect',
        message: "Can't connect, so the other voice permissions go",
        description: 'Step title',
      });
    case 'timeout':
      return translate({
        id: 'tools.debugger.step.timeout',
        message: 'Timed out: only View Channels and Read Message History stay',
        description: 'Step title',
      });
  }
}

/** One line per rule that changed something: what it is, then what it added and removed. */
export function stepText(step: PermissionStep, state: DebuggerState, locale: Locale): string {
  return `${subjectOf(step, state)}: ${changes(step, locale)}`;
}
