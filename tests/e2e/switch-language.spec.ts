import {test, expect, gotoHydrated} from './fixtures';
import {escapeRegExp, withBase} from './site-pages';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, TRANSLATED_LOCALES, localePath} from '../../locales';

const english = LOCALE_CONFIGS[DEFAULT_LOCALE];

for (const locale of TRANSLATED_LOCALES) {
  const other = LOCALE_CONFIGS[locale];

  test(`switching ${DEFAULT_LOCALE} → ${locale} → ${DEFAULT_LOCALE} keeps the page, the query string and the anchor`, async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/tutorial/token/?lib=discord-js#reset-token');
    await expect(page.locator('html')).toHaveAttribute('lang', english.htmlLang);

    await page.locator('.navbar').getByRole('button', {name: english.label}).hover();
    await page.getByRole('link', {name: other.label}).click();
    await expect(page).toHaveURL(
      new RegExp(
        `${escapeRegExp(withBase(localePath(locale, '/docs/tutorial/token/')))}\\?lib=discord-js#reset-token$`,
      ),
    );
    await expect(page.locator('html')).toHaveAttribute('lang', other.htmlLang);

    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.locator('.navbar').getByRole('button', {name: other.label}).hover();
    await page.getByRole('link', {name: english.label}).click();
    await expect(page).toHaveURL(
      new RegExp(`${escapeRegExp(withBase('/docs/tutorial/token/'))}\\?lib=discord-js#reset-token$`),
    );
    await expect(page).not.toHaveURL(new RegExp(`/${locale}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', english.htmlLang);
  });
}
