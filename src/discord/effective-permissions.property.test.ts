import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {referencePermissions} from '../../tests/fixtures/reference-permissions';
import {BOT_ACTIONS} from './bot-actions';
import {
  applyFixes,
  effectivePermissions,
  explainAction,
  GUILD_CHANNEL_TYPES,
  type ActionTargetInput,
  type PermissionContext,
} from './effective-permissions';
import {parsePermissionContext} from './permission-context-parse';
import {ALL_PERMISSIONS, getPermission} from './permissions';

const NOW_MS = Date.parse('2026-03-01T12:00:00.000Z');
const ADMINISTRATOR = getPermission('Administrator').value;
const CHANNEL_TYPES = Object.values(GUILD_CHANNEL_TYPES);

/** fc.bigInt is slow enough to dominate these tests; two 32-bit halves are not. */
const u64 = fc
  .tuple(fc.integer({min: 0, max: 0xffffffff}), fc.integer({min: 0, max: 0xffffffff}))
  .map(([high, low]) => (BigInt(high) << 32n) | BigInt(low));

/** Mostly catalogue bits, Administrator one time in ten, now and then a bit no permission has. */
const permissions = fc
  .tuple(u64, fc.integer({min: 0, max: 9}), fc.constantFrom(0n, 0n, 0n, 1n << 47n, 1n << 60n))
  .map(([bits, admin, odd]) => (bits & ALL_PERMISSIONS & ~ADMINISTRATOR) | (admin === 0 ? ADMINISTRATOR : 0n) | odd);

/** Sparse bitfields for overwrites, so that allow and deny both leave room for the roles to matter. */
const sparse = fc
  .array(fc.integer({min: 0, max: 52}), {maxLength: 12})
  .map((bits) => bits.reduce((value, bit) => value | (1n << BigInt(bit)), 0n) & ALL_PERMISSIONS);

const time = fc
  .oneof(
    fc.constant(null),
    fc.integer({min: -3_600_000, max: 3_600_000}).map((offset) => new Date(NOW_MS + offset).toISOString()),
  )
  .map((value) => value);

/**
 * A random server: distinct IDs (guild, member, others, roles), positions with many ties. With `mixedTypes`, an
 * overwrite's type is random, which Discord never sends (a role ID with type 1) but shows that types are matched.
 */
const servers = (mixedTypes: boolean): fc.Arbitrary<PermissionContext> =>
  fc
    .uniqueArray(
      u64.filter((id) => id > 0n),
      {minLength: 10, maxLength: 10},
    )
    .chain((ids) => {
      const [guildId, memberId, otherId, ...roleIds] = ids.map(String) as [string, string, string, ...string[]];
      const roleArb = fc.tuple(fc.subarray(roleIds), fc.array(permissions, {minLength: 8, maxLength: 8}));
      return fc
        .record({
          roles: roleArb,
          positions: fc.array(fc.integer({min: 0, max: 4}), {minLength: 7, maxLength: 7}),
          everyone: permissions,
          memberRoles: fc.subarray(roleIds),
          owner: fc.constantFrom(memberId, otherId, otherId, otherId),
          until: time,
          channel: fc.option(
            fc.record({
              type: fc.constantFrom(...CHANNEL_TYPES),
              overwrites: fc.uniqueArray(
                fc.record({
                  id: fc.constantFrom(guildId, memberId, otherId, ...roleIds),
                  type: fc.constantFrom<0 | 1>(0, 1),
                  allow: sparse,
                  deny: sparse,
                }),
                {selector: (o) => o.id, maxLength: 6},
              ),
            }),
            {nil: undefined},
          ),
        })
        .map(({roles: [chosen, perms], positions, everyone, memberRoles, owner, until, channel}) => {
          const existing = new Set(chosen);
          const context: PermissionContext = {
            guild: {id: guildId, owner_id: owner},
            roles: [
              {id: guildId, permissions: String(everyone), position: 0},
              ...chosen.map((id, i) => ({id, permissions: String(perms[i] ?? 0n), position: (positions[i] ?? 0) + 1})),
            ],
            member: {
              user: {id: memberId},
              roles: memberRoles.filter((id) => existing.has(id)),
              communication_disabled_until: until,
            },
            ...(channel
              ? {
                  channel: {
                    type: channel.type,
                    permission_overwrites: channel.overwrites.map((o) => ({
                      ...o,
                      type: mixedTypes && o.id !== guildId ? o.type : o.id === memberId || o.id === otherId ? 1 : 0,
                      allow: String(o.allow),
                      deny: String(o.deny),
                    })),
                  },
                }
              : {}),
            now: new Date(NOW_MS).toISOString(),
          };
          return context;
        });
    });

const contexts = servers(true);

function mustCompute(context: PermissionContext) {
  const result = effectivePermissions(context);
  if (!result.ok) throw new Error(`generated context refused: ${result.error.code} ${result.error.path ?? ''}`);
  return result.value;
}

describe('effectivePermissions against a port of discord.py (tests/fixtures/reference-permissions.ts)', () => {
  it('agrees on base, computed and effective for random servers', () => {
    fc.assert(
      fc.property(contexts, (context) => {
        const ours = mustCompute(context);
        expect({base: ours.base, computed: ours.computed, effective: ours.effective}).toEqual(
          referencePermissions(context),
        );
      }),
      {numRuns: 1000},
    );
  });

  it('records steps that replay to the result, each one changing something', () => {
    fc.assert(
      fc.property(contexts, (context) => {
        const {effective, steps} = mustCompute(context);
        let value = 0n;
        for (const step of steps) {
          expect(step.added !== 0n || step.removed !== 0n).toBe(true);
          expect(step.added & value).toBe(0n);
          expect(step.removed & ~value).toBe(0n);
          value = (value | step.added) & ~step.removed;
        }
        expect(value).toBe(effective);
      }),
      {numRuns: 300},
    );
  });

  it('reads back every context it accepts, pasted as JSON', () => {
    fc.assert(
      fc.property(contexts, (context) => {
        const parsed = parsePermissionContext(JSON.stringify(context));
        expect(parsed.ok && mustCompute(parsed.value)).toEqual(mustCompute(context));
      }),
      {numRuns: 200},
    );
  });
});

const targets = (context: PermissionContext): fc.Arbitrary<ActionTargetInput> =>
  fc.oneof(
    fc.record({memberRoles: fc.subarray(context.roles.map((r) => r.id)), isOwner: fc.boolean()}),
    fc.constantFrom(...context.roles.map((r) => ({roleId: r.id}))),
  );

describe('explainAction fixes', () => {
  it('every fix offered makes the action allowed when applied', () => {
    const cases = servers(false).chain((context) =>
      fc.tuple(fc.constant(context), fc.constantFrom(...BOT_ACTIONS), targets(context)),
    );
    fc.assert(
      fc.property(cases, ([context, action, target]) => {
        const fitting =
          action.target === 'role'
            ? 'roleId' in target
              ? target
              : undefined
            : 'roleId' in target
              ? undefined
              : target;
        const verdict = explainAction(context, action.id, fitting);
        if (!verdict.ok) {
          expect(verdict.error.code).toBe('bad-target');
          return;
        }
        const {allowed, fixes} = verdict.value;
        if (allowed) expect(fixes).toEqual([]);
        else expect(fixes.length).toBeGreaterThan(0);
        for (const option of fixes) {
          if (option.changes.some((change) => change.kind === 'not-fixable')) continue;
          const after = explainAction(applyFixes(context, option.changes), action.id, fitting);
          expect(after.ok && after.value.allowed).toBe(true);
        }
      }),
      {numRuns: 500},
    );
  });
});
