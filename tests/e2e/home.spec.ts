import {test, expect, gotoHydrated} from './fixtures';

test('English home page introduces the guide and starts the tutorial', async ({page}) => {
  await gotoHydrated(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 1})).toContainText('Discord bot');
  await page.getByRole('link', {name: 'Start the tutorial'}).click();
  await expect(page).toHaveURL(/\/docs\/tutorial\/overview\/$/);
});

test('Thai home page is in Thai, with the Thai font', async ({page}) => {
  await gotoHydrated(page, '/th/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const heading = page.getByRole('heading', {level: 1});
  await expect(heading).toHaveText(/[\u0E00-\u0E7F]/);
  const font = await heading.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain('IBM Plex Sans Thai');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => document.fonts.check('700 16px "IBM Plex Sans Thai"', 'ก'));
  expect(loaded).toBe(true);
  await page.getByRole('link', {name: 'เริ่มบทเรียน'}).click();
  await expect(page).toHaveURL(/\/th\/docs\/tutorial\/overview\/$/);
});
