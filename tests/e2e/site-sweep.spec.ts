import AxeBuilder from '@axe-core/playwright';
import {test, expect, gotoHydrated} from './fixtures';
import {sitemapPaths} from './site-pages';

for (const locale of ['en', 'th'] as const) {
  for (const path of sitemapPaths(locale)) {
    test(`${locale} ${path}: loads clean, accessible, self-contained`, async ({page}) => {
      await gotoHydrated(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const brokenImages = await page.$$eval('img', (imgs) =>
        imgs.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      );
      expect(brokenImages, 'images that failed to load').toEqual([]);
      const axe = await new AxeBuilder({page}).analyze();
      const serious = axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(serious, 'serious or critical axe violations').toEqual([]);
    });
  }
}
