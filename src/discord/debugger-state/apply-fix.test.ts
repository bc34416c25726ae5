import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {BOT_ACTIONS} from '../bot-actions';
import {
  applyFixes,
  effectivePermissions,
  explainAction,
  explainPermission,
  GUILD_CHANNEL_TYPES,
  type ActionVerdict,
  type ContextError,
  type Fix,
  type NotFixableReason,
  type PermissionContext,
} from '../effective-permissions';
import {encodePermissions} from '../permission-bits';
import {ALL_PERMISSIONS, getPermission, PERMISSIONS} from '../permissions';
import type {Result} from '../result';
import {applyFixesToState, applyFixToState, overwriteAfterFix, overwriteTargetOf} from './apply-fix';
import {DEBUGGER_IDS, debuggerContext, debuggerRoleId, debuggerTarget} from './context';
import type {DebuggerOverwrite, DebuggerRole, DebuggerState, DebuggerSubject, DebuggerTarget} from './model';

const VIEW = encodePermissions(['ViewChannel']);
const SEND = encodePermissions(['SendMessages']);
const EMBED = encodePermissions(['EmbedLinks']);
const KICK = encodePermissions(['KickMembers']);
const ADMINISTRATOR = getPermission('Administrator').value;

const role = (name: string, position: number, permissions = 0n): DebuggerRole => ({name, position, permissions});

/** A bot with its own role in a text channel where @everyone may not send and the role "Muted" may not see. */
const STATE: DebuggerState = {
  everyone: VIEW,
  roles: [role('Bot', 2, SEND), role('Mods', 3, KICK), role('Muted', 1)],
  botRoles: [0],
  owner: false,
  timedOut: true,
  channel: {
    type: GUILD_CHANNEL_TYPES.GuildText,
    overwrites: [
      {target: 'everyone', allow: 0n, deny: SEND | EMBED},
      {target: 2, allow: 0n, deny: VIEW},
    ],
  },
  subject: {kind: 'action', id: 'send-message'},
};

const allowFix = (
  overwriteId: string,
  overwriteType: 0 | 1,
  add: bigint,
  create = false,
): Extract<Fix, {kind: 'overwrite-allow'}> => ({
  kind: 'overwrite-allow',
  overwriteId,
  overwriteType,
  add,
  create,
});

describe('overwriteTargetOf', () => {
  it('maps the stand-in IDs back to overwrite targets', () => {
    expect(overwriteTargetOf(DEBUGGER_IDS.guild, 0, STATE)).toBe('everyone');
    expect(overwriteTargetOf(DEBUGGER_IDS.bot, 1, STATE)).toBe('bot');
    expect(overwriteTargetOf(debuggerRoleId(0), 0, STATE)).toBe(0);
    expect(overwriteTargetOf(debuggerRoleId(2), 0, STATE)).toBe(2);
  });

  it('has no target for IDs the state has no place for', () => {
    expect(overwriteTargetOf(DEBUGGER_IDS.otherOwner, 1, STATE)).toBeUndefined();
    expect(overwriteTargetOf(DEBUGGER_IDS.guild, 1, STATE)).toBeUndefined();
    expect(overwriteTargetOf(debuggerRoleId(0), 1, STATE)).toBeUndefined();
    expect(overwriteTargetOf(DEBUGGER_IDS.bot, 0, STATE)).toBeUndefined();
    expect(overwriteTargetOf(debuggerRoleId(3), 0, STATE)).toBeUndefined();
    expect(overwriteTargetOf('abc', 0, STATE)).toBeUndefined();
  });
});

describe('applyFixToState', () => {
  it('overwrite-allow on an existing overwrite adds to its allow and takes the bits out of its deny', () => {
    const next = applyFixToState(STATE, allowFix(DEBUGGER_IDS.guild, 0, SEND));
    expect(next.channel?.overwrites).toEqual([
      {target: 'everyone', allow: SEND, deny: EMBED},
      {target: 2, allow: 0n, deny: VIEW},
    ]);
    expect(next.channel?.overwrites[1]).toBe(STATE.channel?.overwrites[1]);
    expect({...next, channel: undefined}).toEqual({...STATE, channel: undefined});
    // Bits already allowed stay allowed; a role overwrite is found by its index.
    const twice = applyFixToState(next, allowFix(debuggerRoleId(2), 0, VIEW | SEND));
    expect(twice.channel?.overwrites[1]).toEqual({target: 2, allow: VIEW | SEND, deny: 0n});
  });

  it('overwrite-allow creates an overwrite for @everyone, a role or the bot, after the others', () => {
    const bare: DebuggerState = {...STATE, channel: {type: GUILD_CHANNEL_TYPES.GuildVoice, overwrites: []}};
    const everyone = applyFixToState(bare, allowFix(DEBUGGER_IDS.guild, 0, SEND, true));
    expect(everyone.channel).toEqual({
      type: GUILD_CHANNEL_TYPES.GuildVoice,
      overwrites: [{target: 'everyone', allow: SEND, deny: 0n}],
    });
    const forRole = applyFixToState(STATE, allowFix(debuggerRoleId(0), 0, SEND | EMBED, true));
    expect(forRole.channel?.overwrites.at(-1)).toEqual({target: 0, allow: SEND | EMBED, deny: 0n});
    expect(forRole.channel?.overwrites).toHaveLength(3);
    const forBot = applyFixToState(forRole, allowFix(DEBUGGER_IDS.bot, 1, EMBED, true));
    expect(forBot.channel?.overwrites.map((o) => o.target)).toEqual(['everyone', 2, 0, 'bot']);
    expect(forBot.channel?.overwrites[3]).toEqual({target: 'bot', allow: EMBED, deny: 0n});
  });

  it('overwriteAfterFix gives the allow and deny the fix leaves, for an existing overwrite and a new one', () => {
    expect(overwriteAfterFix(STATE, allowFix(DEBUGGER_IDS.guild, 0, SEND | EMBED))).toEqual({
      allow: SEND | EMBED,
      deny: 0n,
    });
    expect(overwriteAfterFix(STATE, allowFix(DEBUGGER_IDS.bot, 1, SEND, true))).toEqual({allow: SEND, deny: 0n});
    expect(overwriteAfterFix(STATE, allowFix('abc', 0, SEND))).toBeUndefined();
    const {channel: _channel, ...serverWide} = STATE;
    expect(overwriteAfterFix(serverWide, allowFix(DEBUGGER_IDS.bot, 1, SEND, true))).toBeUndefined();
  });

  it('overwrite-allow without a channel changes nothing', () => {
    const {channel: _channel, ...serverWide} = STATE;
    expect(applyFixToState(serverWide, allowFix(DEBUGGER_IDS.bot, 1, SEND, true))).toBe(serverWide);
  });

  it('role-grant sets the permissions of @everyone or of one role', () => {
    const everyone = applyFixToState(STATE, {
      kind: 'role-grant',
      roleId: DEBUGGER_IDS.guild,
      add: SEND,
      newPermissions: VIEW | SEND,
    });
    expect(everyone).toEqual({...STATE, everyone: VIEW | SEND});
    const mods = applyFixToState(STATE, {
      kind: 'role-grant',
      roleId: debuggerRoleId(1),
      add: EMBED,
      newPermissions: KICK | EMBED,
    });
    expect(mods.roles).toEqual([STATE.roles[0], role('Mods', 3, KICK | EMBED), STATE.roles[2]]);
    expect(mods.roles[0]).toBe(STATE.roles[0]);
    expect(mods.everyone).toBe(STATE.everyone);
  });

  it('remove-timeout ends the timeout and nothing else', () => {
    expect(applyFixToState(STATE, {kind: 'remove-timeout'})).toEqual({...STATE, timedOut: false});
    const free = {...STATE, timedOut: false};
    expect(applyFixToState(free, {kind: 'remove-timeout'})).toEqual(free);
  });

  it('move-role-above puts the role one above the other and shifts every role at and above that place', () => {
    const state: DebuggerState = {
      ...STATE,
      roles: [role('Bot', 1), role('Target', 3), role('Above', 4), role('Tie', 3), role('Low', 2), role('Top', 9)],
    };
    const next = applyFixToState(state, {
      kind: 'move-role-above',
      roleId: debuggerRoleId(0),
      aboveRoleId: debuggerRoleId(1),
    });
    expect(next.roles.map((r) => [r.name, r.position])).toEqual([
      ['Bot', 4],
      ['Target', 3],
      ['Above', 5],
      ['Tie', 3],
      ['Low', 2],
      ['Top', 10],
    ]);
    // Roles below the new place are the same objects.
    expect(next.roles[1]).toBe(state.roles[1]);
    expect(next.roles[4]).toBe(state.roles[4]);
    expect({...next, roles: []}).toEqual({...state, roles: []});
  });

  it('move-role-above @everyone puts the role at 1 and lifts every other role from 1 up', () => {
    const state: DebuggerState = {...STATE, roles: [role('Zero', 0), role('Bot', 0), role('One', 1), role('Two', 2)]};
    const next = applyFixToState(state, {
      kind: 'move-role-above',
      roleId: debuggerRoleId(1),
      aboveRoleId: DEBUGGER_IDS.guild,
    });
    expect(next.roles.map((r) => r.position)).toEqual([0, 1, 2, 3]);
  });

  it('move-role-above a role that is already below it still lands just above that role', () => {
    const next = applyFixToState(STATE, {
      kind: 'move-role-above',
      roleId: debuggerRoleId(1),
      aboveRoleId: debuggerRoleId(2),
    });
    expect(next.roles.map((r) => r.position)).toEqual([3, 2, 1]);
  });

  it('not-fixable changes nothing', () => {
    const reasons: NotFixableReason[] = [
      'target-owner',
      'target-administrator',
      'everyone-role',
      'no-other-bot-role',
      'bot-has-no-role',
    ];
    for (const reason of reasons) expect(applyFixToState(STATE, {kind: 'not-fixable', reason})).toBe(STATE);
  });

  it('leaves the state unchanged when a fix names something it does not have', () => {
    const unknown: Fix[] = [
      allowFix(debuggerRoleId(3), 0, SEND, true),
      allowFix(DEBUGGER_IDS.otherOwner, 1, SEND, true),
      allowFix(DEBUGGER_IDS.bot, 0, SEND, true),
      allowFix('123456789012345678', 1, SEND, true),
      {kind: 'role-grant', roleId: debuggerRoleId(3), add: SEND, newPermissions: SEND},
      {kind: 'role-grant', roleId: DEBUGGER_IDS.bot, add: SEND, newPermissions: SEND},
      {kind: 'move-role-above', roleId: debuggerRoleId(3), aboveRoleId: debuggerRoleId(1)},
      {kind: 'move-role-above', roleId: DEBUGGER_IDS.guild, aboveRoleId: debuggerRoleId(1)},
      {kind: 'move-role-above', roleId: debuggerRoleId(0), aboveRoleId: debuggerRoleId(3)},
      {kind: 'move-role-above', roleId: debuggerRoleId(0), aboveRoleId: DEBUGGER_IDS.bot},
    ];
    for (const fix of unknown) expect(applyFixToState(STATE, fix)).toBe(STATE);
  });
});

describe('applyFixesToState', () => {
  it('makes every change of an option, in order', () => {
    const next = applyFixesToState(STATE, [
      {kind: 'remove-timeout'},
      {kind: 'role-grant', roleId: debuggerRoleId(0), add: EMBED, newPermissions: SEND | EMBED},
      allowFix(debuggerRoleId(0), 0, SEND | EMBED, true),
    ]);
    expect(next).toEqual({
      ...STATE,
      timedOut: false,
      roles: [role('Bot', 2, SEND | EMBED), STATE.roles[1], STATE.roles[2]],
      channel: {
        type: GUILD_CHANNEL_TYPES.GuildText,
        overwrites: [...(STATE.channel?.overwrites ?? []), {target: 0, allow: SEND | EMBED, deny: 0n}],
      },
    });
    expect(applyFixesToState(STATE, [])).toBe(STATE);
  });

  it('makes the action the debugger explains work, with a fix it offers', () => {
    const before = explainAction(debuggerContext(STATE), 'send-message');
    expect(before.ok && before.value.allowed).toBe(false);
    const fixes = before.ok ? before.value.fixes : [];
    expect(fixes.length).toBeGreaterThan(0);
    for (const option of fixes) {
      const after = explainAction(debuggerContext(applyFixesToState(STATE, option.changes)), 'send-message');
      expect(after.ok && after.value.allowed).toBe(true);
    }
  });
});

// Property tests. Arbitraries like debugger-state.test.ts's, with permissions biased so that fixes are needed.

/** fc.bigInt is slow enough to dominate these tests; two 32-bit halves are not. */
const u64 = fc
  .tuple(fc.integer({min: 0, max: 0xffffffff}), fc.integer({min: 0, max: 0xffffffff}))
  .map(([high, low]) => (BigInt(high) << 32n) | BigInt(low));

/** A few catalogue bits: most actions stay out of reach. */
const sparse = fc
  .array(fc.integer({min: 0, max: 52}), {maxLength: 10})
  .map((bits) => bits.reduce((value, bit) => value | (1n << BigInt(bit)), 0n) & ALL_PERMISSIONS & ~ADMINISTRATOR);

/** Mostly sparse, sometimes every other bit or Administrator, now and then a bit no permission has. */
const permissions = fc.oneof(
  {arbitrary: sparse, weight: 6},
  {arbitrary: u64.map((bits) => bits & ALL_PERMISSIONS & ~ADMINISTRATOR), weight: 2},
  {arbitrary: fc.constant(ADMINISTRATOR), weight: 1},
  {arbitrary: u64, weight: 1},
);

const roles = fc.array(
  fc.record({name: fc.string({maxLength: 8}), position: fc.integer({min: 0, max: 5}), permissions}),
  {maxLength: 5},
);

const indices = (count: number) =>
  count === 0
    ? fc.constant([])
    : fc
        .uniqueArray(fc.integer({min: 0, max: count - 1}), {maxLength: count})
        .map((list) => list.sort((a, b) => a - b));

/** Actions done to a member or a role come up often, so that the hierarchy (and moving a role) is tried too. */
const subjects: fc.Arbitrary<DebuggerSubject> = fc.oneof(
  fc.constantFrom(...BOT_ACTIONS).map((a): DebuggerSubject => ({kind: 'action', id: a.id})),
  fc
    .constantFrom(...BOT_ACTIONS.filter((a) => a.target !== 'none'))
    .map((a): DebuggerSubject => ({kind: 'action', id: a.id})),
  fc.constantFrom(...PERMISSIONS).map((p): DebuggerSubject => ({kind: 'permission', key: p.key})),
);

function targets(count: number, subject: DebuggerSubject | undefined): fc.Arbitrary<DebuggerTarget | undefined> {
  const kind = subject?.kind === 'action' ? BOT_ACTIONS.find((a) => a.id === subject.id)?.target : undefined;
  if (kind === 'member') {
    return fc.option(
      fc.oneof(
        {arbitrary: fc.constant<DebuggerTarget>({kind: 'owner'}), weight: 1},
        {arbitrary: indices(count).map((r): DebuggerTarget => ({kind: 'member', roles: r})), weight: 4},
      ),
      {nil: undefined, freq: 5},
    );
  }
  if (kind === 'role' && count > 0) return fc.integer({min: 0, max: count - 1}).map((r) => ({kind: 'role', role: r}));
  return fc.constant(undefined);
}

const states: fc.Arbitrary<DebuggerState> = roles.chain((list) => {
  const count = list.length;
  const overwriteTarget: fc.Arbitrary<DebuggerOverwrite['target']> =
    count > 0
      ? fc.oneof(fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot'), fc.integer({min: 0, max: count - 1}))
      : fc.constantFrom<'everyone' | 'bot'>('everyone', 'bot');
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
        {nil: undefined, freq: 4},
      ),
      subject: fc.option(subjects, {nil: undefined, freq: 8}),
    })
    .chain(({channel, subject, ...rest}) =>
      targets(count, subject).map((target): DebuggerState => ({
        ...rest,
        roles: list,
        ...(channel ? {channel} : {}),
        ...(subject ? {subject} : {}),
        ...(target ? {target} : {}),
      })),
    );
});

const REASONS: readonly NotFixableReason[] = [
  'target-owner',
  'target-administrator',
  'everyone-role',
  'no-other-bot-role',
  'bot-has-no-role',
];

/** Fixes of every kind that name only what the state can hold: @everyone, the bot and its roles' stand-in IDs. */
function fixesFor(state: DebuggerState): fc.Arbitrary<Fix> {
  const roleIds = state.roles.map((_role, index) => debuggerRoleId(index));
  const roleOrEveryone = fc.constantFrom(DEBUGGER_IDS.guild, ...roleIds);
  const overwrite = fc.oneof(
    fc.constant({id: DEBUGGER_IDS.bot, type: 1 as const}),
    roleOrEveryone.map((id) => ({id, type: 0 as const})),
  );
  const kinds: fc.Arbitrary<Fix>[] = [
    fc
      .record({overwrite, add: sparse, create: fc.boolean()})
      .map(({overwrite: o, add, create}) => allowFix(o.id, o.type, add, create)),
    fc
      .record({roleId: roleOrEveryone, add: sparse, newPermissions: permissions})
      .map((grant): Fix => ({kind: 'role-grant', ...grant})),
    fc.constant<Fix>({kind: 'remove-timeout'}),
    fc.constantFrom(...REASONS).map((reason): Fix => ({kind: 'not-fixable', reason})),
  ];
  if (roleIds.length > 0) {
    kinds.push(
      fc
        .record({roleId: fc.constantFrom(...roleIds), aboveRoleId: roleOrEveryone})
        .map((move): Fix => ({kind: 'move-role-above', ...move})),
    );
  }
  return fc.oneof(...kinds);
}

function computed(context: PermissionContext) {
  const result = effectivePermissions(context);
  if (!result.ok) throw new Error(`context refused: ${result.error.code} ${result.error.path ?? ''}`);
  const {base, computed: beforeImplicit, effective} = result.value;
  return {base, computed: beforeImplicit, effective};
}

function explain(state: DebuggerState): Result<ActionVerdict, ContextError> | undefined {
  const context = debuggerContext(state);
  if (state.subject?.kind === 'action') return explainAction(context, state.subject.id, debuggerTarget(state));
  if (state.subject?.kind === 'permission') return explainPermission(context, state.subject.key);
  return undefined;
}

describe('applyFixToState, properties', () => {
  it('mirrors applyFixes on the context: same context, same permissions', () => {
    const cases = states.chain((state) =>
      fc.tuple(fc.constant(state), fc.array(fixesFor(state), {minLength: 1, maxLength: 3})),
    );
    fc.assert(
      fc.property(cases, ([state, fixes]) => {
        const [first] = fixes as [Fix, ...Fix[]];
        const one = debuggerContext(applyFixToState(state, first));
        const expected = applyFixes(debuggerContext(state), [first]);
        expect(computed(one)).toEqual(computed(expected));
        expect(one).toEqual(expected);
        const all = debuggerContext(applyFixesToState(state, fixes));
        expect(computed(all)).toEqual(computed(applyFixes(debuggerContext(state), fixes)));
      }),
      {numRuns: 500},
    );
  });

  it('every fix the debugger offers, made on the state, makes the subject allowed', () => {
    let refused = 0;
    let moves = 0;
    fc.assert(
      fc.property(
        states.filter((state) => state.subject !== undefined),
        (state) => {
          const verdict = explain(state);
          // Giving a role with no role picked yet is the only error a state can give.
          if (!verdict?.ok) {
            expect(verdict?.ok === false && verdict.error.code).toBe('bad-target');
            return;
          }
          if (verdict.value.allowed) return;
          refused += 1;
          expect(verdict.value.fixes.length).toBeGreaterThan(0);
          for (const option of verdict.value.fixes) {
            if (option.changes.some((change) => change.kind === 'not-fixable')) continue;
            if (option.changes.some((change) => change.kind === 'move-role-above')) moves += 1;
            const after = explain(applyFixesToState(state, option.changes));
            expect(after?.ok && after.value.allowed).toBe(true);
          }
        },
      ),
      {numRuns: 400},
    );
    // The arbitraries are meant to make most subjects need a fix, some of them a role moved; make sure they still do.
    expect(refused).toBeGreaterThan(100);
    expect(moves).toBeGreaterThan(0);
  });
});
