import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, docsEditUrl, normalizeBasePath, repoUrl, siteLocation} from '../site-env';

describe('site location from the environment', () => {
  it('defaults to the root of the placeholder domain', () => {
    expect(siteLocation({})).toEqual({url: DEFAULT_SITE_URL, baseUrl: '/'});
  });

  it('takes a GitHub project page from SITE_URL + BASE_URL, as the workflow passes them', () => {
    expect(siteLocation({SITE_URL: 'https://octo.github.io', BASE_URL: '/discord-bot-guide/'})).toEqual({
      url: 'https://octo.github.io',
      baseUrl: '/discord-bot-guide/',
    });
    // actions/configure-pages gives base_path without the final slash, and "" for a custom domain.
    expect(siteLocation({SITE_URL: 'https://octo.github.io', BASE_URL: '/discord-bot-guide'}).baseUrl).toBe(
      '/discord-bot-guide/',
    );
    expect(siteLocation({SITE_URL: 'https://bots.example.com', BASE_URL: ''}).baseUrl).toBe('/');
  });

  it('reads the base path from SITE_URL when BASE_URL is not set', () => {
    expect(siteLocation({SITE_URL: 'https://octo.github.io/discord-bot-guide'})).toEqual({
      url: 'https://octo.github.io',
      baseUrl: '/discord-bot-guide/',
    });
    expect(siteLocation({SITE_URL: 'https://bots.example.com/'})).toEqual({
      url: 'https://bots.example.com',
      baseUrl: '/',
    });
  });

  it('refuses a SITE_URL that is not an absolute URL', () => {
    expect(() => siteLocation({SITE_URL: 'octo.github.io'})).toThrow(/SITE_URL/);
  });

  it('normalizes base paths', () => {
    expect(['', '/', 'a', '/a', 'a/', '//a//b//'].map(normalizeBasePath)).toEqual([
      '/',
      '/',
      '/a/',
      '/a/',
      '/a/',
      '/a/b/',
    ]);
  });
});

describe('repository for edit links', () => {
  it('prefers REPO_URL, then GitHub Actions, and is absent otherwise', () => {
    expect(repoUrl({REPO_URL: 'https://git.example.com/me/guide.git/', GITHUB_REPOSITORY: 'o/r'})).toBe(
      'https://git.example.com/me/guide',
    );
    expect(repoUrl({GITHUB_REPOSITORY: 'octo/discord-bot-guide'})).toBe('https://github.com/octo/discord-bot-guide');
    expect(repoUrl({GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://ghe.example.com/'})).toBe(
      'https://ghe.example.com/o/r',
    );
    expect(repoUrl({})).toBeUndefined();
  });

  it('gives the docs plugin an edit URL on the main branch, or REPO_BRANCH', () => {
    expect(docsEditUrl({GITHUB_REPOSITORY: 'o/r'})).toBe('https://github.com/o/r/edit/main/');
    expect(docsEditUrl({REPO_URL: 'https://github.com/o/r', REPO_BRANCH: 'publish'})).toBe(
      'https://github.com/o/r/edit/publish/',
    );
    expect(docsEditUrl({})).toBeUndefined();
  });
});
