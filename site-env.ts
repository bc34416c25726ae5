/**
 * Where the site is published and where its sources live, read from the environment so that a fork, a GitHub
 * project page (`https://<owner>.github.io/<repo>/`) and a custom domain all build without editing a file.
 * Node only (no browser code imports it): docusaurus.config.ts, playwright.config.ts and the tests all read it.
 *
 *   SITE_URL   the site's origin, e.g. `https://example.org`. A path in it (`https://o.github.io/repo`) is
 *              the base path when BASE_URL is not set.
 *   BASE_URL   the path the site is served under, e.g. `/discord-bot-guide/` (default `/`).
 *   REPO_URL   the repository's web address, for "Edit this page" links; without it, GitHub Actions'
 *              GITHUB_SERVER_URL + GITHUB_REPOSITORY; with neither, pages have no edit link.
 *   REPO_BRANCH  the branch edit links open (default `main`).
 */

import {execFileSync} from 'node:child_process';

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

/** The repository's web address without a trailing slash, or undefined when the environment doesn't say. */
export function repoUrl(env: Env = process.env): string | undefined {
  const explicit = env.REPO_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '').replace(/\.git$/, '');
  const repo = env.GITHUB_REPOSITORY?.trim();
  if (repo) return `${(env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')}/${repo}`;
  return undefined;
}

/**
 * The docs plugin's `editUrl` (a string: the plugin appends `docs/…` or, with `editLocalizedFiles`, the
 * translated file's `i18n/<locale>/docusaurus-plugin-content-docs/current/…`). Undefined: no edit links.
 */
export function docsEditUrl(env: Env = process.env): string | undefined {
  const repo = repoUrl(env);
  if (!repo) return undefined;
  return `${repo}/edit/${env.REPO_BRANCH?.trim() || 'main'}/`;
}

/**
 * Whether the site's sources are in a git work tree, which "Last updated" dates are read from. A shallow clone is
 * one (every page then gets the date of its one commit); a source tarball is not, and Docusaurus would fail the
 * build asking git about it, so the config shows no dates there.
 */
export function inGitWorkTree(cwd: string = process.cwd()): boolean {
  try {
    const out = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd, stdio: ['ignore', 'pipe', 'ignore']});
    return out.toString().trim() === 'true';
  } catch {
    return false;
  }
}
