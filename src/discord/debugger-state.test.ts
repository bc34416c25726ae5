import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {BOT_ACTIONS} from './bot-actions';
import {
  DEBUGGER_IDS,
  DEBUGGER_PARAMS,
  debuggerContext,
  debuggerRoleId,
  debuggerRoleIndex,
  debuggerTarget,
  decodeDebuggerState,
  DEFAULT_DEBUGGER_STATE,
  encodeDebuggerState,
  MAX_DEBUGGER_ROLES,
  MAX_DEBUGGER_SEARCH_LENGTH,
  MAX_ROLE_NAME_LENGTH,
  type DebuggerState,
  type DebuggerTarget,
} from './debugger-state';
import {effectivePermissions, explainAction, GUILD_CHANNEL_TYPES} from './effective-permissions';
import {encodePermissions} from './permission-bits';
import {PERMISSIONS} from './permissions';

const u64 = fc
  .tuple(fc.integer({min: 0, max: 0xffffffff}), fc.integer({min: 0, max: 0xffffffff}))
  .map(([high, low]) => (BigInt(high) << 32n) | BigInt(low));

const role = fc.record(
  {
    id: u64.filter((id) => id > 0n).map(String),
    name: fc.string({unit: 'grapheme', maxLength: 20}).filter((name) => name.length <= MAX_ROLE_NAME_LENGTH),
    position: fc.integer({min: 0, max: 300}),
    permissions: u64,
  },
  {requiredKeys: ['name', 'position', 'permissions']},
);

const indices = (count: number) =>
  fc
    .uniqueArray(fc.integer({min: 0, max: Math.max(0, count - 1)}), {maxLength: count})
    .map((list) => (count === 0 ? [] : [...list].sort((a, b) => a - b)));

function targetFor(count: number, kind: 'none' | 'member' | 'role'): fc.Arbitrary<DebuggerTarget | undefined> {
  if (kind === 'member') {
    return fc.option(
      fc.oneof(
        fc.constant<DebuggerTarget>({kind: 'owner'}),
        indices(count).map((roles): DebuggerTarget => ({kind: 'member', roles})),
      ),
      {nil: undefined},
    );
  }
  if (kind === 'role' && count > 0) {
    return fc.option(
      fc.integer({min: 0, max: count - 1}).map((r): DebuggerTarget => ({kind: 'role', role: r})),
      {nil: undefined},
    );
  }
  return fc.constant(undefined);
}

const states: fc.Arbitrary<DebuggerState> = fc.array(role, {maxLength: 6}).chain((roles) => {
  const count = roles.length;
  const overwriteTarget =
    count > 0
      ? fc.oneof(fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot'), fc.integer({min: 0, max: count - 1}))
      : fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot');
  const subject = fc.option(
    fc.oneof(
      fc.constantFrom(...BOT_ACTIONS).map((a) => ({kind: 'action' as const, id: a.id})),
      fc.constantFrom(...PERMISSIONS).map((p) => ({kind: 'permission' as const, key: p.key})),
    ),
    {nil: undefined},
  );
  return fc
    .record({
      everyone: u64,
      botRoles: indices(count),
      owner: fc.boolean(),
      timedOut: fc.boolean(),
      channel: fc.option(
        fc.record({
          type: fc.constantFrom(...Object.values(GUILD_CHANNEL_TYPES)),
          overwrites: fc.uniqueArray(fc.record({target: overwriteTarget, allow: u64, deny: u64}), {
            selector: (o) => o.target,
            maxLength: 4,
          }),
        }),
        {nil: undefined},
      ),
      subject,
    })
    .chain((rest) => {
      const chosen = rest.subject;
      const kind = chosen?.kind === 'action' ? (BOT_ACTIONS.find((a) => a.id === chosen.id)?.target ?? 'none') : 'none';
      return targetFor(count, kind).map((target): DebuggerState => {
        const {channel, subject, ...plain} = rest;
        return {
          ...plain,
          roles,
          ...(channel ? {channel} : {}),
          ...(subject ? {subject} : {}),
          ...(target ? {target} : {}),
        };
      });
    });
});

describe('encodeDebuggerState / decodeDebuggerState', () => {
  it('round-trips every state, with nothing ignored', () => {
    fc.assert(
      fc.property(states, (state) => {
        expect(decodeDebuggerState(encodeDebuggerState(state))).toEqual({state, ignored: []});
        expect(decodeDebuggerState(`?${encodeDebuggerState(state)}`).state).toEqual(state);
      }),
      {numRuns: 1000},
    );
  });

  it('writes a readable query', () => {
    expect(encodeDebuggerState(DEFAULT_DEBUGGER_STATE)).toBe(
      'everyone=68672&role=1%3A52224%3A%3ABot&bot=0&channel=0&action=send-message',
    );
    const state: DebuggerState = {
      everyone: 0n,
      roles: [{id: '41771983423143936', name: 'Mods: day & night', position: 3, permissions: 2n}],
      botRoles: [],
      owner: true,
      timedOut: true,
      channel: {type: GUILD_CHANNEL_TYPES.GuildVoice, overwrites: [{target: 0, allow: 1n, deny: 0n}]},
      subject: {kind: 'action', id: 'give-role'},
      target: {kind: 'role', role: 0},
    };
    expect(encodeDebuggerState(state)).toBe(
      'everyone=0&role=3%3A2%3A41771983423143936%3AMods%3A+day+%26+night&owner=1&timeout=1&channel=2&ow=0%3A1%3A0&action=give-role&target=0',
    );
  });

  it('gives the default state for an empty query, and keeps a chosen action with it', () => {
    expect(decodeDebuggerState('')).toEqual({state: DEFAULT_DEBUGGER_STATE, ignored: []});
    expect(decodeDebuggerState('?action=give-role&target=0').state).toEqual({
      ...DEFAULT_DEBUGGER_STATE,
      subject: {kind: 'action', id: 'give-role'},
      target: {kind: 'role', role: 0},
    });
    expect(decodeDebuggerState('lib=python').state).toEqual(DEFAULT_DEBUGGER_STATE);
  });

  it('reads a server without @everyone as 0, and a bad @everyone as the default', () => {
    expect(decodeDebuggerState('role=1:8::A').state.everyone).toBe(0n);
    expect(decodeDebuggerState('everyone=-1')).toMatchObject({
      state: {everyone: DEFAULT_DEBUGGER_STATE.everyone},
      ignored: [{param: 'everyone', value: '-1', reason: 'bad-value'}],
    });
  });

  it('leaves out what it cannot use, says so, and keeps role references pointing at the same roles', () => {
    const {state, ignored} = decodeDebuggerState(
      [
        'everyone=8',
        'role=1:8::A',
        'role=x:8::Broken',
        'role=3:16::C',
        'bot=0,1,2,7,a',
        'owner=yes',
        'timeout=0',
        'channel=0',
        'ow=2:1:0',
        'ow=1:1:0',
        'ow=2:0:1',
        'ow=bot:1',
        'ow=nobody:1:0',
        'action=kick',
        'perm=SendMessages',
        'target=owner',
        'everyone=16',
      ].join('&'),
    );
    expect(state).toEqual({
      everyone: 8n,
      roles: [
        {name: 'A', position: 1, permissions: 8n},
        {name: 'C', position: 3, permissions: 16n},
      ],
      botRoles: [0, 1],
      owner: false,
      timedOut: false,
      channel: {type: 0, overwrites: [{target: 1, allow: 1n, deny: 0n}]},
      subject: {kind: 'action', id: 'kick'},
      target: {kind: 'owner'},
    });
    expect(ignored).toEqual([
      {param: 'everyone', value: '16', reason: 'duplicate'},
      {param: 'role', value: 'x:8::Broken', reason: 'bad-value'},
      {param: 'bot', value: '0,1,2,7,a', reason: 'unknown-role'},
      {param: 'bot', value: '0,1,2,7,a', reason: 'unknown-role'},
      {param: 'bot', value: '0,1,2,7,a', reason: 'bad-value'},
      {param: 'owner', value: 'yes', reason: 'bad-value'},
      {param: 'ow', value: '1:1:0', reason: 'unknown-role'},
      {param: 'ow', value: '2:0:1', reason: 'duplicate'},
      {param: 'ow', value: 'bot:1', reason: 'bad-value'},
      {param: 'ow', value: 'nobody:1:0', reason: 'bad-value'},
      {param: 'perm', value: 'SendMessages', reason: 'duplicate'},
    ]);
  });

  it('ignores overwrites without a channel, bad channels, bad subjects and targets that do not fit', () => {
    expect(decodeDebuggerState('everyone=0&ow=everyone:0:1024').ignored).toEqual([
      {param: 'ow', value: 'everyone:0:1024', reason: 'no-channel'},
    ]);
    expect(decodeDebuggerState('everyone=0&channel=11').ignored).toEqual([
      {param: 'channel', value: '11', reason: 'bad-value'},
    ]);
    expect(decodeDebuggerState('everyone=0&action=fly&perm=Fly&target=1').ignored).toEqual([
      {param: 'action', value: 'fly', reason: 'bad-value'},
      {param: 'perm', value: 'Fly', reason: 'bad-value'},
      {param: 'target', value: '1', reason: 'no-target'},
    ]);
    expect(decodeDebuggerState('everyone=0&action=give-role&target=4').ignored).toEqual([
      {param: 'target', value: '4', reason: 'unknown-role'},
    ]);
    expect(decodeDebuggerState('everyone=0&perm=KickMembers').state.subject).toEqual({
      kind: 'permission',
      key: 'KickMembers',
    });
  });

  it('keeps to the limits: role count, name length, query length', () => {
    const many = Array.from({length: MAX_DEBUGGER_ROLES + 1}, (_, i) => `role=${i}:0::r${i}`).join('&');
    const decoded = decodeDebuggerState(many);
    expect(decoded.state.roles).toHaveLength(MAX_DEBUGGER_ROLES);
    expect(decoded.ignored).toEqual([
      {param: 'role', value: `${MAX_DEBUGGER_ROLES}:0::r${MAX_DEBUGGER_ROLES}`, reason: 'too-many'},
    ]);
    const longName = `1:0::${'n'.repeat(MAX_ROLE_NAME_LENGTH + 1)}`;
    expect(decodeDebuggerState(`role=${longName}`).ignored).toEqual([
      {param: 'role', value: longName, reason: 'too-long'},
    ]);
    expect(decodeDebuggerState('x'.repeat(MAX_DEBUGGER_SEARCH_LENGTH + 1))).toEqual({
      state: DEFAULT_DEBUGGER_STATE,
      ignored: [{param: '', value: '', reason: 'too-long'}],
    });
    expect(decodeDebuggerState('role=1:18446744073709551616::Too big').ignored[0]?.reason).toBe('bad-value');
    expect(decodeDebuggerState('role=1:0:18446744073709551616:Big id').ignored[0]?.reason).toBe('bad-value');
  });

  it('never throws on any query', () => {
    const part = fc.constantFrom(...Object.values(DEBUGGER_PARAMS), 'x');
    const queries = fc.oneof(
      fc.string(),
      fc.array(fc.tuple(part, fc.string()), {maxLength: 8}).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queries, (query) => {
        const {state} = decodeDebuggerState(query);
        expect(effectivePermissions(debuggerContext(state)).ok).toBe(true);
      }),
      {numRuns: 500},
    );
  });
});

describe('debuggerContext / debuggerTarget', () => {
  it('builds a context the computation accepts, with stand-in IDs', () => {
    fc.assert(
      fc.property(states, (state) => {
        const context = debuggerContext(state);
        expect(effectivePermissions(context).ok).toBe(true);
        if (state.subject?.kind === 'action') {
          const verdict = explainAction(context, state.subject.id, debuggerTarget(state));
          // Giving a role needs the role; until the reader picks one, that is the only error.
          const noRoleYet = state.subject.id === 'give-role' && state.target === undefined;
          expect(verdict.ok ? 'ok' : verdict.error.code).toBe(noRoleYet ? 'bad-target' : 'ok');
        }
      }),
      {numRuns: 300},
    );
  });

  it('maps owner, timeout, overwrites and targets', () => {
    const state: DebuggerState = {
      everyone: 0n,
      roles: [
        {name: 'A', position: 1, permissions: encodePermissions(['KickMembers'])},
        {name: 'B', position: 1, permissions: 0n},
      ],
      botRoles: [0],
      owner: false,
      timedOut: true,
      channel: {
        type: 0,
        overwrites: [
          {target: 'everyone', allow: 0n, deny: 1n},
          {target: 'bot', allow: 1n, deny: 0n},
        ],
      },
      subject: {kind: 'action', id: 'kick'},
      target: {kind: 'member', roles: [1]},
    };
    const context = debuggerContext(state);
    expect(context.guild).toEqual({id: DEBUGGER_IDS.guild, owner_id: DEBUGGER_IDS.otherOwner});
    expect(context.member.roles).toEqual([debuggerRoleId(0)]);
    expect(context.channel?.permission_overwrites).toEqual([
      {id: DEBUGGER_IDS.guild, type: 0, allow: '0', deny: '1'},
      {id: DEBUGGER_IDS.bot, type: 1, allow: '1', deny: '0'},
    ]);
    expect(debuggerTarget(state)).toEqual({memberRoles: [debuggerRoleId(1)]});
    expect(debuggerTarget({...state, target: {kind: 'owner'}})).toEqual({isOwner: true});
    expect(debuggerTarget({...state, subject: {kind: 'action', id: 'send-message'}})).toBeUndefined();
    expect(
      debuggerTarget({...state, subject: {kind: 'action', id: 'give-role'}, target: {kind: 'role', role: 1}}),
    ).toEqual({
      roleId: debuggerRoleId(1),
    });
    expect(debuggerTarget({...state, target: undefined})).toBeUndefined();
    // Equal positions: the earlier role ranks higher, as a lower ID would.
    const kick = explainAction(context, 'kick', debuggerTarget(state));
    expect(kick.ok && kick.value.blockers).toEqual([
      {kind: 'timeout', permission: 'KickMembers', until: '2026-01-02T00:00:00.000Z'},
    ]);
    expect(debuggerContext({...state, owner: true}).guild.owner_id).toBe(DEBUGGER_IDS.bot);
  });

  it('maps stand-in IDs back to role indices', () => {
    expect(debuggerRoleIndex(debuggerRoleId(0), DEFAULT_DEBUGGER_STATE)).toBe(0);
    expect(debuggerRoleIndex(debuggerRoleId(1), DEFAULT_DEBUGGER_STATE)).toBeUndefined();
    expect(debuggerRoleIndex(DEBUGGER_IDS.guild, DEFAULT_DEBUGGER_STATE)).toBeUndefined();
    expect(debuggerRoleIndex('abc', DEFAULT_DEBUGGER_STATE)).toBeUndefined();
  });
});
