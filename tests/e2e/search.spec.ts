import {test, expect, gotoHydrated} from './fixtures';
import {escapeRegExp, withBase} from './site-pages';

// Runs against the root build and, in .ci/run, a build under /discord-bot-guide/: the Pagefind bundle and its
// result links are under the base path too.

test('English search finds the English token page', async ({page}) => {
  await gotoHydrated(page, '/');
  await page.getByRole('searchbox', {name: 'Search this site'}).fill('token');
  const hit = page.locator(`[role="search"] a[href="${withBase('/docs/tutorial/token/')}"]`);
  await expect(hit).toBeVisible();
  await expect(page.locator(`[role="search"] a[href^="${withBase('/th/')}"]`)).toHaveCount(0);
});

test('Thai search segments Thai words: โทเคน finds the Thai token page', async ({page}) => {
  await gotoHydrated(page, '/th/');
  await page.getByRole('searchbox').fill('โทเคน');
  const hit = page.locator(`[role="search"] a[href="${withBase('/th/docs/tutorial/token/')}"]`);
  await expect(hit).toBeVisible();
  await expect(page.locator(`[role="search"] a:not([href^="${withBase('/th/')}"])`)).toHaveCount(0);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(withBase('/th/docs/tutorial/token/'))}$`));
});
