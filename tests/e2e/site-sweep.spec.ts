import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';
import {sitemapPaths} from './site-pages';
import {LOCALE_CONFIGS, LOCALES} from '../../locales';

for (const locale of LOCALES) {
  for (const path of sitemapPaths(locale)) {
    test(`${locale} ${path}: loads clean, accessible, self-contained`, async ({page}) => {
      await gotoHydrated(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_CONFIGS[locale].htmlLang);
      const brokenImages = await page.$$eval('img', (imgs) =>
        imgs.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      );
      expect(brokenImages, 'images that failed to load').toEqual([]);
      await expectSeriousAxeClean(page);
    });
  }
}
