/**
 * Where the site is published, read from the environment so that a fork, a GitHub project page
 * (`https://<owner>.github.io/<repo>/`) and a custom domain all build without editing a file.
 * Node only (no browser code imports it): docusaurus.config.ts, playwright.config.ts and the tests all read it.
 *
 *   SITE_URL   the site's origin, e.g. `https://example.org`. A path in it (`https://o.github.io/repo`) is
 *              the base path when BASE_URL is not set.
 *   BASE_URL   the path the site is served under, e.g. `/discord-bot-guide/` (default `/`).
 */

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_SITE_URL = 'https://discord-bot-guide.example.org';

/** `x`, `/x`, `x/`, `/x//` → `/x/`; empty → `/`. Docusaurus wants a baseUrl with a slash at both ends. */
export function normalizeBasePath(path: string): string {
  const inner = path
    .split('/')
    .filter((s) => s !== '')
    .join('/');
  return inner ? `/${inner}/` : '/';
}

export interface SiteLocation {
  /** Origin only, no trailing slash: Docusaurus's `url`. */
  readonly url: string;
  /** Docusaurus's `baseUrl`: `/` or `/path/`. */
  readonly baseUrl: string;
}

export function siteLocation(env: Env = process.env): SiteLocation {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${raw}"`);
  }
  const basePath = env.BASE_URL?.trim() ? env.BASE_URL : parsed.pathname;
  return {url: parsed.origin, baseUrl: normalizeBasePath(basePath)};
}
