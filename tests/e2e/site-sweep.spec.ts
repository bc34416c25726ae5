import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';
import {sitemapPaths} from './site-pages';
import {LOCALE_CONFIGS, LOCALES} from '../../locales';
import {START_ATTRIBUTE} from '../../scripts/paint-first/template';

for (const locale of LOCALES) {
  for (const path of sitemapPaths(locale)) {
    test(`${locale} ${path}: loads clean, accessible, self-contained`, async ({page}) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await gotoHydrated(page, path);
      // Every script the page runs to start is named in its HTML, so it is fetched from the start
      // (scripts/page-chunks/manifest.ts), and none is requested twice.
      const listed = await page.$$eval(`link[${START_ATTRIBUTE}]`, (links) => links.map((l) => l.getAttribute('href')));
      expect(
        scripts.filter((s) => !listed.includes(s)),
        'scripts the HTML does not name',
      ).toEqual([]);
      expect(new Set(scripts).size, 'scripts requested more than once').toBe(scripts.length);
      expect(listed.length, 'the runtime, the main bundle and the route chunks').toBeGreaterThan(2);
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_CONFIGS[locale].htmlLang);
      const brokenImages = await page.$$eval('img', (imgs) =>
        imgs.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      );
      expect(brokenImages, 'images that failed to load').toEqual([]);
      await expectSeriousAxeClean(page);
    });
  }
}
