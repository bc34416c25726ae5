import {PermissionFlagsBits} from 'discord-api-types/v10';
import {LOCALES, localePath, type SiteLocale} from '../../locales';
import {test, expect, gotoHydrated} from './fixtures';

// Defects found by an adversarial run (issue #13): input is never silently changed or lost, and counts read right.
const VIEWPORTS = [
  {name: 'desktop', width: 1280, height: 900},
  {name: 'phone', width: 390, height: 844},
] as const;

const FLAG_COUNT = new Set(Object.values(PermissionFlagsBits)).size;
const ONE_TICKED: Readonly<Record<SiteLocale, string>> = {
  en: `1 of ${FLAG_COUNT} ticked`,
  th: `ติ๊กแล้ว 1 จาก ${FLAG_COUNT}`,
};
const ADMINISTRATOR: Readonly<Record<SiteLocale, string>> = {en: 'Administrator', th: 'ผู้ดูแลระบบ'};
const APP_ID = '123456789012345678';
/** Matches the Application ID input in any language by its example value. */
const ID_FIELD = `input[placeholder="${APP_ID}"]`;
const storedValues = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Object.values(window.localStorage).join('\n'));

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale}, ${viewport.name}`, () => {
      test.beforeEach(async ({page}) => {
        await page.setViewportSize({width: viewport.width, height: viewport.height});
      });

      test('one ticked permission is counted in words that read right', async ({page}) => {
        await gotoHydrated(page, localePath(locale, '/docs/tools/permission-calculator/'));
        const calculator = page.locator('[data-tool="permission-calculator"]');
        await calculator.getByRole('checkbox', {name: ADMINISTRATOR[locale], exact: true}).check();
        await expect(calculator.getByRole('status').filter({hasText: ONE_TICKED[locale]})).toBeVisible();
      });

      test('needs in the page URL the intents calculator does not have are reported, the others kept', async ({
        page,
      }) => {
        await gotoHydrated(
          page,
          `${localePath(locale, '/docs/tools/intents-calculator/')}?needs=${encodeURIComponent('nope,voice')}`,
        );
        const calculator = page.locator('[data-tool="intents-calculator"]');
        await expect(calculator.getByRole('alert').filter({hasText: '(nope)'})).toBeVisible();
        await expect(calculator.locator('input[type="checkbox"]:checked').first()).toBeVisible();
      });

      test('Reset progress is off at 0 done, even when storage holds steps the guide no longer has', async ({page}) => {
        await gotoHydrated(page, localePath(locale, '/docs/tutorial/overview/'));
        // Docusaurus appends the site's storage namespace (docusaurus.config.ts `storage.namespace`) to the key.
        await page.evaluate(() =>
          window.localStorage.setItem(
            'discord-guide.tutorial-progress-discord-bot-guide',
            JSON.stringify(['no-such-step']),
          ),
        );
        await page.reload();
        await page.waitForSelector('html[data-has-hydrated="true"]');
        const panel = page.locator('section').filter({has: page.locator('progress')});
        await expect(panel.locator('progress')).toHaveAttribute('value', '0');
        await expect(panel.getByRole('button')).toBeDisabled();
      });

      test('the Application ID field states its limit, refuses an oversized or blank value, and keeps the text', async ({
        page,
      }) => {
        await gotoHydrated(page, localePath(locale, '/docs/tutorial/create-application/'));
        const field = page.locator(ID_FIELD);
        await field.fill(APP_ID);
        await expect.poll(() => storedValues(page)).toContain(APP_ID);
        const hint = page.locator(`#${await field.getAttribute('id')}-hint`);
        await expect(hint).toContainText('64');

        const paste = '9'.repeat(65);
        await field.fill(paste);
        await expect(field).toHaveValue(paste);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(page.getByRole('alert').filter({hasText: '65'})).toBeVisible();
        expect(await storedValues(page)).not.toContain(APP_ID);
        expect(await storedValues(page)).not.toContain(paste);

        await field.fill('   ');
        await expect(field).toHaveValue('   ');
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        expect((await storedValues(page)).trim()).not.toMatch(/^\s+$/);
      });

      test('a browser that refuses to store the ID says so and keeps the text', async ({page, watch}) => {
        await page.addInitScript(() => {
          const original = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key: string, value: string) {
            if (key.startsWith('discord-guide.application-id')) throw new DOMException('full', 'QuotaExceededError');
            original.call(this, key, value);
          };
        });
        await gotoHydrated(page, localePath(locale, '/docs/tutorial/create-application/'));
        const field = page.locator(ID_FIELD);
        await field.fill(APP_ID);
        await expect(field).toHaveValue(APP_ID);
        const alert = page
          .getByRole('alert')
          .filter({hasText: locale === 'th' ? /[\u0E00-\u0E7F]/ : /refused to save/});
        await expect(alert).toBeVisible();
        // Docusaurus logs the storage error it swallowed; that one is expected here.
        const expected = watch.consoleProblems.filter((line) => /storage error/.test(line));
        expect(expected.length).toBeGreaterThan(0);
        watch.consoleProblems.splice(
          0,
          watch.consoleProblems.length,
          ...watch.consoleProblems.filter((l) => !expected.includes(l)),
        );
      });
    });
  }
}
