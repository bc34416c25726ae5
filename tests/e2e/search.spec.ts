import {test, expect, gotoHydrated} from './fixtures';

test('English search finds the English token page', async ({page}) => {
  await gotoHydrated(page, '/');
  await page.getByRole('searchbox', {name: 'Search this site'}).fill('token');
  const hit = page.locator('[role="search"] a[href="/docs/tutorial/token"]');
  await expect(hit).toBeVisible();
  await expect(page.locator('[role="search"] a[href^="/th/"]')).toHaveCount(0);
});

test('Thai search segments Thai words: โทเคน finds the Thai token page', async ({page}) => {
  await gotoHydrated(page, '/th/');
  await page.getByRole('searchbox').fill('โทเคน');
  const hit = page.locator('[role="search"] a[href="/th/docs/tutorial/token"]');
  await expect(hit).toBeVisible();
  await expect(page.locator('[role="search"] a:not([href^="/th/"])')).toHaveCount(0);
  await hit.click();
  await expect(page).toHaveURL(/\/th\/docs\/tutorial\/token$/);
});
