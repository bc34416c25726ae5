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
 * The file a static host serves for a URL path, as `docusaurus serve` does with `trailingSlash: false`:
 * `/docs/x` → `docs/x.html`, `/th/` → `th/index.html`. Undefined when there is none.
 * @param {string} dir
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function fileForPath(dir, pathname) {
  let rel;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (rel.includes('\0') || rel.split('/').includes('..')) return undefined;
  const base = join(dir, rel);
  const candidates = rel.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
