import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {effectivePermissions} from './effective-permissions';
import {MAX_CONTEXT_TEXT_LENGTH, parsePermissionContext} from './permission-context-parse';

/** Roughly what a reader copies from the API: whole objects, with every field Discord sends. */
const PASTED = {
  guild: {id: '1000', owner_id: '3000', name: 'Test server', features: ['COMMUNITY'], icon: null},
  roles: [
    {
      id: '1000',
      name: '@everyone',
      color: 0,
      colors: {primary_color: 0, secondary_color: null, tertiary_color: null},
      hoist: false,
      position: 0,
      permissions: '1024',
      managed: false,
      mentionable: false,
      flags: 0,
    },
    {id: '4001', name: 'Bot', position: 1, permissions: '2048', managed: true, tags: {bot_id: '2000'}},
  ],
  member: {
    user: {id: '2000', username: 'bot', bot: true},
    roles: ['4001'],
    joined_at: '2026-01-01T00:00:00.000000+00:00',
    communication_disabled_until: null,
    nick: null,
  },
  channel: {
    id: '5000',
    name: 'general',
    type: 0,
    guild_id: '1000',
    position: 3,
    permission_overwrites: [{id: '1000', type: 0, allow: '0', deny: '2048'}],
    topic: null,
  },
  now: '2026-03-01T12:00:00.000Z',
};

const parse = (value: unknown) => parsePermissionContext(typeof value === 'string' ? value : JSON.stringify(value));

describe('parsePermissionContext', () => {
  it('reads whole API objects and keeps only what the computation uses', () => {
    expect(parse(PASTED)).toEqual({
      ok: true,
      value: {
        guild: {id: '1000', owner_id: '3000'},
        roles: [
          {id: '1000', name: '@everyone', position: 0, permissions: '1024'},
          {id: '4001', name: 'Bot', position: 1, permissions: '2048'},
        ],
        member: {user: {id: '2000'}, roles: ['4001'], communication_disabled_until: null},
        channel: {
          id: '5000',
          name: 'general',
          type: 0,
          permission_overwrites: [{id: '1000', type: 0, allow: '0', deny: '2048'}],
        },
        now: '2026-03-01T12:00:00.000Z',
      },
    });
  });

  it('takes the roles from a whole guild object when the top level has none', () => {
    const {roles, ...rest} = PASTED;
    const result = parse({...rest, guild: {...PASTED.guild, roles}});
    expect(result.ok && result.value.roles.map((r) => r.id)).toEqual(['1000', '4001']);
  });

  it('reads v6-era overwrite types and audit-log string numbers', () => {
    const overwrites = [
      {id: '1000', type: 'role', allow: '0', deny: '0'},
      {id: '2000', type: 'member', allow: '0', deny: '0'},
      {id: '4001', type: '0', allow: 0, deny: 2048},
    ];
    const result = parse({...PASTED, channel: {type: 0, permission_overwrites: overwrites}});
    expect(result.ok && result.value.channel?.permission_overwrites).toEqual([
      {id: '1000', type: 0, allow: '0', deny: '0'},
      {id: '2000', type: 1, allow: '0', deny: '0'},
      {id: '4001', type: 0, allow: '0', deny: '2048'},
    ]);
  });

  it('reads small JSON-number permissions but refuses numbers JSON.parse may have rounded', () => {
    const role = (permissions: unknown) => ({...PASTED, roles: [{...PASTED.roles[0], permissions}, PASTED.roles[1]]});
    expect(parse(role(1024)).ok).toBe(true);
    expect(
      parse(
        '{"guild":{"id":"1","owner_id":"2"},"roles":[{"id":"1","position":0,"permissions":9007199254740993}],"member":{"user":{"id":"3"},"roles":[]}}',
      ),
    ).toEqual({
      ok: false,
      error: {code: 'bad-permission-string', path: 'roles[0].permissions', value: '9007199254740992'},
    });
  });

  it('leaves out a null channel and null overwrites', () => {
    const result = parse({...PASTED, channel: null});
    expect(result.ok && 'channel' in result.value).toBe(false);
    expect(parse({...PASTED, channel: {type: 2, permission_overwrites: null}}).ok).toBe(true);
  });

  it('reports bad JSON with where it stopped, when the engine says', () => {
    const result = parse('{"guild": }');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-json');
      if (result.error.position !== undefined) expect(result.error.position).toBeGreaterThan(0);
    }
    expect(parse('')).toMatchObject({ok: false, error: {code: 'bad-json'}});
  });

  it.each([
    ['a list', '[]', 'not-an-object'],
    ['a number', '5', 'not-an-object'],
    ['null', 'null', 'not-an-object'],
    ['no guild', JSON.stringify({...PASTED, guild: undefined}), 'missing-field'],
    ['a member that is text', JSON.stringify({...PASTED, member: 'bot'}), 'not-an-object'],
    ['a member without user', JSON.stringify({...PASTED, member: {roles: []}}), 'missing-field'],
    ['a member user that is text', JSON.stringify({...PASTED, member: {user: 'x', roles: []}}), 'not-an-object'],
    ['a channel that is text', JSON.stringify({...PASTED, channel: 'general'}), 'not-an-object'],
    [
      'an overwrite type "everyone"',
      JSON.stringify({
        ...PASTED,
        channel: {type: 0, permission_overwrites: [{id: '1', type: 'everyone', allow: '0', deny: '0'}]},
      }),
      'bad-overwrite-type',
    ],
    [
      'an overwrite type "constructor"',
      JSON.stringify({
        ...PASTED,
        channel: {type: 0, permission_overwrites: [{id: '1', type: 'constructor', allow: '0', deny: '0'}]},
      }),
      'bad-overwrite-type',
    ],
    [
      'an overwrite that is text',
      JSON.stringify({...PASTED, channel: {type: 0, permission_overwrites: ['x']}}),
      'not-an-object',
    ],
    ['a role that is text', JSON.stringify({...PASTED, roles: ['x']}), 'not-an-object'],
    [
      'a member role that is missing',
      JSON.stringify({...PASTED, member: {...PASTED.member, roles: ['9']}}),
      'role-not-found',
    ],
    ['a thread', JSON.stringify({...PASTED, channel: {type: 11}}), 'thread-channel'],
    ['a bad now', JSON.stringify({...PASTED, now: 5}), 'bad-time'],
  ])('refuses %s', (_name, text, code) => {
    expect(parse(text)).toMatchObject({ok: false, error: {code}});
  });

  it('refuses a paste over the limit before parsing it, and says the limit', () => {
    expect(parse(' '.repeat(MAX_CONTEXT_TEXT_LENGTH + 1))).toEqual({
      ok: false,
      error: {code: 'too-large', limit: MAX_CONTEXT_TEXT_LENGTH},
    });
    expect(parsePermissionContext(undefined as unknown as string)).toMatchObject({
      ok: false,
      error: {code: 'bad-json'},
    });
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parsePermissionContext(text);
        if (result.ok) expect(effectivePermissions(result.value).ok).toBe(true);
      }),
      {numRuns: 500},
    );
  });
});
