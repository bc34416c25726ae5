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

describe('shallow-memo-sort loader', () => {
  it('replaces the localeCompare sort of the installed theme-common, and nothing else', () => {
    const out = sortWithoutCollator(reactUtils);
    expect(out).not.toContain('localeCompare');
    expect(out.length - reactUtils.length).toBe(
      'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));'.length -
        'deps.sort((a, b) => a[0].localeCompare(b[0]));'.length,
    );
    const [before, after] = reactUtils.split('deps.sort((a, b) => a[0].localeCompare(b[0]));');
    expect(out.startsWith(before as string)).toBe(true);
    expect(out.endsWith(after as string)).toBe(true);
  });

  it('fails on a module it does not know, instead of shipping it unchanged', () => {
    expect(() => sortWithoutCollator(reactUtils.replace('localeCompare', 'compare'))).toThrow(/shallow-memo-sort/);
    const twice = `${reactUtils}\ndeps.sort((a, b) => a[0].localeCompare(b[0]));`;
    expect(() => sortWithoutCollator(twice)).toThrow(/shallow-memo-sort/);
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
