import type {Locator} from '@playwright/test';
import {LOCALES, localePath} from '../../locales';
import {test, expect, gotoHydrated} from './fixtures';

/*
 * On a phone a doc page lays out its text block by block as the reader nears it (`content-visibility: auto` in
 * src/css/custom.css); what is not drawn yet holds an estimated height. A link to a heading far down must still land
 * on that heading.
 */
const PAGE = '/docs/tutorial/token/';
const FAR_HEADING = 'compare-credentials';
const PHONE = {width: 390, height: 844};

/** Whether the browser has laid out the element (false while an ancestor's `content-visibility: auto` skips it). */
const drawn = (locator: Locator) => (): Promise<boolean> =>
  locator.evaluate((el) => el.checkVisibility({contentVisibilityAuto: true}));

for (const locale of LOCALES) {
  test(`${localePath(locale, PAGE)}: on a phone the text far below and the footer are drawn as the reader nears them`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await gotoHydrated(page, localePath(locale, PAGE));
    // Something inside the page's last block that has elements, and inside the site footer.
    const lastBlock = page.locator('.theme-doc-markdown > :has(*)').last().locator('*').first();
    const footer = page.locator('footer.footer *').first();
    await expect.poll(drawn(lastBlock)).toBe(false);
    await expect.poll(drawn(footer)).toBe(false);
    await footer.scrollIntoViewIfNeeded();
    await expect.poll(drawn(lastBlock)).toBe(true);
    await expect.poll(drawn(footer)).toBe(true);
  });

  test(`${localePath(locale, PAGE)}: on a phone a link to a heading far down lands on it`, async ({page}) => {
    await page.setViewportSize(PHONE);
    await gotoHydrated(page, `${localePath(locale, PAGE)}#${FAR_HEADING}`);
    const heading = page.locator(`#${FAR_HEADING}`);
    const navbarHeight = await page.locator('.navbar').evaluate((nav) => nav.getBoundingClientRect().height);
    // Below the sticky navbar, and not more than a line of text lower.
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(navbarHeight - 1);
    const top = (await heading.boundingBox())?.y ?? -1;
    expect(top).toBeLessThan(navbarHeight + 48);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height);
  });
}
