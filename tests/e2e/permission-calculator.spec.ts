import {PermissionFlagsBits} from 'discord-api-types/v10';
import type {Page} from '@playwright/test';
import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';

// Computed from the types package, never typed in: a new flag there changes the expectation, not this file.
const ALL_FLAGS: bigint = Object.values(PermissionFlagsBits).reduce((all, flag) => all | flag, 0n);
// Distinct values: the deprecated alias ManageEmojisAndStickers shares a bit and has no checkbox of its own.
const FLAG_COUNT = new Set(Object.values(PermissionFlagsBits)).size;

interface LocaleCase {
  readonly locale: 'en' | 'th';
  readonly path: string;
  readonly integer: string;
  readonly administrator: string;
  readonly manageServer: string;
  readonly filter: string;
  readonly copyLink: string;
  readonly adminWarning: RegExp;
  readonly invalidMessage: RegExp;
  readonly overflowMessage: RegExp;
  readonly pinMessages: string;
  readonly splitTitle: string;
  readonly splitBody: RegExp;
  readonly splitAdd: string;
  readonly splitAdded: RegExp;
}

const LOCALES: readonly LocaleCase[] = [
  {
    locale: 'en',
    path: '/docs/tools/permission-calculator/',
    integer: 'Permissions integer',
    administrator: 'Administrator',
    manageServer: 'Manage Server',
    filter: 'Filter permissions',
    copyLink: 'Copy share link',
    adminWarning: /ignores channel overwrites/,
    invalidMessage: /Only digits/,
    overflowMessage: /larger than 64 bits/,
    pinMessages: 'Pin Messages',
    splitTitle: 'Written before Discord split some permissions',
    splitBody:
      /This integer has Manage Messages but not Pin Messages: since February 23, 2026, a bot needs Pin Messages/,
    splitAdd: 'Add Pin Messages → 2251799813693440',
    splitAdded: /Added Pin Messages: the integer is now 2251799813693440/,
  },
  {
    locale: 'th',
    path: '/th/docs/tools/permission-calculator/',
    integer: 'ตัวเลขสิทธิ์',
    administrator: 'ผู้ดูแลระบบ',
    manageServer: 'จัดการเซิร์ฟเวอร์',
    filter: 'กรองสิทธิ์',
    copyLink: 'คัดลอกลิงก์สำหรับแชร์',
    adminWarning: /channel overwrites/,
    invalidMessage: /อ่านได้แค่ตัวเลข/,
    overflowMessage: /64 บิต/,
    pinMessages: 'ปักหมุดข้อความ',
    splitTitle: 'ตัวเลขนี้ตั้งไว้ก่อน Discord แยกสิทธิ์บางตัวออกมา',
    splitBody:
      /ตัวเลขนี้มี จัดการข้อความ \(Manage Messages\) แต่ไม่มี ปักหมุดข้อความ \(Pin Messages\) ตั้งแต่วันที่ 23 กุมภาพันธ์ ค\.ศ\. 2026/,
    splitAdd: 'เพิ่ม ปักหมุดข้อความ (Pin Messages) → 2251799813693440',
    splitAdded: /เพิ่ม ปักหมุดข้อความ \(Pin Messages\) แล้ว ตอนนี้ตัวเลขคือ 2251799813693440/,
  },
];

const calculator = (page: Page) => page.locator('[data-tool="permission-calculator"]');
const integerField = (page: Page, t: LocaleCase) => page.getByRole('textbox', {name: t.integer, exact: true});
const box = (page: Page, name: string) => calculator(page).getByRole('checkbox', {name, exact: true});
const permissionsParam = (page: Page) => new URL(page.url()).searchParams.get('permissions');

const expectToolAxeClean = (page: Page) =>
  // Scoped to the tool (the page's prose is checked by site-sweep). Code blocks are left out: their colours come
  // from the site-wide Prism theme, whose comment colour fails contrast on every page with a commented snippet.
  expectSeriousAxeClean(page, {include: ['[data-tool="permission-calculator"]'], exclude: ['.theme-code-block']});

for (const t of LOCALES) {
  test.describe(`permission calculator (${t.locale})`, () => {
    test('the static HTML already has every checkbox, named in the page language', async ({browser}) => {
      // No JavaScript: what is there came from the server.
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(t.path);
      await expect(calculator(page).getByRole('checkbox')).toHaveCount(FLAG_COUNT);
      await expect(box(page, t.administrator)).not.toBeChecked();
      await expect(integerField(page, t)).toHaveValue('0');
      await context.close();
    });

    test('Administrator alone gives 8, with the warning', async ({page}) => {
      await gotoHydrated(page, t.path);
      await box(page, t.administrator).check();
      await expect(integerField(page, t)).toHaveValue('8');
      await expect(calculator(page).getByText('0x8', {exact: true})).toBeVisible();
      await expect(calculator(page).getByText(t.adminWarning)).toBeVisible();
      expect(permissionsParam(page)).toBe('8');
    });

    test('every box gives the OR of all discord-api-types flags', async ({page}) => {
      await gotoHydrated(page, t.path);
      const boxes = calculator(page).getByRole('checkbox');
      for (let i = 0; i < FLAG_COUNT; i++) await boxes.nth(i).check();
      await expect(integerField(page, t)).toHaveValue(ALL_FLAGS.toString());
      expect(permissionsParam(page)).toBe(ALL_FLAGS.toString());
    });

    test('typing 8866461766385663 ticks everything', async ({page}) => {
      await gotoHydrated(page, t.path);
      await integerField(page, t).fill('8866461766385663');
      const boxes = calculator(page).getByRole('checkbox');
      for (let i = 0; i < FLAG_COUNT; i++) await expect(boxes.nth(i)).toBeChecked();
      await expect(calculator(page).locator('input[type="checkbox"]:not(:checked)')).toHaveCount(0);
    });

    test('bad input shows the error next to the field and keeps the boxes', async ({page}) => {
      await gotoHydrated(page, t.path);
      const field = integerField(page, t);
      await field.fill('8');
      await expect(box(page, t.administrator)).toBeChecked();
      await field.fill('8a');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(calculator(page).getByRole('alert').filter({hasText: t.invalidMessage})).toBeVisible();
      await expect(box(page, t.administrator)).toBeChecked();
      expect(permissionsParam(page)).toBe('8');
      // Fixing the text recovers.
      await field.fill('40');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(box(page, t.manageServer)).toBeChecked();
    });

    for (const [hostile, message] of [
      ['<script>alert(1)</script>', t.invalidMessage],
      ['18446744073709551616', t.overflowMessage],
    ] as const) {
      test(`a hostile ?permissions=${hostile} shows the error, not a crash`, async ({page}) => {
        await gotoHydrated(page, `${t.path}?permissions=${encodeURIComponent(hostile)}`);
        const field = integerField(page, t);
        await expect(field).toHaveValue(hostile);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(calculator(page).getByRole('alert').filter({hasText: message})).toBeVisible();
        await expect(calculator(page).getByRole('checkbox')).toHaveCount(FLAG_COUNT);
        // The tool still works: a tick replaces the bad value.
        await box(page, t.administrator).check();
        await expect(field).toHaveValue('8');
        await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      });
    }

    test('the share link and a reload restore the set', async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, t.path);
      await box(page, t.administrator).check();
      await box(page, t.manageServer).check();
      await calculator(page).getByRole('button', {name: t.copyLink}).click();
      await expect(
        calculator(page)
          .getByRole('status')
          .filter({hasText: /Copied|คัดลอกแล้ว/}),
      ).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).searchParams.get('permissions')).toBe('40');
      expect(new URL(link).pathname).toBe(t.path);

      await gotoHydrated(page, `${t.path}?permissions=0`);
      await expect(box(page, t.administrator)).not.toBeChecked();
      await gotoHydrated(page, link);
      await expect(box(page, t.manageServer)).toBeChecked();
      await expect(integerField(page, t)).toHaveValue('40');

      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(box(page, t.administrator)).toBeChecked();
      await expect(box(page, t.manageServer)).toBeChecked();
    });

    test('keyboard only: Tab to a checkbox, Space toggles it, typing ticks boxes', async ({page}) => {
      await gotoHydrated(page, t.path);
      await calculator(page)
        .getByRole('searchbox', {name: t.filter})
        .evaluate((el) => (el as HTMLElement).focus());
      await page.keyboard.press('Tab');
      const first = calculator(page).getByRole('checkbox').first();
      await expect(first).toBeFocused();
      // Focus must be visible: an outline wider than zero on the focused box.
      const outline = await first.evaluate((el) => getComputedStyle(el).outlineWidth);
      expect(parseFloat(outline)).toBeGreaterThan(0);
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await expect(integerField(page, t)).toHaveValue(String(PermissionFlagsBits.ViewChannel));
      await page.keyboard.press('Space');
      await expect(first).not.toBeChecked();

      // Back to the field by keyboard and type a number.
      for (let i = 0; i < 30; i++) {
        if (await integerField(page, t).evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Shift+Tab');
      }
      await expect(integerField(page, t)).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('1 << 3');
      await expect(box(page, t.administrator)).toBeChecked();
    });

    test('8192, written before the Pin Messages split, gets an offer that adds it: by keyboard', async ({page}) => {
      await gotoHydrated(page, t.path);
      await integerField(page, t).focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('8192');
      const note = calculator(page).getByRole('note', {name: t.splitTitle});
      await expect(note).toContainText(t.splitBody);
      const add = note.getByRole('button', {name: t.splitAdd, exact: true});
      for (let i = 0; i < 10; i++) {
        if (await add.evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      await expect(add).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(integerField(page, t)).toHaveValue('2251799813693440');
      await expect.poll(() => permissionsParam(page)).toBe('2251799813693440');
      await expect(box(page, t.pinMessages)).toBeChecked();
      await expect(note).toHaveCount(0);
      // The button is gone with the note; focus lands on the line that says what it did.
      await expect(calculator(page).getByText(t.splitAdded)).toBeFocused();
    });

    test('8192 from a shared link gets the same offer: by mouse, and axe finds nothing serious', async ({page}) => {
      await gotoHydrated(page, `${t.path}?permissions=8192`);
      const note = calculator(page).getByRole('note', {name: t.splitTitle});
      await expect(note).toContainText(t.splitBody);
      await expectToolAxeClean(page);
      await note.getByRole('button', {name: t.splitAdd, exact: true}).click();
      await expect(integerField(page, t)).toHaveValue('2251799813693440');
      await expect.poll(() => permissionsParam(page)).toBe('2251799813693440');
      await expect(box(page, t.pinMessages)).toBeChecked();
      await expect(note).toHaveCount(0);
      await expect(calculator(page).getByText(t.splitAdded)).toBeVisible();
      await expectToolAxeClean(page);
    });

    test('the filter matches both languages and API names', async ({page}) => {
      await gotoHydrated(page, t.path);
      const filter = calculator(page).getByRole('searchbox', {name: t.filter});
      for (const query of ['MANAGE_GUILD', 'manage server', 'จัดการเซิร์ฟเวอร์']) {
        await filter.fill(query);
        await expect(box(page, t.manageServer)).toBeVisible();
        await expect(box(page, t.administrator)).toBeHidden();
      }
      await filter.fill('');
      await expect(box(page, t.administrator)).toBeVisible();
    });

    test('axe finds nothing serious, light and dark, with the warning and an error showing', async ({page}) => {
      await gotoHydrated(page, t.path);
      await expectToolAxeClean(page);
      await box(page, t.administrator).check();
      await integerField(page, t).fill('8a');
      await expectToolAxeClean(page);
      await page.emulateMedia({colorScheme: 'dark'});
      await gotoHydrated(page, `${t.path}?permissions=${ALL_FLAGS}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectToolAxeClean(page);
    });

    test('fits a 320 px screen', async ({page}) => {
      await page.setViewportSize({width: 320, height: 640});
      await gotoHydrated(page, `${t.path}?permissions=${ALL_FLAGS}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await box(page, t.administrator).uncheck();
      await expect(integerField(page, t)).toHaveValue(String(ALL_FLAGS & ~PermissionFlagsBits.Administrator));
    });
  });
}

test('switching language keeps the set and names the boxes in Thai', async ({page}) => {
  const [en, th] = LOCALES as [LocaleCase, LocaleCase];
  await gotoHydrated(page, en.path);
  await box(page, en.administrator).check();
  await box(page, en.manageServer).check();
  await expect(page).toHaveURL(/\?permissions=40$/);

  await page.locator('.navbar').getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: 'ไทย'}).click();
  await expect(page).toHaveURL(new RegExp(`${th.path}\\?permissions=40$`));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(box(page, th.administrator)).toBeChecked();
  await expect(box(page, th.manageServer)).toBeChecked();
  await expect(integerField(page, th)).toHaveValue('40');

  await box(page, th.administrator).uncheck();
  await page.locator('.navbar').getByRole('button', {name: 'ไทย'}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(new RegExp(`${en.path}\\?permissions=32$`));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(box(page, en.manageServer)).toBeChecked();
  await expect(box(page, en.administrator)).not.toBeChecked();
});

test('the compact calculator in the tutorial links to the full one with the set, in the page language', async ({
  page,
}) => {
  await gotoHydrated(page, '/th/docs/tutorial/invite/');
  await box(page, 'ผู้ดูแลระบบ').check();
  const link = calculator(page).getByRole('link', {name: 'เปิดในเครื่องคำนวณสิทธิ์แบบเต็ม'});
  await expect(link).toHaveAttribute('href', '/th/docs/tools/permission-calculator/?permissions=8');
  await link.click();
  await expect(page).toHaveURL(/\/th\/docs\/tools\/permission-calculator\/\?permissions=8$/);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(box(page, 'ผู้ดูแลระบบ')).toBeChecked();
});

test('the reference table links every row and scrolls inside its own region at 320 px', async ({page}) => {
  await page.setViewportSize({width: 320, height: 640});
  await gotoHydrated(page, '/docs/reference/permissions/#perm-MANAGE_GUILD');
  await expect(page.locator('#perm-MANAGE_GUILD')).toContainText('Manage Server');
  await expect(page.locator('tr[id^="perm-"]')).toHaveCount(FLAG_COUNT);
  const region = page.getByRole('region', {name: /all Discord permissions/});
  await expect(region).toHaveAttribute('tabindex', '0');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
