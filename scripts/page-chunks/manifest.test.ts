import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import getBundles from 'react-loadable-ssr-addon-v5-slorber/lib/getBundles.js';
import {PageChunksManifestPlugin, registryModules, withPageChunks, type ClientManifest} from './manifest';

/** One line of registry.js as Docusaurus 3 writes it. */
function entry(chunk: string, module: string): string {
  const m = JSON.stringify(module);
  return `  ${JSON.stringify(chunk)}: [() => import(/* webpackChunkName: ${JSON.stringify(chunk)} */ ${m}), ${m}, require.resolveWeak(${m})],`;
}

const registry = (entries: readonly (readonly [string, string])[]): string =>
  `export default {\n${entries.map(([c, m]) => entry(c, m)).join('\n')}\n};\n`;

const MANIFEST: ClientManifest = {
  entrypoints: ['main'],
  origins: {main: ['runtime', 'main'], '17896441': ['14', '396', '106'], a94703ab: ['14', '785'], '396': ['396']},
  assets: {
    runtime: {js: [{file: 'assets/js/runtime~main.js'}]},
    main: {js: [{file: 'assets/js/main.js'}]},
    '14': {css: [{file: 'assets/css/styles.css'}]},
    '106': {js: [{file: 'assets/js/17896441.js'}]},
    '396': {js: [{file: 'assets/js/396.js'}]},
    '785': {js: [{file: 'assets/js/a94703ab.js'}]},
  },
};

describe('registryModules', () => {
  it('pairs each chunk name with the module name the server render reports', () => {
    const source = registry([
      ['17896441', '@theme/DocItem'],
      ['0008e37c', '@site/i18n/th/docusaurus-plugin-content-docs/current/tutorial/bot-settings.mdx'],
    ]);
    expect([...registryModules(source)]).toEqual([
      ['17896441', '@theme/DocItem'],
      ['0008e37c', '@site/i18n/th/docusaurus-plugin-content-docs/current/tutorial/bot-settings.mdx'],
    ]);
  });

  it('reads module names with any characters back exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[0-9a-f]{8}$/), fc.string({minLength: 1})), {
          selector: ([chunk]) => chunk,
          maxLength: 8,
        }),
        (entries) => {
          expect([...registryModules(registry(entries))]).toEqual(entries);
        },
      ),
    );
  });

  it('fails when an entry no longer reads the way it expects', () => {
    const changed = registry([['17896441', '@theme/DocItem']]).replace('() => import(', 'lazy(() => import(');
    expect(() => registryModules(changed)).toThrow(/page-chunks: read 0 of the 1 entries/);
  });
});

describe('withPageChunks', () => {
  const modules = registryModules(
    registry([
      ['17896441', '@theme/DocItem'],
      ['a94703ab', '@theme/DocRoot'],
      ['ffffffff', '@site/docs/merged-into-main.mdx'],
    ]),
  );

  it("makes Docusaurus' own lookup find a page's chunks from the module names its render reports", () => {
    const reported = ['main', '@theme/DocRoot', '@theme/DocItem'];
    expect(getBundles(MANIFEST, reported)).toEqual({
      js: [{file: 'assets/js/runtime~main.js'}, {file: 'assets/js/main.js'}],
    });
    const files = getBundles(withPageChunks(MANIFEST, modules), reported).js?.map((b: {file: string}) => b.file);
    expect(files).toEqual([
      'assets/js/runtime~main.js',
      'assets/js/main.js',
      'assets/js/a94703ab.js',
      'assets/js/396.js',
      'assets/js/17896441.js',
    ]);
  });

  it('keeps every existing key and leaves out modules whose chunk has no entry', () => {
    const out = withPageChunks(MANIFEST, modules);
    for (const [key, value] of Object.entries(MANIFEST.origins)) expect(out.origins[key]).toEqual(value);
    expect(out.origins['@site/docs/merged-into-main.mdx']).toBeUndefined();
    expect(out.assets).toBe(MANIFEST.assets);
  });
});

describe('PageChunksManifestPlugin', () => {
  it('rewrites the manifest in the generated-files folder after the bundle is emitted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-chunks-'));
    writeFileSync(path.join(dir, 'client-manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(path.join(dir, 'registry.js'), registry([['17896441', '@theme/DocItem']]));
    let afterEmit: (() => void) | undefined;
    new PageChunksManifestPlugin(dir).apply({hooks: {afterEmit: {tap: (_name, run) => (afterEmit = run)}}});
    expect(afterEmit).toBeDefined();
    afterEmit?.();
    const written = JSON.parse(readFileSync(path.join(dir, 'client-manifest.json'), 'utf8')) as ClientManifest;
    expect(written.origins['@theme/DocItem']).toEqual(['14', '396', '106']);
  });
});
