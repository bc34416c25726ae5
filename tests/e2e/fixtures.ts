import {test as base, expect, type Page} from '@playwright/test';
import {withBase} from './site-pages';

export interface PageWatch {
  readonly consoleProblems: string[];
  readonly foreignRequests: string[];
}

/** Messages Chromium prints on its own that say nothing about our pages. */
const IGNORED = [/Download the React DevTools/];

/**
 * Every test page is watched: a console error or warning (React's hydration mismatch reports are console
 * errors) or a request to any host but ours fails the test, after its own assertions ran.
 */
export const test = base.extend<{watch: PageWatch}>({
  watch: [
    async ({page, baseURL}, use) => {
      const own = new URL(baseURL ?? 'http://localhost').host;
      const watch: PageWatch = {consoleProblems: [], foreignRequests: []};
      page.on('console', (msg) => {
        if ((msg.type() === 'error' || msg.type() === 'warning') && !IGNORED.some((re) => re.test(msg.text()))) {
          watch.consoleProblems.push(`${msg.type()}: ${msg.text()}`);
        }
      });
      page.on('pageerror', (error) => watch.consoleProblems.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) {
          watch.foreignRequests.push(request.url());
        }
      });
      await use(watch);
      expect(watch.consoleProblems, 'console errors or warnings').toEqual([]);
      expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Navigates to a site path (under the base path the build is served at) and waits until React has hydrated. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(withBase(path));
  await page.waitForSelector('html[data-has-hydrated="true"]');
}
