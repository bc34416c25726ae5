import {test, expect, gotoHydrated} from './fixtures';

test('switching en → th → en keeps the page, the query string and the anchor', async ({page}) => {
  await gotoHydrated(page, '/docs/tutorial/token?lib=discord-js#reset-token');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.locator('.navbar').getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: 'ไทย'}).click();
  await expect(page).toHaveURL(/\/th\/docs\/tutorial\/token\?lib=discord-js#reset-token$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');

  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.locator('.navbar').getByRole('button', {name: 'ไทย'}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/docs\/tutorial\/token\?lib=discord-js#reset-token$/);
  await expect(page).not.toHaveURL(/\/th\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
