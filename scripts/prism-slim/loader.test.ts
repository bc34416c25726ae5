import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import * as original from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {HIGHLIGHTED_LANGUAGES} from '../../src/prism/language-names';

const require = createRequire(import.meta.url);
const {slimPrismRenderer} = require('./loader.cjs') as {slimPrismRenderer: (source: string) => string};
const root = path.resolve(__dirname, '../..');
const dist = (file: string) => fs.readFileSync(path.join(root, 'node_modules/prism-react-renderer/dist', file), 'utf8');

type Renderer = typeof original;

/** Runs the slimmed CommonJS bundle as a module, as the browser build would. */
function loadSlim(): Renderer {
  const module = {exports: {}};
  new Function('require', 'module', 'exports', slimPrismRenderer(dist('index.js')))(require, module, module.exports);
  return module.exports as Renderer;
}

/** The prismjs grammar files src/prism/languages.ts imports, in its order: the one list of them. */
function grammarFiles(): string[] {
  const source = fs.readFileSync(path.join(root, 'src/prism/languages.ts'), 'utf8');
  return [...source.matchAll(/^import 'prismjs\/components\/(prism-[a-z-]+)';$/gm)].map((m) => m[1] as string);
}

/** Registers prismjs grammars on a Prism the way languages.ts does: through the global object while they load. */
function withGrammars(renderer: Renderer, files: readonly string[]): Renderer {
  const global = globalThis as {Prism?: unknown};
  global.Prism = renderer.Prism;
  for (const file of files) {
    const id = require.resolve(`prismjs/components/${file}`);
    delete require.cache[id];
    require(id);
  }
  delete global.Prism;
  return renderer;
}

/** Every fenced code block in the English and Thai pages, with its language. */
function fencedBlocks(): {file: string; language: string; code: string}[] {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, {withFileTypes: true})
      .flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
      );
  return [...files(path.join(root, 'docs')), ...files(path.join(root, 'i18n/th'))].flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^```([a-z]+)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
      file: path.relative(root, file),
      language: m[1] as string,
      code: m[2] as string,
    })),
  );
}

const tokens = (renderer: Renderer, language: string, code: string) =>
  renderer.normalizeTokens(renderer.Prism.tokenize(code, renderer.Prism.languages[language] ?? {}));

describe('prism-slim loader', () => {
  it.each(['index.js', 'index.mjs'])(
    'keeps Prism and Highlight in %s and drops the bundled grammars and themes',
    (file) => {
      const source = dist(file);
      const slim = slimPrismRenderer(source);
      expect(slim.length).toBeLessThan(source.length / 3);
      expect(slim).toContain('var Prism = __toESM(require_prism());');
      expect(slim).toContain('// src/components/highlight.ts');
      // Two grammars and a theme that were in the bundle.
      for (const gone of ['languages.coffeescript', 'languages.python', '// src/themes/dracula.ts']) {
        expect(source.includes(gone), gone).toBe(true);
        expect(slim.includes(gone), gone).toBe(false);
      }
    },
  );

  it('fails on a bundle whose layout it does not know, instead of shipping it whole', () => {
    expect(() => slimPrismRenderer('module.exports = {};')).toThrow(/layout this loader does not know/);
    expect(() => slimPrismRenderer(dist('index.mjs').replace('// src/themes/index.ts\n', ''))).toThrow();
  });

  it('leaves a Prism with no grammars, and our grammars highlight every code block on the pages as before', () => {
    const slim = loadSlim();
    // Prism's core defines only plain text, under four names.
    expect(Object.keys(slim.Prism.languages).filter((k) => typeof slim.Prism.languages[k] === 'object')).toEqual([
      'plain',
      'plaintext',
      'text',
      'txt',
    ]);
    withGrammars(slim, grammarFiles());
    // The site before the loader: the whole bundle plus the two grammars it lacked (additionalLanguages).
    const before = withGrammars(original, ['prism-bash', 'prism-csharp']);
    for (const name of HIGHLIGHTED_LANGUAGES) expect(slim.Prism.languages[name], name).toBeTypeOf('object');
    const blocks = fencedBlocks();
    expect(blocks.length).toBeGreaterThan(20);
    for (const {file, language, code} of blocks) {
      if (language === 'text') continue;
      expect(HIGHLIGHTED_LANGUAGES, `${file}: no grammar for ${language}`).toContain(language);
      expect(tokens(slim, language, code), `${file} (${language})`).toEqual(tokens(before, language, code));
    }
  });

  it('has a grammar for every language the generated snippets use', async () => {
    const {LIBRARIES} = await import('../../src/discord/snippet-common');
    for (const library of LIBRARIES) expect(HIGHLIGHTED_LANGUAGES).toContain(library.language);
  });
});
