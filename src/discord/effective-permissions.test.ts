import {describe, expect, it} from 'vitest';

import {
  CHANNEL_PERMISSIONS,
  effectivePermissions,
  GUILD_CHANNEL_TYPES,
  NEEDS_CONNECT,
  TIMEOUT_KEEPS,
  type ContextErrorCode,
  type EffectivePermissions,
  type PermissionContext,
} from './effective-permissions';
import {decodePermissions, encodePermissions} from './permission-bits';
import {ALL_PERMISSIONS, type PermissionKey} from './permissions';

const GUILD = '1000';
const BOT = '2000';
const SOMEONE = '3000';
const NOW = '2026-03-01T12:00:00.000Z';
const {GuildText, GuildVoice, GuildStageVoice, GuildCategory} = GUILD_CHANNEL_TYPES;

const p = (...keys: PermissionKey[]): bigint => encodePermissions(keys);
const keysOf = (value: bigint): PermissionKey[] => decodePermissions(value).known.map((row) => row.key);

interface Overwrite {
  readonly id: string;
  readonly type: 0 | 1;
  readonly allow?: bigint;
  readonly deny?: bigint;
}

interface Server {
  readonly everyone?: bigint;
  readonly roles?: readonly {readonly id: string; readonly permissions: bigint; readonly position: number}[];
  readonly botRoles?: readonly string[];
  readonly owner?: boolean;
  readonly channel?: {readonly type: number; readonly overwrites?: readonly Overwrite[]};
  readonly until?: string | null;
}

function server(s: Server): PermissionContext {
  return {
    guild: {id: GUILD, owner_id: s.owner ? BOT : SOMEONE},
    roles: [
      {id: GUILD, name: '@everyone', permissions: String(s.everyone ?? 0n), position: 0},
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

function compute(s: Server | PermissionContext): EffectivePermissions {
  const result = effectivePermissions('guild' in s ? s : server(s));
  if (!result.ok) throw new Error(`unexpected ${result.error.code} at ${result.error.path ?? ''}`);
  return result.value;
}

function errorOf(context: unknown): ContextErrorCode | undefined {
  const result = effectivePermissions(context as PermissionContext);
  return result.ok ? undefined : result.error.code;
}

const MOD = {id: '4001', permissions: p('KickMembers', 'ManageMessages'), position: 2};
const BOT_ROLE = {id: '4002', permissions: p('SendMessages', 'EmbedLinks'), position: 1};

describe('base permissions (compute_base_permissions)', () => {
  it('ORs @everyone with every role the member has, and only those', () => {
    const result = compute({everyone: p('ViewChannel'), roles: [MOD, BOT_ROLE], botRoles: [BOT_ROLE.id]});
    expect(keysOf(result.base)).toEqual(['ViewChannel', 'SendMessages', 'EmbedLinks']);
    expect(result.computed).toBe(result.base);
    expect(result.effective).toBe(result.base);
    expect(result.steps.map((s) => s.kind)).toEqual(['everyone-role', 'role']);
  });

  it('reports a role step only for the bits it adds, highest role first', () => {
    const both = {id: '4003', permissions: p('SendMessages'), position: 3};
    const result = compute({roles: [both, BOT_ROLE], botRoles: [BOT_ROLE.id, both.id]});
    expect(result.steps).toEqual([
      {kind: 'role', roleId: both.id, added: p('SendMessages'), removed: 0n},
      {kind: 'role', roleId: BOT_ROLE.id, added: p('EmbedLinks'), removed: 0n},
    ]);
  });

  it('gives the owner every permission, whatever the roles say', () => {
    const result = compute({
      owner: true,
      channel: {type: GuildText, overwrites: [{id: BOT, type: 1, deny: ALL_PERMISSIONS}]},
    });
    expect(result.effective).toBe(ALL_PERMISSIONS);
    expect(result.steps).toEqual([{kind: 'owner', added: ALL_PERMISSIONS, removed: 0n}]);
  });

  it('gives Administrator every permission and skips overwrites, implicit rules and the timeout', () => {
    const admin = {id: '4004', permissions: p('Administrator'), position: 1};
    const result = compute({
      roles: [admin],
      botRoles: [admin.id],
      until: '2026-03-02T00:00:00Z',
      channel: {type: GuildVoice, overwrites: [{id: admin.id, type: 0, deny: p('ViewChannel', 'Connect')}]},
    });
    expect(result.effective).toBe(ALL_PERMISSIONS);
    expect(result.steps.at(-1)).toEqual({
      kind: 'administrator',
      roleIds: [admin.id],
      added: ALL_PERMISSIONS & ~p('Administrator'),
      removed: 0n,
    });
  });

  it('drops bits no permission has when Administrator turns the value into ALL', () => {
    const odd = 1n << 60n;
    const result = compute({everyone: odd | p('Administrator')});
    expect(result.base).toBe(ALL_PERMISSIONS);
    expect(result.steps.at(-1)?.removed).toBe(odd);
  });
});

describe('overwrites (compute_overwrites)', () => {
  it('lets a role allow beat an @everyone deny', () => {
    const result = compute({
      everyone: p('ViewChannel', 'SendMessages'),
      roles: [BOT_ROLE],
      botRoles: [BOT_ROLE.id],
      channel: {
        type: GuildText,
        overwrites: [
          {id: GUILD, type: 0, deny: p('SendMessages')},
          {id: BOT_ROLE.id, type: 0, allow: p('SendMessages')},
        ],
      },
    });
    expect(keysOf(result.effective)).toContain('SendMessages');
    expect(result.steps.map((s) => s.kind)).toEqual(['everyone-role', 'role', 'overwrite-everyone', 'overwrite-roles']);
  });

  it('lets a member allow beat a role deny', () => {
    const result = compute({
      everyone: p('ViewChannel', 'SendMessages'),
      roles: [BOT_ROLE],
      botRoles: [BOT_ROLE.id],
      channel: {
        type: GuildText,
        overwrites: [
          {id: BOT_ROLE.id, type: 0, deny: p('SendMessages')},
          {id: BOT, type: 1, allow: p('SendMessages')},
        ],
      },
    });
    expect(keysOf(result.effective)).toContain('SendMessages');
    expect(result.steps.at(-1)).toEqual({
      kind: 'overwrite-member',
      overwriteId: BOT,
      added: p('SendMessages'),
      removed: 0n,
    });
  });

  it('applies all role overwrites together: one role allowing wins over another denying, whatever their order', () => {
    const a = {id: '4005', permissions: 0n, position: 5};
    const b = {id: '4006', permissions: 0n, position: 1};
    const result = compute({
      everyone: p('ViewChannel'),
      roles: [a, b],
      botRoles: [a.id, b.id],
      channel: {
        type: GuildText,
        overwrites: [
          {id: a.id, type: 0, deny: p('ViewChannel')},
          {id: b.id, type: 0, allow: p('ViewChannel')},
        ],
      },
    });
    expect(keysOf(result.effective)).toEqual(['ViewChannel']);
  });

  it('ignores overwrites for roles the member lacks and for other members, and matches types', () => {
    const result = compute({
      everyone: p('ViewChannel', 'SendMessages'),
      roles: [MOD],
      channel: {
        type: GuildText,
        overwrites: [
          {id: MOD.id, type: 0, deny: p('SendMessages')},
          {id: SOMEONE, type: 1, deny: p('SendMessages')},
          {id: BOT, type: 0, deny: p('SendMessages')},
        ],
      },
    });
    expect(result.effective).toBe(p('ViewChannel', 'SendMessages'));
  });
});

describe('implicit permissions', () => {
  it('without View Channel, keeps no channel permission but keeps server-wide ones', () => {
    const result = compute({
      everyone: p('ViewChannel', 'SendMessages', 'KickMembers', 'ManageGuild'),
      channel: {type: GuildText, overwrites: [{id: GUILD, type: 0, deny: p('ViewChannel')}]},
    });
    expect(keysOf(result.computed)).toEqual(['ManageGuild', 'KickMembers', 'SendMessages']);
    expect(keysOf(result.effective)).toEqual(['ManageGuild', 'KickMembers']);
    expect(result.steps.at(-1)).toEqual({kind: 'implicit-view', added: 0n, removed: p('SendMessages')});
  });

  it('without Send Messages, drops the four that build on it and nothing else', () => {
    const result = compute({
      everyone: p('ViewChannel', 'EmbedLinks', 'AttachFiles', 'MentionEveryone', 'SendTTSMessages', 'AddReactions'),
      channel: {type: GuildText},
    });
    expect(keysOf(result.effective)).toEqual(['ViewChannel', 'AddReactions']);
    expect(result.steps.at(-1)?.kind).toBe('implicit-send');
  });

  it('does not apply the Send Messages rule in a category, or any rule server-wide', () => {
    const everyone = p('ViewChannel', 'EmbedLinks');
    expect(compute({everyone, channel: {type: GuildCategory}}).effective).toBe(everyone);
    expect(compute({everyone: p('EmbedLinks', 'Speak')}).effective).toBe(p('EmbedLinks', 'Speak'));
  });

  it.each([
    ['voice', GuildVoice],
    ['stage', GuildStageVoice],
  ])('without Connect in a %s channel, drops the voice set and Manage Channels', (_name, type) => {
    const everyone = p('ViewChannel', 'SendMessages', 'Speak', 'ManageChannels', 'ManageRoles', 'RequestToSpeak');
    const result = compute({everyone, channel: {type}});
    expect(keysOf(result.effective)).toEqual(['ViewChannel', 'SendMessages']);
    expect(result.steps.at(-1)).toEqual({
      kind: 'implicit-connect',
      added: 0n,
      removed: p('Speak', 'ManageChannels', 'ManageRoles', 'RequestToSpeak'),
    });
  });

  it('keeps voice permissions in a text channel without Connect', () => {
    const everyone = p('ViewChannel', 'Speak', 'ManageChannels');
    expect(compute({everyone, channel: {type: GuildText}}).effective).toBe(everyone);
  });

  it('derives its sets from the catalogue', () => {
    expect(CHANNEL_PERMISSIONS & p('KickMembers', 'Administrator', 'ManageGuild')).toBe(0n);
    expect(CHANNEL_PERMISSIONS & p('ViewChannel', 'PinMessages', 'RequestToSpeak')).toBe(
      p('ViewChannel', 'PinMessages', 'RequestToSpeak'),
    );
    expect(keysOf(NEEDS_CONNECT)).toEqual([
      'ManageChannels',
      'ManageRoles',
      'Connect',
      'Speak',
      'Stream',
      'UseSoundboard',
      'UseExternalSounds',
      'UseVAD',
      'PrioritySpeaker',
      'MuteMembers',
      'DeafenMembers',
      'MoveMembers',
      'SetVoiceChannelStatus',
      'RequestToSpeak',
      'CreateEvents',
      'ManageEvents',
    ]);
  });
});

describe('timeout', () => {
  const everyone = p('ViewChannel', 'SendMessages', 'ReadMessageHistory', 'KickMembers');
  const future = '2026-03-01T12:00:00.001Z';

  it('keeps only View Channel and Read Message History while it runs, in a channel and server-wide', () => {
    const inChannel = compute({everyone, until: future, channel: {type: GuildText}});
    expect(inChannel.effective).toBe(TIMEOUT_KEEPS);
    expect(inChannel.steps.at(-1)).toEqual({
      kind: 'timeout',
      until: future,
      added: 0n,
      removed: p('SendMessages', 'KickMembers'),
    });
    expect(compute({everyone, until: future}).effective).toBe(TIMEOUT_KEEPS);
  });

  it('is over at the moment it ends, and null means none', () => {
    expect(compute({everyone, until: NOW}).effective).toBe(everyone);
    expect(compute({everyone, until: '2026-02-01T00:00:00+07:00'}).effective).toBe(everyone);
    expect(compute({everyone, until: null}).effective).toBe(everyone);
  });

  it('reads Discord\u2019s microsecond timestamps and time zones', () => {
    expect(compute({everyone, until: '2026-03-01T12:00:00.000001+00:00'}).effective).toBe(everyone);
    expect(compute({everyone, until: '2026-03-01T12:00:00.500000+00:00'}).effective).toBe(TIMEOUT_KEEPS);
    expect(compute({everyone, until: '2026-03-01T19:30:00+07:00'}).effective).toBe(TIMEOUT_KEEPS);
  });

  it('spares the owner and Administrator', () => {
    expect(compute({everyone, until: future, owner: true}).effective).toBe(ALL_PERMISSIONS);
    expect(compute({everyone: everyone | p('Administrator'), until: future}).effective).toBe(ALL_PERMISSIONS);
  });

  it('uses the clock when the context has no time', () => {
    const context = {...server({everyone, until: '2999-01-01T00:00:00Z'}), now: undefined};
    expect(compute(context).effective).toBe(TIMEOUT_KEEPS);
  });
});

describe('bad contexts are error values', () => {
  const good = server({roles: [BOT_ROLE], botRoles: [BOT_ROLE.id], channel: {type: GuildText}});
  const withRole = (patch: object) => ({...good, roles: [good.roles[0], {...good.roles[1], ...patch}]});
  const withOverwrite = (patch: object) => ({
    ...good,
    channel: {type: GuildText, permission_overwrites: [{id: GUILD, type: 0, allow: '0', deny: '0', ...patch}]},
  });

  it.each<[string, unknown, ContextErrorCode]>([
    ['null', null, 'not-an-object'],
    ['an array', [], 'not-an-object'],
    ['no guild', {...good, guild: undefined}, 'missing-field'],
    ['a guild string', {...good, guild: 'x'}, 'not-an-object'],
    ['a guild id that is not digits', {...good, guild: {id: 'abc', owner_id: SOMEONE}}, 'bad-snowflake'],
    ['a guild id too large', {...good, guild: {id: '18446744073709551616', owner_id: SOMEONE}}, 'bad-snowflake'],
    ['a numeric owner id', {...good, guild: {id: GUILD, owner_id: 3000}}, 'bad-snowflake'],
    ['roles not a list', {...good, roles: {}}, 'not-a-list'],
    ['a role not an object', {...good, roles: [good.roles[0], 'x']}, 'not-an-object'],
    ['no @everyone role', {...good, roles: [good.roles[1]]}, 'missing-everyone-role'],
    ['two roles with one id', {...good, roles: [good.roles[0], good.roles[0]]}, 'duplicate-id'],
    ['a permission that is a number', withRole({permissions: 8}), 'bad-permission-string'],
    ['a negative permission', withRole({permissions: '-8'}), 'bad-permission-string'],
    ['a fractional permission', withRole({permissions: '8.5'}), 'bad-permission-string'],
    ['a hex permission', withRole({permissions: '0x8'}), 'bad-permission-string'],
    ['a permission over 64 bits', withRole({permissions: '18446744073709551616'}), 'bad-permission-string'],
    ['a missing permission', withRole({permissions: undefined}), 'missing-field'],
    ['a negative position', withRole({position: -1}), 'bad-position'],
    ['a fractional position', withRole({position: 1.5}), 'bad-position'],
    ['a role name that is a number', withRole({name: 5}), 'bad-field-type'],
    ['no member', {...good, member: undefined}, 'missing-field'],
    ['no member user', {...good, member: {roles: []}}, 'missing-field'],
    ['member roles not a list', {...good, member: {user: {id: BOT}, roles: 'x'}}, 'not-a-list'],
    ['a member role that does not exist', {...good, member: {user: {id: BOT}, roles: ['999']}}, 'role-not-found'],
    [
      'a bad timeout',
      {...good, member: {user: {id: BOT}, roles: [], communication_disabled_until: 'soon'}},
      'bad-time',
    ],
    [
      '30 February',
      {...good, member: {user: {id: BOT}, roles: [], communication_disabled_until: '2026-02-30T00:00:00Z'}},
      'bad-time',
    ],
    ['a time without a zone', {...good, now: '2026-03-01T12:00:00'}, 'bad-time'],
    ['hour 24', {...good, now: '2026-03-01T24:00:00Z'}, 'bad-time'],
    ['a channel that is a list', {...good, channel: []}, 'not-an-object'],
    ['a channel without type', {...good, channel: {}}, 'missing-field'],
    ['a DM channel', {...good, channel: {type: 1}}, 'bad-channel-type'],
    ['a thread', {...good, channel: {type: 11}}, 'thread-channel'],
    ['overwrites not a list', {...good, channel: {type: GuildText, permission_overwrites: {}}}, 'not-a-list'],
    ['an overwrite type 2', withOverwrite({type: 2}), 'bad-overwrite-type'],
    ['an overwrite type "role"', withOverwrite({type: 'role'}), 'bad-overwrite-type'],
    ['an overwrite without type', withOverwrite({type: undefined}), 'missing-field'],
    ['an overwrite with a bad id', withOverwrite({id: '01'}), 'bad-snowflake'],
    ['an overwrite with a bad allow', withOverwrite({allow: 'all'}), 'bad-permission-string'],
    ['an overwrite with a bad deny', withOverwrite({deny: ''}), 'bad-permission-string'],
  ])('%s', (_name, context, code) => {
    expect(errorOf(context)).toBe(code);
  });

  it('names the field and quotes the value', () => {
    expect(effectivePermissions(withRole({permissions: 'abc'}) as PermissionContext)).toEqual({
      ok: false,
      error: {code: 'bad-permission-string', path: 'roles[1].permissions', value: 'abc'},
    });
    const long = 'x'.repeat(200);
    const result = effectivePermissions({...good, now: long});
    expect(!result.ok && result.error.value?.length).toBe(80);
    const empty = {
      ...good,
      channel: {type: GuildText, permission_overwrites: [{}, {}]},
    } as unknown as PermissionContext;
    expect(effectivePermissions(empty)).toEqual({
      ok: false,
      error: {code: 'missing-field', path: 'channel.permission_overwrites[0].id'},
    });
  });

  it('refuses two overwrites for one id, and accepts duplicates of a member role or @everyone in member.roles', () => {
    const twice = {
      ...good,
      channel: {
        type: GuildText,
        permission_overwrites: [
          {id: GUILD, type: 0, allow: '0', deny: '0'},
          {id: GUILD, type: 0, allow: '0', deny: '0'},
        ],
      },
    } as PermissionContext;
    expect(errorOf(twice)).toBe('duplicate-id');
    const repeated = {...good, member: {user: {id: BOT}, roles: [BOT_ROLE.id, BOT_ROLE.id, GUILD]}};
    expect(compute(repeated).steps.filter((s) => s.kind === 'role')).toHaveLength(1);
  });

  it('treats a null channel and null overwrites as absent', () => {
    expect(compute({...good, channel: null} as unknown as PermissionContext).computed).toBe(
      compute({}).base | BOT_ROLE.permissions,
    );
    const noOverwrites = {
      ...good,
      channel: {type: GuildText, permission_overwrites: null},
    } as unknown as PermissionContext;
    expect(errorOf(noOverwrites)).toBeUndefined();
  });
});
