import {describe, expect, it} from 'vitest';

import {BOT_ACTIONS, type BotAction, type BotActionId} from '../bot-actions';
import {
  applyFixes,
  explainAction,
  explainPermission,
  GUILD_CHANNEL_TYPES,
  type ActionTargetInput,
  type ActionVerdict,
  type PermissionContext,
} from '../effective-permissions';
import {decodePermissions, encodePermissions} from '../permission-bits';
import {getPermission, type PermissionKey} from '../permissions';
import {withPrerequisites} from './rules';

const GUILD = '1000';
const BOT = '2000';
const SOMEONE = '3000';
const NOW = '2026-03-01T12:00:00.000Z';
const {GuildText, GuildVoice, GuildForum} = GUILD_CHANNEL_TYPES;

const p = (...keys: PermissionKey[]): bigint => encodePermissions(keys);
const keysOf = (value: bigint): PermissionKey[] => decodePermissions(value).known.map((row) => row.key);

interface Role {
  readonly id: string;
  readonly permissions: bigint;
  readonly position: number;
}
interface Overwrite {
  readonly id: string;
  readonly type: 0 | 1;
  readonly allow?: bigint;
  readonly deny?: bigint;
}
interface Server {
  readonly everyone?: bigint;
  readonly roles?: readonly Role[];
  readonly botRoles?: readonly string[];
  readonly owner?: boolean;
  readonly channel?: {readonly type: number; readonly overwrites?: readonly Overwrite[]};
  readonly until?: string;
}

function server(s: Server): PermissionContext {
  return {
    guild: {id: GUILD, owner_id: s.owner ? BOT : SOMEONE},
    roles: [
      {id: GUILD, permissions: String(s.everyone ?? 0n), position: 0},
      ...(s.roles ?? []).map((r) => ({...r, permissions: String(r.permissions)})),
    ],
    member: {user: {id: BOT}, roles: s.botRoles ?? [], communication_disabled_until: s.until ?? null},
    ...(s.channel
      ? {
          channel: {
            type: s.channel.type,
            permission_overwrites: (s.channel.overwrites ?? []).map((o) => ({
              id: o.id,
              type: o.type,
              allow: String(o.allow ?? 0n),
              deny: String(o.deny ?? 0n),
            })),
          },
        }
      : {}),
    now: NOW,
  };
}

function explain(context: PermissionContext, id: BotActionId, target?: ActionTargetInput): ActionVerdict {
  const result = explainAction(context, id, target);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.value;
}

/** Every offered option, applied, really allows the action. */
function expectFixesWork(
  context: PermissionContext,
  id: BotActionId,
  verdict: ActionVerdict,
  target?: ActionTargetInput,
) {
  for (const option of verdict.fixes) {
    if (option.changes.some((change) => change.kind === 'not-fixable')) continue;
    expect(explain(applyFixes(context, option.changes), id, target).allowed).toBe(true);
  }
}

const BOT_ROLE: Role = {id: '4001', permissions: 0n, position: 2};
const LOW: Role = {id: '4002', permissions: 0n, position: 1};
const HIGH: Role = {id: '4003', permissions: 0n, position: 3};

function channelFor(action: BotAction): number | undefined {
  if (!action.channel) return undefined;
  return action.needs.includes('Connect') ? GuildVoice : GuildText;
}

function exactly(action: BotAction, granted: bigint, overrides: Server = {}): PermissionContext {
  const type = channelFor(action);
  return server({
    roles: [{...BOT_ROLE, permissions: granted}, LOW, HIGH],
    botRoles: [BOT_ROLE.id],
    ...(type === undefined ? {} : {channel: {type}}),
    ...overrides,
  });
}

function targetFor(action: BotAction): ActionTargetInput | undefined {
  if (action.target === 'role') return {roleId: LOW.id};
  return action.target === 'member' ? {memberRoles: [LOW.id]} : undefined;
}

describe('every action, with exactly what it needs and with one permission less', () => {
  for (const action of BOT_ACTIONS) {
    const type = channelFor(action);
    const needed = withPrerequisites(encodePermissions(action.needs), type) | (action.channel ? p('ViewChannel') : 0n);

    it(`${action.id}: allowed with ${keysOf(needed).join(', ')}`, () => {
      const verdict = explain(exactly(action, needed), action.id, targetFor(action));
      expect(verdict).toMatchObject({allowed: true, silent: false, missing: 0n, blockers: [], fixes: []});
      expect(verdict.required).toBe(needed);
      expect(verdict.error).toBeUndefined();
    });

    for (const key of keysOf(needed)) {
      it(`${action.id}: refused without ${key}`, () => {
        const context = exactly(action, needed & ~p(key));
        const verdict = explain(context, action.id, targetFor(action));
        expect(verdict.allowed).toBe(false);
        expect(keysOf(verdict.missing)).toContain(key);
        const silent = action.silentWithout?.includes(key) ?? false;
        const expected = key === 'ViewChannel' ? 50001 : silent ? undefined : 50013;
        expect(verdict.error).toBe(expected);
        expect(verdict.silent).toBe(silent);
        expect(verdict.blockers.find((b) => 'permission' in b && b.permission === key)?.kind).toBe('never-granted');
        expect(verdict.fixes.length).toBeGreaterThan(0);
        expectFixesWork(context, action.id, verdict, targetFor(action));
      });
    }
  }
});

describe('blockers and fixes', () => {
  const reader = p('ViewChannel', 'SendMessages', 'ReadMessageHistory');

  it('an @everyone deny in the channel: a role grant would not help, an overwrite does', () => {
    const context = server({
      everyone: reader,
      roles: [BOT_ROLE],
      botRoles: [BOT_ROLE.id],
      channel: {type: GuildText, overwrites: [{id: GUILD, type: 0, deny: p('SendMessages')}]},
    });
    const verdict = explain(context, 'send-message');
    expect(verdict.blockers).toEqual([
      {kind: 'denied-by-overwrite', permission: 'SendMessages', overwriteIds: [GUILD]},
    ]);
    expect(verdict.error).toBe(50013);
    expect(verdict.fixes).toEqual([
      {
        changes: [
          {kind: 'overwrite-allow', overwriteId: BOT_ROLE.id, overwriteType: 0, add: p('SendMessages'), create: true},
        ],
      },
      {changes: [{kind: 'overwrite-allow', overwriteId: BOT, overwriteType: 1, add: p('SendMessages'), create: true}]},
    ]);
    expectFixesWork(context, 'send-message', verdict);
  });

  it('edits the overwrites that exist before creating new ones, and names the role overwrite that denies', () => {
    const context = server({
      everyone: reader,
      roles: [BOT_ROLE, LOW],
      botRoles: [BOT_ROLE.id, LOW.id],
      channel: {
        type: GuildText,
        overwrites: [
          {id: LOW.id, type: 0, deny: p('SendMessages')},
          {id: BOT_ROLE.id, type: 0, allow: p('AddReactions')},
          {id: BOT, type: 1, deny: p('AttachFiles')},
        ],
      },
    });
    const verdict = explain(context, 'send-message');
    expect(verdict.blockers).toEqual([
      {kind: 'denied-by-overwrite', permission: 'SendMessages', overwriteIds: [LOW.id]},
    ]);
    expect(
      verdict.fixes.map((o) => o.changes.map((c) => c.kind === 'overwrite-allow' && [c.overwriteId, c.create])),
    ).toEqual([[[BOT, false]], [[BOT_ROLE.id, false]], [[LOW.id, false]]]);
    expectFixesWork(context, 'send-message', verdict);
  });

  it('a member deny is named, and only the member overwrite can beat it', () => {
    const context = server({
      everyone: reader,
      roles: [BOT_ROLE],
      botRoles: [BOT_ROLE.id],
      channel: {type: GuildText, overwrites: [{id: BOT, type: 1, deny: p('SendMessages')}]},
    });
    const verdict = explain(context, 'send-message');
    expect(verdict.blockers).toEqual([{kind: 'denied-by-overwrite', permission: 'SendMessages', overwriteIds: [BOT]}]);
    expect(verdict.fixes).toHaveLength(1);
  });

  it('a hidden channel: Missing Access, and everything else blamed on View Channel', () => {
    const context = server({
      everyone: reader,
      channel: {type: GuildText, overwrites: [{id: GUILD, type: 0, deny: p('ViewChannel')}]},
    });
    const verdict = explain(context, 'reply');
    expect(verdict.error).toBe(50001);
    expect(verdict.blockers).toEqual([
      {kind: 'denied-by-overwrite', permission: 'ViewChannel', overwriteIds: [GUILD]},
      {kind: 'implicit-view', permission: 'SendMessages'},
      {kind: 'implicit-view', permission: 'ReadMessageHistory'},
    ]);
    // Only View Channels is allowed: the rest of `reader` was granted and comes back once the bot can see the channel.
    expect(verdict.fixes).toEqual([
      {
        changes: [{kind: 'overwrite-allow', overwriteId: BOT, overwriteType: 1, add: p('ViewChannel'), create: true}],
      },
    ]);
  });

  it('a fix grants every missing bit when the narrow one would not pass', () => {
    // View Channels is denied here and Send Messages was never granted: both must be allowed.
    const context = server({
      everyone: p('ViewChannel'),
      channel: {type: GuildText, overwrites: [{id: GUILD, type: 0, deny: p('ViewChannel')}]},
    });
    const verdict = explain(context, 'send-message');
    expect(verdict.fixes).toEqual([
      {
        changes: [
          {
            kind: 'overwrite-allow',
            overwriteId: BOT,
            overwriteType: 1,
            add: p('ViewChannel', 'SendMessages'),
            create: true,
          },
        ],
      },
    ]);
  });

  it('Embed Links without Send Messages is blamed on the implicit rule', () => {
    const context = server({everyone: p('ViewChannel', 'EmbedLinks'), channel: {type: GuildText}});
    const verdict = explain(context, 'embed-links');
    expect(verdict.blockers).toEqual([
      {kind: 'never-granted', permission: 'SendMessages'},
      {kind: 'implicit-send', permission: 'EmbedLinks'},
    ]);
  });

  it('Speak without Connect in a voice channel is blamed on the implicit rule', () => {
    const context = server({everyone: p('ViewChannel', 'Speak'), channel: {type: GuildVoice}});
    const verdict = explain(context, 'speak');
    expect(verdict.blockers).toContainEqual({kind: 'implicit-connect', permission: 'Speak'});
    expect(verdict.blockers).toContainEqual({kind: 'never-granted', permission: 'Connect'});
  });

  it('a timed-out bot: the timeout is named and every fix lifts it first', () => {
    const context = server({
      everyone: reader,
      roles: [BOT_ROLE],
      botRoles: [BOT_ROLE.id],
      until: '2026-03-02T00:00:00Z',
      channel: {type: GuildText},
    });
    const verdict = explain(context, 'send-message');
    expect(verdict.blockers).toEqual([{kind: 'timeout', permission: 'SendMessages', until: '2026-03-02T00:00:00Z'}]);
    expect(verdict.fixes).toEqual([{changes: [{kind: 'remove-timeout'}]}]);
    const kick = explain(server({roles: [BOT_ROLE], botRoles: [BOT_ROLE.id], until: '2026-03-02T00:00:00Z'}), 'kick');
    expect(kick.fixes[0]?.changes.map((c) => c.kind)).toEqual(['remove-timeout', 'role-grant']);
    expectFixesWork(context, 'send-message', verdict);
  });

  it('a mention of @everyone without the permission fails silently', () => {
    const context = server({everyone: reader, channel: {type: GuildText}});
    const verdict = explain(context, 'mention-everyone');
    expect(verdict).toMatchObject({allowed: false, silent: true});
    expect(verdict.error).toBeUndefined();
  });

  it('a forum post needs Send Messages, not Create Public Threads', () => {
    const context = server({everyone: p('ViewChannel', 'SendMessages'), channel: {type: GuildForum}});
    expect(explain(context, 'create-public-thread').allowed).toBe(true);
    expect(explain({...context, channel: {type: GuildText}}, 'create-public-thread').allowed).toBe(false);
  });

  it('a server-wide action ignores the channel', () => {
    const context = server({
      everyone: p('KickMembers', 'ManageRoles'),
      roles: [BOT_ROLE, LOW],
      botRoles: [BOT_ROLE.id],
      channel: {type: GuildText, overwrites: [{id: GUILD, type: 0, deny: p('ManageRoles', 'ViewChannel')}]},
    });
    expect(explain(context, 'kick').allowed).toBe(true);
    expect(explain(context, 'give-role', {roleId: LOW.id}).allowed).toBe(true);
  });

  it('a server-wide action for a bot with no role cannot be fixed by a grant', () => {
    const verdict = explain(server({}), 'ban');
    expect(verdict.fixes).toEqual([{changes: [{kind: 'not-fixable', reason: 'bot-has-no-role'}]}]);
  });
});

describe('role hierarchy', () => {
  const kicker: Role = {...BOT_ROLE, permissions: p('KickMembers', 'ModerateMembers', 'ManageRoles')};
  const base = server({roles: [kicker, LOW, HIGH], botRoles: [kicker.id]});

  it('acts on members whose highest role is below its own, and on plain members', () => {
    expect(explain(base, 'kick', {memberRoles: [LOW.id]}).allowed).toBe(true);
    expect(explain(base, 'kick').allowed).toBe(true);
    expect(explain(base, 'kick', {memberRoles: []}).allowed).toBe(true);
  });

  it('is stopped by a higher role, and the fix moves its role above it', () => {
    const verdict = explain(base, 'kick', {memberRoles: [LOW.id, HIGH.id]});
    expect(verdict).toMatchObject({allowed: false, missing: 0n, error: 50013});
    expect(verdict.blockers).toEqual([{kind: 'hierarchy', botRoleId: kicker.id, targetRoleId: HIGH.id}]);
    expect(verdict.fixes).toEqual([{changes: [{kind: 'move-role-above', roleId: kicker.id, aboveRoleId: HIGH.id}]}]);
    expectFixesWork(base, 'kick', verdict, {memberRoles: [LOW.id, HIGH.id]});
  });

  it('breaks a tie in position by ID: the older (lower) ID ranks higher', () => {
    const older: Role = {id: '4000', permissions: 0n, position: kicker.position};
    const newer: Role = {id: '4999', permissions: 0n, position: kicker.position};
    const tied = server({roles: [kicker, older, newer], botRoles: [kicker.id]});
    expect(explain(tied, 'kick', {memberRoles: [newer.id]}).allowed).toBe(true);
    expect(explain(tied, 'kick', {memberRoles: [older.id]}).allowed).toBe(false);
    expect(explain(tied, 'kick', {memberRoles: [kicker.id]}).fixes).toEqual([
      {changes: [{kind: 'not-fixable', reason: 'no-other-bot-role'}]},
    ]);
  });

  it('never acts on the owner; the owner acts on anyone', () => {
    expect(explain(base, 'kick', {isOwner: true}).fixes).toEqual([
      {changes: [{kind: 'not-fixable', reason: 'target-owner'}]},
    ]);
    const owned = server({roles: [LOW, HIGH], owner: true});
    expect(explain(owned, 'ban', {memberRoles: [HIGH.id]}).allowed).toBe(true);
    expect(explain(owned, 'give-role', {roleId: HIGH.id}).allowed).toBe(true);
  });

  it('cannot time out a member with Administrator, but can kick one below it', () => {
    const admin: Role = {id: '4010', permissions: p('Administrator'), position: 1};
    const withAdmin = server({roles: [kicker, admin], botRoles: [kicker.id]});
    expect(explain(withAdmin, 'timeout', {memberRoles: [admin.id]}).blockers).toEqual([{kind: 'target-administrator'}]);
    expect(explain(withAdmin, 'kick', {memberRoles: [admin.id]}).allowed).toBe(true);
  });

  it('gives roles below its own, not above, not @everyone, not without a role; Administrator does not help', () => {
    expect(explain(base, 'give-role', {roleId: LOW.id}).allowed).toBe(true);
    const above = explain(base, 'give-role', {roleId: HIGH.id});
    expect(above.blockers).toEqual([{kind: 'hierarchy', botRoleId: kicker.id, targetRoleId: HIGH.id}]);
    expectFixesWork(base, 'give-role', above, {roleId: HIGH.id});
    expect(explain(base, 'give-role', {roleId: kicker.id}).fixes).toEqual([
      {changes: [{kind: 'not-fixable', reason: 'no-other-bot-role'}]},
    ]);
    expect(explain(base, 'give-role', {roleId: GUILD}).blockers).toEqual([{kind: 'everyone-role'}]);
    const admin = server({everyone: p('Administrator'), roles: [LOW]});
    expect(explain(admin, 'give-role', {roleId: LOW.id}).fixes).toEqual([
      {changes: [{kind: 'not-fixable', reason: 'bot-has-no-role'}]},
    ]);
  });

  it('moves the highest role the target does not share', () => {
    const second: Role = {id: '4020', permissions: 0n, position: 1};
    const context = server({roles: [kicker, second, HIGH], botRoles: [kicker.id, second.id]});
    const verdict = explain(context, 'kick', {memberRoles: [kicker.id, HIGH.id]});
    expect(verdict.fixes).toEqual([{changes: [{kind: 'move-role-above', roleId: second.id, aboveRoleId: HIGH.id}]}]);
    expectFixesWork(context, 'kick', verdict, {memberRoles: [kicker.id, HIGH.id]});
  });
});

describe('errors and single permissions', () => {
  const context = server({everyone: p('ViewChannel'), roles: [LOW], channel: {type: GuildText}});

  it('refuses unknown actions, targets of the wrong kind and unknown roles', () => {
    const code = (result: ReturnType<typeof explainAction>) => (result.ok ? undefined : result.error.code);
    expect(code(explainAction(context, 'fly' as BotActionId))).toBe('unknown-action');
    expect(code(explainAction(context, 'kick', {roleId: LOW.id}))).toBe('bad-target');
    expect(code(explainAction(context, 'give-role', {memberRoles: []}))).toBe('bad-target');
    expect(code(explainAction(context, 'give-role'))).toBe('bad-target');
    expect(code(explainAction(context, 'give-role', {roleId: '999'}))).toBe('role-not-found');
    expect(code(explainAction(context, 'give-role', {roleId: 'x'}))).toBe('bad-snowflake');
    expect(code(explainAction(context, 'kick', {memberRoles: ['999']}))).toBe('role-not-found');
    expect(code(explainAction({...context, guild: {id: GUILD, owner_id: 'me'}}, 'kick'))).toBe('bad-snowflake');
    expect(code(explainPermission(context, 'Fly' as PermissionKey))).toBe('unknown-action');
  });

  it('checks a channel permission in the channel and a server-only one server-wide', () => {
    const send = explainPermission(context, 'SendMessages');
    expect(send.ok && send.value.required).toBe(p('SendMessages', 'ViewChannel'));
    expect(send.ok && send.value.error).toBe(50013);
    const kick = explainPermission(context, 'KickMembers');
    expect(kick.ok && kick.value.required).toBe(getPermission('KickMembers').value);
    const serverWide = explainPermission({...context, channel: undefined}, 'SendMessages');
    expect(serverWide.ok && serverWide.value.required).toBe(p('SendMessages'));
  });
});

describe('applyFixes', () => {
  const context = server({
    roles: [BOT_ROLE, LOW],
    botRoles: [BOT_ROLE.id],
    until: '2026-03-02T00:00:00Z',
    channel: {
      type: GuildText,
      overwrites: [{id: BOT_ROLE.id, type: 0, allow: p('AddReactions'), deny: p('SendMessages')}],
    },
  });

  it('moves a deny to the allow side of an existing overwrite, or adds an overwrite', () => {
    const add = p('SendMessages', 'EmbedLinks');
    const edited = applyFixes(context, [
      {kind: 'overwrite-allow', overwriteId: BOT_ROLE.id, overwriteType: 0, add, create: false},
      {kind: 'overwrite-allow', overwriteId: BOT, overwriteType: 1, add, create: true},
    ]);
    expect(edited.channel?.permission_overwrites).toEqual([
      {id: BOT_ROLE.id, type: 0, allow: String(p('AddReactions') | add), deny: '0'},
      {id: BOT, type: 1, allow: String(add), deny: '0'},
    ]);
  });

  it('grants, lifts the timeout and reorders roles without changing any other pair', () => {
    const changed = applyFixes(context, [
      {kind: 'role-grant', roleId: LOW.id, add: 8n, newPermissions: 8n},
      {kind: 'remove-timeout'},
      {kind: 'move-role-above', roleId: LOW.id, aboveRoleId: BOT_ROLE.id},
    ]);
    expect(changed.roles.map((r) => [r.id, r.position, r.permissions])).toEqual([
      [GUILD, 0, '0'],
      [BOT_ROLE.id, BOT_ROLE.position, '0'],
      [LOW.id, BOT_ROLE.position + 1, '8'],
    ]);
    expect(changed.member.communication_disabled_until).toBeNull();
  });

  it('changes nothing for what the context lacks, or for a fix that is not one', () => {
    const noChannel = {...context, channel: undefined};
    expect(
      applyFixes(noChannel, [{kind: 'overwrite-allow', overwriteId: BOT, overwriteType: 1, add: 1n, create: true}]),
    ).toBe(noChannel);
    expect(applyFixes(context, [{kind: 'move-role-above', roleId: LOW.id, aboveRoleId: '999'}]).roles).toBe(
      context.roles,
    );
    expect(applyFixes(context, [{kind: 'not-fixable', reason: 'target-owner'}])).toBe(context);
    const garbled = {
      ...context,
      channel: {type: GuildText, permission_overwrites: [{id: BOT, type: 1 as const, allow: 'x', deny: 'y'}]},
    };
    expect(
      applyFixes(garbled, [{kind: 'overwrite-allow', overwriteId: BOT, overwriteType: 1, add: 1n, create: false}])
        .channel?.permission_overwrites,
    ).toEqual([{id: BOT, type: 1, allow: '1', deny: '0'}]);
  });
});
