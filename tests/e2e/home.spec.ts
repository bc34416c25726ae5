import {test, expect, gotoHydrated} from './fixtures';

test('English home page introduces the guide and starts the tutorial', async ({page}) => {
  await gotoHydrated(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 1})).toContainText('Discord bot');
  await page.getByRole('link', {name: 'Start the tutorial'}).click();
  await expect(page).toHaveURL(/\/docs\/tutorial\/overview\/$/);
});

test('Thai home page is in Thai, in the system Thai font, and downloads no font file', async ({page}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(request.url()))
      fontRequests.push(request.url());
  });
  await gotoHydrated(page, '/th/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const heading = page.getByRole('heading', {level: 1});
  await expect(heading).toHaveText(/[\u0E00-\u0E7F]/);
  const font = await heading.evaluate((el) => getComputedStyle(el).fontFamily);
  // The Thai faces each platform ships: Android / Linux, Apple, Windows, Debian's TLWG (what CI has).
  for (const family of ['Noto Sans Thai', 'Thonburi', 'Leelawadee UI', 'Garuda']) expect(font).toContain(family);
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests).toEqual([]);
  await page.getByRole('link', {name: 'เริ่มบทเรียน'}).click();
  await expect(page).toHaveURL(/\/th\/docs\/tutorial\/overview\/$/);
});
