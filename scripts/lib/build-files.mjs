// Small helpers over a Docusaurus build directory, shared by the post-build scripts, the benchmark and the
// budget spec, so they all map URLs to files the same way.
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Every .html file under `dir`, sorted. */
export function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, {withFileTypes: true})) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.html')) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * The file a static host serves for a URL path, as GitHub Pages and `docusaurus serve` do: `/docs/x/` →
 * `docs/x/index.html`, `/th/` → `th/index.html`, `/llms.txt` → `llms.txt` (and `/docs/x` → `docs/x.html` or the
 * folder's index, which hosts reach by redirecting to `/docs/x/`). `base` is the path the build is served under
 * (`/discord-bot-guide/`): it is not part of the file path. Undefined when there is none.
 * @param {string} dir
 * @param {string} pathname
 * @param {string} [base]
 * @returns {string | undefined}
 */
export function fileForPath(dir, pathname, base = '/') {
  if (!pathname.startsWith(base)) return undefined;
  let rel;
  try {
    rel = decodeURIComponent(`/${pathname.slice(base.length)}`);
  } catch {
    return undefined;
  }
  if (rel.includes('\0') || rel.split('/').includes('..')) return undefined;
  const file = join(dir, rel);
  const candidates = rel.endsWith('/') ? [join(file, 'index.html')] : [file, `${file}.html`, join(file, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
