import '@site/src/client/messages/debugger';
import {translate} from '@docusaurus/Translate';
import type {DebuggerState} from '@site/src/discord/debugger-state';
import {overwriteAfterFix} from '@site/src/discord/debugger-state/apply-fix';
import type {Blocker} from '@site/src/discord/effective-permissions/explain';
import type {Fix, NotFixableReason} from '@site/src/discord/effective-permissions/fixes';
import {pick, type Locale} from '@site/src/discord/locale';
import {getPermission} from '@site/src/discord/permissions';
import {nameOfId, permissionNames} from './names';
import {listOf} from './step-text';

function permissionBlocker(
  blocker: Exclude<Blocker, {kind: 'hierarchy' | 'target-owner' | 'target-administrator' | 'everyone-role'}>,
  state: DebuggerState,
  locale: Locale,
): string {
  const permission = pick(getPermission(blocker.permission).label, locale);
  switch (blocker.kind) {
    case 'never-granted':
      return translate(
        {
          id: 'tools.debugger.blocker.neverGranted',
          message: "{permission}: neither @everyone nor any of the bot's roles has it.",
          description: 'Why a permission is missing',
        },
        {permission},
      );
    case 'denied-by-overwrite':
      return translate(
        {
          id: 'tools.debugger.blocker.overwrite',
          message:
            "{permission}: the channel's overwrite for {targets} denies it, and no overwrite applied after that allows it.",
          description: 'Why a permission is missing; {targets} is a list of role names, @everyone or the bot',
        },
        {permission, targets: blocker.overwriteIds.map((id) => nameOfId(state, id)).join(', ')},
      );
    case 'implicit-view':
      return translate(
        {
          id: 'tools.debugger.blocker.implicitView',
          message:
            "{permission}: the bot can't view this channel, and without View Channels nothing else in it counts.",
          description: 'Why a permission is missing',
        },
        {permission},
      );
    case 'implicit-send':
      return translate(
        {
          id: 'tools.debugger.blocker.implicitSend',
          message: "{permission}: the bot can't send messages here, and this only works along with Send Messages.",
          description: 'Why a permission is missing',
        },
        {permission},
      );
    case 'implicit-connect':
      return translate(
        {
          id: 'tools.debugger.blocker.implicitConnect',
          message:
            "{permission}: the bot can't connect to this channel, and without Connect the other voice permissions don't count.",
          description: 'Why a permission is missing',
        },
        {permission},
      );
    case 'timeout':
      return translate(
        {
          id: 'tools.debugger.blocker.timeout',
          message: '{permission}: the bot is timed out, which leaves only View Channels and Read Message History.',
          description: 'Why a permission is missing',
        },
        {permission},
      );
  }
}

/** One sentence per blocker, in the reader's language. */
export function blockerText(blocker: Blocker, state: DebuggerState, locale: Locale): string {
  switch (blocker.kind) {
    case 'hierarchy':
      return translate(
        {
          id: 'tools.debugger.blocker.hierarchy',
          message:
            "Role order: the bot's highest role ({bot}) is not above {target}. Discord only lets a bot act on members and roles below its own highest role.",
          description: 'Why an action on a member or role fails; {bot} and {target} are role names',
        },
        {bot: nameOfId(state, blocker.botRoleId), target: nameOfId(state, blocker.targetRoleId)},
      );
    case 'target-owner':
      return translate({
        id: 'tools.debugger.blocker.targetOwner',
        message: 'Nobody can do this to the server owner, whatever their permissions.',
        description: 'Why an action on a member fails',
      });
    case 'target-administrator':
      return translate({
        id: 'tools.debugger.blocker.targetAdministrator',
        message: 'Discord does not time out members who have Administrator.',
        description: 'Why a timeout fails',
      });
    case 'everyone-role':
      return translate({
        id: 'tools.debugger.blocker.everyoneRole',
        message: '@everyone cannot be given: every member has it already.',
        description: 'Why giving a role fails',
      });
    default:
      return permissionBlocker(blocker, state, locale);
  }
}

function notFixable(reason: NotFixableReason): string {
  switch (reason) {
    case 'target-owner':
      return translate({
        id: 'tools.debugger.fix.notFixable.owner',
        message: 'No setting changes this: nobody can act on the server owner.',
        description: 'Fix list',
      });
    case 'target-administrator':
      return translate({
        id: 'tools.debugger.fix.notFixable.administrator',
        message: 'Only taking Administrator away from that member makes a timeout possible.',
        description: 'Fix list',
      });
    case 'everyone-role':
      return translate({
        id: 'tools.debugger.fix.notFixable.everyone',
        message: 'Pick another role: @everyone is not given to anyone.',
        description: 'Fix list',
      });
    case 'no-other-bot-role':
      return translate({
        id: 'tools.debugger.fix.notFixable.noOtherRole',
        message:
          'Give the bot a role of its own and drag it above the target: each of its roles is the target or one the target has too.',
        description: 'Fix list',
      });
    case 'bot-has-no-role':
      return translate({
        id: 'tools.debugger.fix.notFixable.noRole',
        message:
          'The bot has no role but @everyone: give it a role of its own first (the invite link does this when it asks for permissions).',
        description: 'Fix list',
      });
  }
}

/** One change of a fix, as an instruction the reader can follow in Discord. */
export function fixText(fix: Fix, state: DebuggerState, locale: Locale): string {
  switch (fix.kind) {
    case 'overwrite-allow': {
      const values = {target: nameOfId(state, fix.overwriteId), names: listOf(permissionNames(fix.add, locale), 12)};
      const change = fix.create
        ? translate(
            {
              id: 'tools.debugger.fix.overwriteCreate',
              message: "In the channel's settings → Permissions, add {target} and allow {names}.",
              description: 'A fix; {target} is a role name, @everyone or the bot',
            },
            values,
          )
        : translate(
            {
              id: 'tools.debugger.fix.overwriteAllow',
              message: "In the channel's settings → Permissions, under {target}, allow {names}.",
              description: 'A fix',
            },
            values,
          );
      const after = overwriteAfterFix(state, fix);
      if (after === undefined) return change;
      return `${change} ${translate(
        {
          id: 'tools.debugger.fix.overwriteIntegers',
          message: 'Through the API, the overwrite becomes allow {allow}, deny {deny}.',
          description:
            'Follows an overwrite fix, for bots that edit overwrites in code; {allow} and {deny} are decimal integers',
        },
        {allow: after.allow.toString(), deny: after.deny.toString()},
      )}`;
    }
    case 'role-grant':
      return translate(
        {
          id: 'tools.debugger.fix.roleGrant',
          message:
            "In Server Settings → Roles → {role}, switch on {names}. The role's permissions integer becomes {value}.",
          description: 'A fix; {value} is a decimal integer',
        },
        {
          role: nameOfId(state, fix.roleId),
          names: listOf(permissionNames(fix.add, locale), 12),
          value: fix.newPermissions.toString(),
        },
      );
    case 'remove-timeout':
      return translate({
        id: 'tools.debugger.fix.removeTimeout',
        message: "Remove the bot's timeout (right-click the bot → Remove Timeout).",
        description: 'A fix',
      });
    case 'move-role-above':
      return translate(
        {
          id: 'tools.debugger.fix.moveRole',
          message: 'In Server Settings → Roles, drag {role} above {above}.',
          description: 'A fix; role names',
        },
        {role: nameOfId(state, fix.roleId), above: nameOfId(state, fix.aboveRoleId)},
      );
    case 'not-fixable':
      return notFixable(fix.reason);
  }
}
