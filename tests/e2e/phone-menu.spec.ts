import type {Page} from '@playwright/test';
import {LOCALES, localePath} from '../../locales';
import {test, expect, gotoHydrated} from './fixtures';
import {escapeRegExp, withBase} from './site-pages';

/*
 * A page at phone width: what its load runs, and the menu behind the navbar's toggle. The menu (navbar items and the
 * doc sidebar) is drawn in a transition after hydration (src/theme/Navbar/MobileSidebar) and laid out only once
 * opened (src/css/custom.css), no load builds an ICU collator (scripts/shallow-memo-sort/loader.cjs), and the icons
 * every doc page shows at once are drawn without SVG images (src/css/custom.css); each was main-thread time on every
 * phone page load.
 */
const PHONE = {width: 390, height: 844};
const PLAIN_PAGE = '/docs/guides/token-safety/';
const TOOL_PAGE = '/docs/tools/permission-calculator/';
// In the same sidebar category as PLAIN_PAGE, so its link is drawn while the category is open.
const OTHER_PAGE = '/docs/guides/troubleshooting/';
const TOGGLE = {en: 'Toggle navigation bar', th: 'เปิด/ปิดแถบนำทาง'} as const;
const CLOSE = {en: 'Close navigation bar', th: 'ปิดแถบนำทาง'} as const;

declare global {
  interface Window {
    __collatorUses?: string[];
  }
}

/** Records, from before any script of the page runs, every use of the browser's collation (ICU collator). */
async function watchCollation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const uses: string[] = (window.__collatorUses = []);
    const localeCompare = String.prototype.localeCompare;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
      uses.push(`localeCompare ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
      return localeCompare.apply(this, args);
    };
    Intl.Collator = new Proxy(Intl.Collator, {
      construct(target, args: ConstructorParameters<typeof Intl.Collator>) {
        uses.push(`Intl.Collator ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
        return new target(...args);
      },
    });
  });
}

for (const locale of LOCALES) {
  test.describe(`${locale} at phone width`, () => {
    test.use({viewport: PHONE});

    for (const path of [PLAIN_PAGE, TOOL_PAGE]) {
      test(`${path}: loading the page builds no collator, and the closed menu is drawn in the background`, async ({
        page,
      }) => {
        await watchCollation(page);
        await gotoHydrated(page, localePath(locale, path));
        // Drawn before anyone opens it, so it slides in instead of appearing: the last thing a load renders.
        await expect(page.locator('.navbar-sidebar')).toHaveCount(1);
        await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
        // ...but not laid out until it opens (content-visibility in src/css/custom.css): its links have no box yet.
        const links = page.locator('.navbar-sidebar a[href]');
        expect(await links.count()).toBeGreaterThan(3);
        expect(await links.evaluateAll((all) => all.filter((a) => a.checkVisibility()).length)).toBe(0);
        expect(await page.evaluate(() => window.__collatorUses)).toEqual([]);
      });
    }

    test('the breadcrumb chevron and the back-to-top arrow are drawn without an image', async ({page}) => {
      await gotoHydrated(page, localePath(locale, TOOL_PAGE));
      const images = await page.evaluate(() => {
        const after = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) return `no ${selector}`;
          const style = getComputedStyle(element, '::after');
          return `${style.backgroundImage} ${style.maskImage}`;
        };
        return [after('.breadcrumbs__item:not(:last-child)'), after('.theme-back-to-top-button')];
      });
      expect(images).toEqual(['none none', 'none none']);
    });

    test('the menu opens by tap, shows where the reader is, and leads to another page', async ({page}) => {
      await gotoHydrated(page, localePath(locale, PLAIN_PAGE));
      const menu = page.locator('.navbar-sidebar');
      await page.getByRole('button', {name: TOGGLE[locale], exact: true}).click();
      await expect(page.locator('nav.navbar')).toHaveClass(/navbar-sidebar--show/);
      const here = menu.locator(`a[aria-current="page"][href="${withBase(localePath(locale, PLAIN_PAGE))}"]`);
      await expect(here).toBeVisible();
      await menu.locator(`a[href="${withBase(localePath(locale, OTHER_PAGE))}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(withBase(localePath(locale, OTHER_PAGE)))}$`));
      await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    });

    test('the menu opens and closes by keyboard', async ({page}) => {
      await gotoHydrated(page, localePath(locale, TOOL_PAGE));
      const toggle = page.getByRole('button', {name: TOGGLE[locale], exact: true});
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('nav.navbar')).toHaveClass(/navbar-sidebar--show/);
      const close = page.getByRole('button', {name: CLOSE[locale], exact: true});
      await close.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('nav.navbar')).not.toHaveClass(/navbar-sidebar--show/);
    });
  });
}
