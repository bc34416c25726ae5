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
  // The Thai faces each platform ships: Apple, Windows, Debian's TLWG (what CI has), Linux / ChromeOS.
  for (const family of ['Thonburi', 'Leelawadee UI', 'Garuda', 'Noto Sans Thai']) expect(font).toContain(family);
  // ...ahead of the Latin system face, so that a face with both scripts sets a mixed line (src/css/custom.css).
  const families = font.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
  expect(families[0]).toBe('Sukhumvit Set');
  expect(families.indexOf('Noto Sans Thai UI')).toBeLessThan(families.indexOf('system-ui'));
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests).toEqual([]);
  await page.getByRole('link', {name: 'เริ่มบทเรียน'}).click();
  await expect(page).toHaveURL(/\/th\/docs\/tutorial\/overview\/$/);
});

test('the bundles start after the first paint, and the pages behind visible links are still prefetched', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // When the first paint is reported and when the main bundle's <script> element is added, on one clock.
    const seen: Record<string, number> = {};
    (window as unknown as {seen: typeof seen}).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen[entry.name] ??= entry.startTime;
    }).observe({type: 'paint', buffered: true});
    new MutationObserver(() => {
      if (seen.mainScript === undefined && document.querySelector('script[src*="/main."]'))
        seen.mainScript = performance.now();
    }).observe(document, {childList: true, subtree: true});
  });
  await gotoHydrated(page, '/');
  const seen = await page.evaluate(() => (window as unknown as {seen: Record<string, number>}).seen);
  expect(seen['first-contentful-paint']).toBeGreaterThan(0);
  expect(seen.mainScript).toBeGreaterThan(seen['first-contentful-paint'] ?? Infinity);
  // Docusaurus' viewport prefetch, now run in idle time (src/client/idle-prefetch.ts): the tutorial's chunks.
  await expect.poll(() => page.locator('link[rel="prefetch"]').count(), {timeout: 10_000}).toBeGreaterThan(0);
});
