import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {encodePermissions} from './permission-bits';
import {
  permissionNames,
  splitGaps,
  splitGapWords,
  splitSources,
  withSplitsFilled,
  type SplitGap,
} from './permission-splits';
import {getPermission, PERMISSIONS, type PermissionInfo, type PermissionKey} from './permissions';

const bits = (...keys: PermissionKey[]): bigint => encodePermissions(keys);
const gapKeys = (gaps: readonly SplitGap[]) =>
  gaps.map((gap) => [gap.permission.key, gap.from.map((info) => info.key), gap.since]);

/** Bits of splits that took something from bots: the only ones filling may add. */
const BOT_SPLITS = PERMISSIONS.filter((row) => row.split?.affectsBots === true).reduce(
  (all, row) => all | row.value,
  0n,
);

describe('splitGaps', () => {
  it('finds Manage Messages without Pin Messages, since 23 February 2026', () => {
    expect(gapKeys(splitGaps(8192n))).toEqual([['PinMessages', ['ManageMessages'], '2026-02-23']]);
  });

  it('finds the expressions and events splits too, in catalogue order', () => {
    expect(gapKeys(splitGaps(bits('ManageEvents', 'ManageGuildExpressions', 'ManageMessages')))).toEqual([
      ['CreateGuildExpressions', ['ManageGuildExpressions'], '2026-02-23'],
      ['PinMessages', ['ManageMessages'], '2026-02-23'],
      ['CreateEvents', ['ManageEvents'], '2026-02-23'],
    ]);
  });

  it('finds nothing once the new permission is there, or without the old one', () => {
    expect(splitGaps(bits('ManageMessages', 'PinMessages'))).toEqual([]);
    expect(splitGaps(bits('PinMessages'))).toEqual([]);
    expect(splitGaps(0n)).toEqual([]);
  });

  it('never asks for Bypass Slowmode: slowmode never applied to bots', () => {
    const split = getPermission('BypassSlowmode').split;
    if (split === undefined) throw new Error('Bypass Slowmode has lost its split row');
    expect(split.affectsBots).toBe(false);
    // Every permission it was split from, and none of them leaves a gap about it.
    expect(splitSources(split)).toEqual(['ManageMessages', 'ManageChannels', 'ManageThreads']);
    for (const key of splitSources(split)) {
      expect(splitGaps(bits(key)).map((gap) => gap.permission.key)).not.toContain('BypassSlowmode');
    }
    expect(splitGaps(bits('ManageChannels', 'ManageThreads'))).toEqual([]);
  });

  it('finds nothing with Administrator, which grants every permission', () => {
    expect(splitGaps(bits('Administrator', 'ManageMessages', 'ManageEvents'))).toEqual([]);
  });

  it('handles a split from several permissions, naming those the value holds', () => {
    const pin = getPermission('PinMessages');
    const several: PermissionInfo = {
      ...pin,
      split: {...pin.split!, from: 'ManageMessages', alsoFrom: ['ManageChannels', 'ManageThreads'], affectsBots: true},
    };
    const rows = [several];
    expect(gapKeys(splitGaps(bits('ManageChannels', 'ManageThreads'), rows))).toEqual([
      ['PinMessages', ['ManageChannels', 'ManageThreads'], '2026-02-23'],
    ]);
    expect(gapKeys(splitGaps(bits('ManageThreads'), rows))).toEqual([['PinMessages', ['ManageThreads'], '2026-02-23']]);
    expect(withSplitsFilled(bits('ManageThreads'), rows)).toBe(bits('ManageThreads', 'PinMessages'));
  });

  it('ignores a split without an enforced day: the old permission still grants it', () => {
    const pin = getPermission('PinMessages');
    const {enforced: _dropped, ...announced} = pin.split!;
    expect(splitGaps(8192n, [{...pin, split: announced}])).toEqual([]);
  });
});

describe('withSplitsFilled', () => {
  it('adds Pin Messages to 8192 and nothing else', () => {
    expect(withSplitsFilled(8192n)).toBe(2251799813693440n);
    expect(2251799813693440n).toBe(8192n | (1n << 51n));
  });

  it('fills a split of a split', () => {
    // A made-up chain: Create Events carved out of Pin Messages, which is carved out of Manage Messages.
    const pin = getPermission('PinMessages');
    const events = getPermission('CreateEvents');
    const rows = [pin, {...events, split: {...events.split!, from: 'PinMessages' as const}}];
    expect(withSplitsFilled(8192n, rows)).toBe(bits('ManageMessages', 'PinMessages', 'CreateEvents'));
  });

  const anyBits = fc.bigInt({min: 0n, max: (1n << 64n) - 1n});
  // Values built from catalogue rows, so the old permissions of the splits come up often.
  const catalogueBits = fc
    .subarray(PERMISSIONS.map((row) => row.key))
    .map((keys) => encodePermissions(keys.filter((key) => key !== 'Administrator')));

  it('is idempotent, only adds bits, adds only bits of splits that took something from bots, leaves no gap', () => {
    fc.assert(
      fc.property(fc.oneof(anyBits, catalogueBits), (value) => {
        const filled = withSplitsFilled(value);
        expect(withSplitsFilled(filled)).toBe(filled);
        expect(filled & value).toBe(value);
        expect((filled & ~value & ~BOT_SPLITS) === 0n).toBe(true);
        expect(filled & getPermission('BypassSlowmode').value & ~value).toBe(0n);
        expect(splitGaps(filled)).toEqual([]);
        // Exactly the gaps' permissions are added.
        const added = splitGaps(value).reduce((all, gap) => all | gap.permission.value, 0n);
        expect(filled).toBe(value | added);
      }),
      {numRuns: 2000},
    );
  });
});

describe('splitGapWords', () => {
  const [gap] = splitGaps(8192n);

  it('names the permissions and the day in English', () => {
    expect(splitGapWords(gap!, 'en')).toEqual({
      old: 'Manage Messages',
      new: 'Pin Messages',
      date: 'February 23, 2026',
    });
  });

  it('names them in Thai with the English client label beside, and a CE date', () => {
    expect(splitGapWords(gap!, 'th')).toEqual({
      old: 'จัดการข้อความ (Manage Messages)',
      new: 'ปักหมุดข้อความ (Pin Messages)',
      date: '23 กุมภาพันธ์ ค.ศ. 2026',
    });
  });

  it('joins several names as each language joins a list', () => {
    const rows = [getPermission('ManageChannels'), getPermission('ManageThreads')];
    expect(permissionNames(rows, 'en')).toBe('Manage Channels and Manage Threads and Posts');
    expect(permissionNames(rows, 'th')).toBe(
      'จัดการช่อง (Manage Channels) และ จัดการเธรดและโพสต์ (Manage Threads and Posts)',
    );
    const three = [...rows, getPermission('ManageMessages')];
    expect(permissionNames(three, 'en')).toBe('Manage Channels, Manage Threads and Posts, and Manage Messages');
    expect(permissionNames(three, 'th')).toBe(
      'จัดการช่อง (Manage Channels) จัดการเธรดและโพสต์ (Manage Threads and Posts) และ จัดการข้อความ (Manage Messages)',
    );
    expect(permissionNames([], 'th')).toBe('');
  });
});
