import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const {sortWithoutCollator} = require('./loader.cjs') as {sortWithoutCollator: (source: string) => string};
const reactUtils = fs.readFileSync(
  path.resolve(__dirname, '../../node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js'),
  'utf8',
);

/** The comparator the loader writes, taken out of its output so the test runs what the bundle runs. */
function patchedComparator(): (a: [string], b: [string]) => number {
  const match = /deps\.sort\((\(a, b\) => [^;]+)\);/.exec(sortWithoutCollator(reactUtils));
  if (!match?.[1]) throw new Error('no sort in the patched module');
  return new Function(`return ${match[1]}`)() as (a: [string], b: [string]) => number;
}

// What the loader must find in theme-common, and what it must leave in its place.
const LOCALE_SORT = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const CODE_UNIT_SORT = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

describe('shallow-memo-sort loader', () => {
  it('replaces the localeCompare sort of the installed theme-common, and nothing else', () => {
    expect(reactUtils.split(LOCALE_SORT)).toHaveLength(2);
    const out = sortWithoutCollator(reactUtils);
    expect(out).toBe(reactUtils.replace(LOCALE_SORT, CODE_UNIT_SORT));
    expect(out).not.toContain('localeCompare');
  });

  it('fails on a module it does not know, instead of shipping it unchanged', () => {
    expect(() => sortWithoutCollator(reactUtils.replace('localeCompare', 'compare'))).toThrow(/shallow-memo-sort/);
    expect(() => sortWithoutCollator(`${reactUtils}\n${LOCALE_SORT}`)).toThrow(/shallow-memo-sort/);
  });

  it('orders the entries of an object the same whatever order its keys were written in', () => {
    const compare = patchedComparator();
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.string(), {minLength: 1, maxLength: 8})
          .chain((keys) => fc.tuple(fc.constant(keys), fc.shuffledSubarray(keys, {minLength: keys.length}))),
        ([keys, shuffled]) => {
          const sorted = (list: readonly string[]) =>
            list
              .map((k): [string] => [k])
              .sort(compare)
              .map(([k]) => k);
          expect(sorted(shuffled)).toEqual(sorted(keys));
        },
      ),
    );
  });
});
