import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

type Patch = readonly [from: string, to: string];
const require = createRequire(import.meta.url);
const loader = require('./loader.cjs') as {
  PATCHES: Record<string, readonly Patch[]>;
  moduleKey: (resourcePath: string) => string | undefined;
  patchEffects: (source: string, key: string) => string;
};

const installed = (key: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../node_modules/@docusaurus', key), 'utf8');

describe('effect-transitions loader', () => {
  it.each(Object.keys(loader.PATCHES))('changes exactly its texts in the installed %s', (key) => {
    const source = installed(key);
    let expected = source;
    for (const [from, to] of loader.PATCHES[key] ?? []) {
      expect(source.split(from)).toHaveLength(2);
      expected = expected.replace(from, to);
    }
    const out = loader.patchEffects(source, key);
    expect(out).toBe(expected);
    expect(out).toContain('startTransition');
  });

  it('sets the first state inside startTransition in both modules', () => {
    expect(
      loader.patchEffects(installed('core/lib/client/browserContext.js'), 'core/lib/client/browserContext.js'),
    ).toMatch(/useEffect\(\(\) => \{\s+startTransition\(\(\) => setIsBrowser\(true\)\);/);
    const windowSize = loader.patchEffects(
      installed('theme-common/lib/hooks/useWindowSize.js'),
      'theme-common/lib/hooks/useWindowSize.js',
    );
    expect(windowSize).toContain('startTransition(updateWindowSize);');
    // A resize is the reader acting: it still re-renders at once.
    expect(windowSize).toContain("window.addEventListener('resize', updateWindowSize);");
  });

  it('fails on a module it does not know, instead of shipping it unchanged', () => {
    const key = 'core/lib/client/browserContext.js';
    const source = installed(key);
    expect(() => loader.patchEffects(source.replace('setIsBrowser(true);', 'setIsBrowser(!0);'), key)).toThrow(
      /effect-transitions/,
    );
    expect(() => loader.patchEffects(`${source}\n        setIsBrowser(true);\n`, key)).toThrow(/effect-transitions/);
  });

  it('finds its modules by path on any platform, and nothing else', () => {
    expect(loader.moduleKey('/x/node_modules/@docusaurus/core/lib/client/browserContext.js')).toBe(
      'core/lib/client/browserContext.js',
    );
    expect(loader.moduleKey('C:\\x\\node_modules\\@docusaurus\\theme-common\\lib\\hooks\\useWindowSize.js')).toBe(
      'theme-common/lib/hooks/useWindowSize.js',
    );
    expect(loader.moduleKey('/x/node_modules/@docusaurus/theme-common/lib/hooks/useWindowSize.js.map')).toBeUndefined();
    expect(loader.moduleKey('/x/src/hooks/useWindowSize.js')).toBeUndefined();
  });
});
