import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {BOT_ACTIONS} from '../bot-actions';
import {decodeDebuggerState, encodeDebuggerState} from '../debugger-state';
import {
  effectivePermissions,
  explainAction,
  GUILD_CHANNEL_TYPES,
  type PermissionContext,
  type PermissionOverwriteInput,
} from '../effective-permissions';
import {encodePermissions} from '../permission-bits';
import {ALL_PERMISSIONS, getPermission, PERMISSIONS} from '../permissions';
import {debuggerContext, debuggerRoleId, debuggerTarget} from './context';
import {debuggerStateFromContext, type ContextImport} from './from-context';
import {
  MAX_DEBUGGER_ROLES,
  MAX_ROLE_NAME_LENGTH,
  type DebuggerOverwrite,
  type DebuggerState,
  type DebuggerSubject,
  type DebuggerTarget,
} from './model';

const VIEW = encodePermissions(['ViewChannel']);
const SEND = encodePermissions(['SendMessages']);
const KICK = encodePermissions(['KickMembers']);
const ADMINISTRATOR = getPermission('Administrator').value;
const NOW = '2026-03-01T12:00:00.000Z';

/**
 * A pasted server: guild 10 (so @everyone is role 10), the bot is member 20, 21 is someone else. Roles 9 and 100 tie
 * at position 2, where 9 (the lower ID) ranks higher although it sorts after 100 as text.
 */
const CONTEXT: PermissionContext = {
  guild: {id: '10', owner_id: '21'},
  roles: [
    {id: '33', name: 'Low', permissions: '0', position: 1},
    {id: '100', name: 'Tie, higher ID', permissions: String(SEND), position: 2},
    {id: '10', name: '@everyone', permissions: String(VIEW), position: 0},
    {id: '9', name: 'Tie, lower ID', permissions: String(KICK), position: 2},
    {id: '40', permissions: '8', position: 5},
  ],
  member: {user: {id: '20'}, roles: ['33', '100', '10'], communication_disabled_until: null},
  channel: {
    id: '50',
    name: 'general',
    type: GUILD_CHANNEL_TYPES.GuildVoice,
    permission_overwrites: [
      {id: '10', type: 0, allow: '0', deny: String(SEND)},
      {id: '21', type: 1, allow: String(SEND), deny: '0'},
      {id: '20', type: 1, allow: String(KICK), deny: '0'},
      {id: '99', type: 0, allow: '0', deny: String(VIEW)},
      {id: '9', type: 0, allow: String(VIEW), deny: String(KICK)},
    ],
  },
  now: NOW,
};

function imported(context: PermissionContext, keep: Pick<DebuggerState, 'subject'> = {}): ContextImport {
  const result = debuggerStateFromContext(context, keep);
  if (!result.ok) throw new Error(`import refused: ${result.error.code} ${result.error.path ?? ''}`);
  return result.value;
}

function computed(context: PermissionContext) {
  const result = effectivePermissions(context);
  if (!result.ok) throw new Error(`context refused: ${result.error.code} ${result.error.path ?? ''}`);
  const {base, computed: beforeImplicit, effective} = result.value;
  return {base, computed: beforeImplicit, effective};
}

describe('debuggerStateFromContext', () => {
  it('lists roles highest first, ties by the lower ID, and maps the bot, its overwrites and @everyone', () => {
    expect(imported(CONTEXT)).toEqual({
      state: {
        everyone: VIEW,
        roles: [
          {id: '40', name: '', position: 5, permissions: 8n},
          {id: '9', name: 'Tie, lower ID', position: 2, permissions: KICK},
          {id: '100', name: 'Tie, higher ID', position: 2, permissions: SEND},
          {id: '33', name: 'Low', position: 1, permissions: 0n},
        ],
        botRoles: [2, 3],
        owner: false,
        timedOut: false,
        channel: {
          type: GUILD_CHANNEL_TYPES.GuildVoice,
          overwrites: [
            {target: 'everyone', allow: 0n, deny: SEND},
            {target: 'bot', allow: KICK, deny: 0n},
            {target: 1, allow: VIEW, deny: KICK},
          ],
        },
      },
      // The other member's overwrite and the one for a role the server does not have.
      skippedOverwrites: 2,
      skippedRoles: 0,
    });
  });

  it('computes what the pasted context computes', () => {
    const {state} = imported(CONTEXT);
    expect(computed(debuggerContext(state))).toEqual(computed(CONTEXT));
    // The tie is kept: the role listed first gets the lower stand-in ID, as 9 ranks above 100.
    const kick = explainAction(CONTEXT, 'kick', {memberRoles: ['9']});
    const kickState = explainAction(debuggerContext(state), 'kick', {memberRoles: [debuggerRoleId(1)]});
    const hierarchy = (verdict: typeof kick) =>
      verdict.ok ? verdict.value.blockers.filter((b) => b.kind === 'hierarchy') : [];
    expect(hierarchy(kick)).toEqual([{kind: 'hierarchy', botRoleId: '100', targetRoleId: '9'}]);
    expect(hierarchy(kickState)).toEqual([
      {kind: 'hierarchy', botRoleId: debuggerRoleId(2), targetRoleId: debuggerRoleId(1)},
    ]);
  });

  it('reads the owner, and a timeout only while it is after the context’s now', () => {
    const member = CONTEXT.member;
    expect(imported({...CONTEXT, guild: {id: '10', owner_id: '20'}}).state.owner).toBe(true);
    const timedOut = (until: string | null | undefined) =>
      imported({...CONTEXT, member: {...member, communication_disabled_until: until}}).state.timedOut;
    expect(timedOut('2026-03-01T12:00:00.001Z')).toBe(true);
    expect(timedOut('2026-03-08T00:00:00.000000+00:00')).toBe(true);
    expect(timedOut(NOW)).toBe(false);
    expect(timedOut('2026-02-28T12:00:00.000Z')).toBe(false);
    expect(timedOut(null)).toBe(false);
    expect(timedOut(undefined)).toBe(false);
    // A timeout in the past is no timeout; the same one is running a day earlier.
    const until = '2026-03-01T00:00:00.000Z';
    const earlier = {...CONTEXT, member: {...member, communication_disabled_until: until}, now: '2026-02-28T12:00:00Z'};
    expect(imported(earlier).state.timedOut).toBe(true);
  });

  it('has no channel for a server-wide context, and an empty list for a channel without overwrites', () => {
    const {channel: _channel, ...serverWide} = CONTEXT;
    const {state, skippedOverwrites} = imported(serverWide);
    expect('channel' in state).toBe(false);
    expect(skippedOverwrites).toBe(0);
    expect(imported({...CONTEXT, channel: {type: GUILD_CHANNEL_TYPES.GuildForum}}).state.channel).toEqual({
      type: GUILD_CHANNEL_TYPES.GuildForum,
      overwrites: [],
    });
  });

  it('keeps the chosen subject and nothing else from before', () => {
    const subject: DebuggerSubject = {kind: 'permission', key: 'KickMembers'};
    expect(imported(CONTEXT, {subject}).state.subject).toEqual(subject);
    const state = imported(CONTEXT, {subject: {kind: 'action', id: 'kick'}}).state;
    expect(state.subject).toEqual({kind: 'action', id: 'kick'});
    expect('target' in state).toBe(false);
    expect('subject' in imported(CONTEXT).state).toBe(false);
    expect('subject' in imported(CONTEXT, {subject: undefined}).state).toBe(false);
  });

  it('cuts role names to the limit and reads a missing name as empty', () => {
    const long = 'n'.repeat(MAX_ROLE_NAME_LENGTH + 20);
    const context: PermissionContext = {
      ...CONTEXT,
      roles: [...CONTEXT.roles.filter((r) => r.id !== '33'), {id: '33', name: long, permissions: '0', position: 1}],
    };
    const names = imported(context).state.roles.map((r) => r.name);
    expect(names).toEqual(['', 'Tie, lower ID', 'Tie, higher ID', 'n'.repeat(MAX_ROLE_NAME_LENGTH)]);
  });

  it('keeps only what the page URL can carry: whole characters, no lone surrogates, no "0" label, 9-digit positions', () => {
    const context: PermissionContext = {
      guild: {id: '1', owner_id: '1'},
      roles: [
        {id: '1', permissions: '0', position: 0},
        {id: '0', name: `${'a'.repeat(MAX_ROLE_NAME_LENGTH - 1)}😀b`, permissions: '1', position: 5},
        {id: '7', name: 'x\uD800y\uDC00', permissions: '2', position: 2_000_000_000},
        {id: '6', name: '😀', permissions: '4', position: 2_000_000_000},
        {id: '8', permissions: '8', position: 0},
      ],
      member: {user: {id: '2'}, roles: ['0', '7', '8']},
      now: NOW,
    };
    const {state} = imported(context);
    expect(state.roles).toEqual([
      {id: '6', name: '😀', position: 2, permissions: 4n},
      {id: '7', name: 'x\uFFFDy\uFFFD', position: 2, permissions: 2n},
      {name: 'a'.repeat(MAX_ROLE_NAME_LENGTH - 1), position: 1, permissions: 1n},
      {id: '8', name: '', position: 0, permissions: 8n},
    ]);
    expect(decodeDebuggerState(encodeDebuggerState(state))).toEqual({state, ignored: []});
    expect(computed(debuggerContext(state))).toEqual(computed(context));
    // Positions that fit are kept as pasted.
    const fits = {...context, roles: context.roles.map((r) => ({...r, position: Math.min(r.position, 999_999_999)}))};
    expect(imported(fits).state.roles.map((r) => r.position)).toEqual([999_999_999, 999_999_999, 5, 0]);
  });

  it(`keeps the ${MAX_DEBUGGER_ROLES} highest roles and counts the rest, and the overwrites that named them`, () => {
    const count = MAX_DEBUGGER_ROLES + 2;
    const roles = Array.from({length: count}, (_, i) => ({
      id: String(1000 + i),
      name: `r${i}`,
      permissions: '0',
      position: count - i,
    }));
    const lowest = roles[count - 1]?.id ?? '';
    const context: PermissionContext = {
      guild: {id: '1', owner_id: '2'},
      roles: [{id: '1', permissions: '0', position: 0}, ...roles],
      member: {user: {id: '2'}, roles: ['1000', lowest]},
      channel: {
        type: 0,
        permission_overwrites: [
          {id: lowest, type: 0, allow: '1', deny: '0'},
          {id: '1000', type: 0, allow: '2', deny: '0'},
        ],
      },
      now: NOW,
    };
    const {state, skippedRoles, skippedOverwrites} = imported(context);
    expect(state.roles).toHaveLength(MAX_DEBUGGER_ROLES);
    expect(state.roles.at(-1)?.id).toBe(String(1000 + MAX_DEBUGGER_ROLES - 1));
    expect(state.botRoles).toEqual([0]);
    expect(state.owner).toBe(true);
    expect(state.channel?.overwrites).toEqual([{target: 0, allow: 2n, deny: 0n}]);
    expect(skippedRoles).toBe(2);
    expect(skippedOverwrites).toBe(1);
  });

  it('returns the context error for a context it cannot read', () => {
    const noEveryone = {...CONTEXT, roles: CONTEXT.roles.filter((r) => r.id !== '10')};
    expect(debuggerStateFromContext(noEveryone, {})).toEqual({
      ok: false,
      error: {code: 'missing-everyone-role', path: 'roles', value: '10'},
    });
    expect(debuggerStateFromContext({...CONTEXT, channel: {type: 11}}, {})).toEqual({
      ok: false,
      error: {code: 'thread-channel', path: 'channel.type', value: '11'},
    });
    const stray = {...CONTEXT, member: {...CONTEXT.member, roles: ['77']}};
    expect(debuggerStateFromContext(stray, {})).toMatchObject({ok: false, error: {code: 'role-not-found'}});
  });
});

// Property tests.

/** fc.bigInt is slow enough to dominate these tests; two 32-bit halves are not. */
const u64 = fc
  .tuple(fc.integer({min: 0, max: 0xffffffff}), fc.integer({min: 0, max: 0xffffffff}))
  .map(([high, low]) => (BigInt(high) << 32n) | BigInt(low));

const sparse = fc
  .array(fc.integer({min: 0, max: 52}), {maxLength: 10})
  .map((bits) => bits.reduce((value, bit) => value | (1n << BigInt(bit)), 0n) & ALL_PERMISSIONS & ~ADMINISTRATOR);

const permissions = fc.oneof(
  {arbitrary: sparse, weight: 6},
  {arbitrary: u64.map((bits) => bits & ALL_PERMISSIONS & ~ADMINISTRATOR), weight: 2},
  {arbitrary: fc.constant(ADMINISTRATOR), weight: 1},
  {arbitrary: u64, weight: 1},
);

const indices = (count: number) =>
  count === 0
    ? fc.constant([])
    : fc
        .uniqueArray(fc.integer({min: 0, max: count - 1}), {maxLength: count})
        .map((list) => list.sort((a, b) => a - b));

function targets(count: number, subject: DebuggerSubject | undefined): fc.Arbitrary<DebuggerTarget | undefined> {
  const kind = subject?.kind === 'action' ? BOT_ACTIONS.find((a) => a.id === subject.id)?.target : undefined;
  if (kind === 'member') return indices(count).map((roles): DebuggerTarget => ({kind: 'member', roles}));
  if (kind === 'role' && count > 0) return fc.integer({min: 0, max: count - 1}).map((r) => ({kind: 'role', role: r}));
  return fc.constant(undefined);
}

/** Debugger states, with positions tied often, names and ID labels that the import cannot keep. */
const states: fc.Arbitrary<DebuggerState> = fc
  .array(
    fc.record(
      {
        id: u64.filter((id) => id > 0n).map(String),
        name: fc.string({maxLength: 8}),
        position: fc.integer({min: 0, max: 4}),
        permissions,
      },
      {requiredKeys: ['name', 'position', 'permissions']},
    ),
    {maxLength: 6},
  )
  .chain((roles) => {
    const count = roles.length;
    const overwriteTarget: fc.Arbitrary<DebuggerOverwrite['target']> =
      count > 0
        ? fc.oneof(fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot'), fc.integer({min: 0, max: count - 1}))
        : fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot');
    const subject = fc.option(
      fc.oneof(
        fc.constantFrom(...BOT_ACTIONS).map((a): DebuggerSubject => ({kind: 'action', id: a.id})),
        fc.constantFrom(...PERMISSIONS).map((p): DebuggerSubject => ({kind: 'permission', key: p.key})),
      ),
      {nil: undefined},
    );
    return fc
      .record({
        everyone: permissions,
        botRoles: indices(count),
        owner: fc.constantFrom(false, false, false, true),
        timedOut: fc.boolean(),
        channel: fc.option(
          fc.record({
            type: fc.constantFrom(...Object.values(GUILD_CHANNEL_TYPES)),
            overwrites: fc.uniqueArray(fc.record({target: overwriteTarget, allow: sparse, deny: sparse}), {
              selector: (o) => o.target,
              maxLength: 4,
            }),
          }),
          {nil: undefined},
        ),
        subject,
      })
      .chain(({channel, subject: chosen, ...rest}) =>
        targets(count, chosen).map((target): DebuggerState => ({
          ...rest,
          roles,
          ...(channel ? {channel} : {}),
          ...(chosen ? {subject: chosen} : {}),
          ...(target ? {target} : {}),
        })),
      );
  });

/** The target of `state`, its role indices moved to where the import put each role. */
function movedTarget(target: DebuggerTarget | undefined, state: DebuggerState): DebuggerTarget | undefined {
  const place = (index: number) => state.roles.findIndex((r) => r.id === debuggerRoleId(index));
  if (target?.kind === 'member') return {kind: 'member', roles: target.roles.map(place).sort((a, b) => a - b)};
  if (target?.kind === 'role') return {kind: 'role', role: place(target.role)};
  return target;
}

/**
 * Pasted servers as a reader might write or copy them: IDs from "0" to 2^64 − 1, the bot's ID sometimes also a
 * role's, names long, short or missing, positions from 0 to far past what Discord uses, overwrites of both types
 * for anyone, including roles and members the server lacks.
 */
const ids = fc.oneof(fc.integer({min: 0, max: 40}).map(String), u64.filter((id) => id > 0n).map(String));
const names = fc.option(
  fc.oneof(
    fc.string({maxLength: 10}),
    fc.string({unit: 'binary', minLength: MAX_ROLE_NAME_LENGTH - 5, maxLength: MAX_ROLE_NAME_LENGTH + 5}),
  ),
  {nil: undefined},
);
const positions = fc.oneof(
  {arbitrary: fc.integer({min: 0, max: 4}), weight: 8},
  {arbitrary: fc.integer({min: 0, max: Number.MAX_SAFE_INTEGER}), weight: 1},
);

const pasted: fc.Arbitrary<PermissionContext> = fc
  .uniqueArray(ids, {minLength: 12, maxLength: 12})
  .chain(([guildId = '', memberId = '', otherId = '', ...roleIds]) => {
    const roleList = fc.subarray(roleIds, {maxLength: 7}).chain((chosen) =>
      fc.tuple(
        ...chosen.map((id) =>
          fc.record({id: fc.constant(id), name: names, permissions, position: positions}).map((r) => {
            const {name, ...rest} = r;
            return {...rest, permissions: String(r.permissions), ...(name === undefined ? {} : {name})};
          }),
        ),
      ),
    );
    const overwrite = fc.record({
      id: fc.constantFrom(guildId, memberId, otherId, ...roleIds),
      type: fc.constantFrom<0 | 1>(0, 1),
      allow: sparse.map(String),
      deny: sparse.map(String),
    });
    return fc
      .record({
        roles: roleList,
        everyone: fc.record({permissions, position: positions}),
        memberRoles: fc.subarray(roleIds),
        owner: fc.constantFrom(memberId, otherId, otherId, otherId),
        until: fc.option(
          fc.integer({min: -3_600_000, max: 3_600_000}).map((offset) => new Date(Date.parse(NOW) + offset)),
          {nil: null},
        ),
        channel: fc.option(
          fc.record({
            type: fc.constantFrom(...Object.values(GUILD_CHANNEL_TYPES)),
            overwrites: fc.uniqueArray(overwrite, {selector: (o) => o.id, maxLength: 6}),
          }),
          {nil: undefined},
        ),
      })
      .map(({roles, everyone, memberRoles, owner, until, channel}): PermissionContext => {
        const existing = new Set(roles.map((r) => r.id));
        const overwrites: PermissionOverwriteInput[] | undefined = channel?.overwrites;
        return {
          guild: {id: guildId, owner_id: owner},
          roles: [{id: guildId, permissions: String(everyone.permissions), position: everyone.position}, ...roles],
          member: {
            user: {id: memberId},
            roles: memberRoles.filter((id) => existing.has(id)),
            communication_disabled_until: until?.toISOString() ?? null,
          },
          ...(channel ? {channel: {type: channel.type, permission_overwrites: overwrites}} : {}),
          now: NOW,
        };
      });
  });

/** What a pasted overwrite becomes: the bot's own, @everyone's, a role's, or nothing (it cannot matter). */
function counts(o: PermissionOverwriteInput, context: PermissionContext): boolean {
  if (o.type === 1) return o.id === context.member.user.id;
  return o.id === context.guild.id || context.roles.some((r) => r.id === o.id);
}

describe('debuggerStateFromContext, properties', () => {
  it('round-trips a state through its context: the same permissions and verdicts, roles reordered', () => {
    fc.assert(
      fc.property(states, (state) => {
        const context = debuggerContext(state);
        const {state: back, skippedOverwrites, skippedRoles} = imported(context, {subject: state.subject});
        expect(skippedOverwrites).toBe(0);
        expect(skippedRoles).toBe(0);
        expect(back.subject).toEqual(state.subject);
        expect(computed(debuggerContext(back))).toEqual(computed(context));
        // Highest first, and the same roles.
        const ranks = back.roles.map((r) => r.position);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        expect(back.roles.map((r) => r.id).sort()).toEqual(state.roles.map((_r, i) => debuggerRoleId(i)).sort());
        // The hierarchy too: the same action on the same target gets the same answer.
        if (state.subject?.kind === 'action' && state.target !== undefined) {
          const moved: DebuggerState = {...back, target: movedTarget(state.target, back)};
          const before = explainAction(context, state.subject.id, debuggerTarget(state));
          const after = explainAction(debuggerContext(moved), state.subject.id, debuggerTarget(moved));
          expect(after.ok && {allowed: after.value.allowed, missing: after.value.missing}).toEqual(
            before.ok && {allowed: before.value.allowed, missing: before.value.missing},
          );
        }
      }),
      {numRuns: 400},
    );
  });

  it('imports any pasted context as a state that computes the same and survives the page URL', () => {
    fc.assert(
      fc.property(pasted, (context) => {
        const {state, skippedOverwrites, skippedRoles} = imported(context);
        expect(skippedRoles).toBe(0);
        const overwrites = context.channel?.permission_overwrites ?? [];
        expect(skippedOverwrites).toBe(overwrites.filter((o) => !counts(o, context)).length);
        expect(computed(debuggerContext(state))).toEqual(computed(context));
        expect(state.roles.every((r) => r.name.length <= MAX_ROLE_NAME_LENGTH)).toBe(true);
        expect(state.owner).toBe(context.guild.owner_id === context.member.user.id);
        expect(decodeDebuggerState(encodeDebuggerState(state))).toEqual({state, ignored: []});
      }),
      {numRuns: 400},
    );
  });
});
