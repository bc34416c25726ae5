import type {Locator, Page} from '@playwright/test';
import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';

const APP = '123456789012345678';
const GUILD = '987654321098765432';

interface LocaleCase {
  readonly locale: 'en' | 'th';
  readonly path: string;
  readonly tutorialPath: string;
  readonly appIdLabel: string;
  readonly linkLabel: string;
  readonly checkerLabel: string;
  readonly administrator: string;
  readonly userInstall: string;
  readonly serverInstall: string;
  readonly serverId: string;
  readonly copyLink: string;
  readonly editInBuilder: string;
  readonly open: RegExp;
  readonly noLink: RegExp;
  readonly tooShort: RegExp;
  readonly adminWarning: RegExp;
  readonly userInstallWithBot: RegExp;
  readonly unsafeScheme: RegExp;
  readonly severityError: string;
}

const LOCALES: readonly LocaleCase[] = [
  {
    locale: 'en',
    path: '/docs/tools/invite-url-builder',
    tutorialPath: '/docs/tutorial/create-application',
    appIdLabel: 'Your Application ID',
    linkLabel: 'Invite link',
    checkerLabel: 'Invite link to check',
    administrator: 'Administrator',
    userInstall: 'User install (commands only)',
    serverInstall: 'Server install (bot)',
    serverId: 'Server ID',
    copyLink: 'Copy link',
    editInBuilder: 'Edit in the builder',
    open: /Open the link/,
    noLink: /No link yet/,
    tooShort: /17 to 20 digits/,
    adminWarning: /asks for Administrator/,
    userInstallWithBot: /cannot add a bot user/,
    unsafeScheme: /“javascript:” is not a web link/,
    severityError: 'Error',
  },
  {
    locale: 'th',
    path: '/th/docs/tools/invite-url-builder',
    tutorialPath: '/th/docs/tutorial/create-application',
    appIdLabel: 'Application ID ของคุณ',
    linkLabel: 'ลิงก์เชิญ',
    checkerLabel: 'ลิงก์เชิญที่จะตรวจ',
    administrator: 'ผู้ดูแลระบบ',
    userInstall: 'ติดตั้งให้ผู้ใช้ (เฉพาะคำสั่ง)',
    serverInstall: 'ติดตั้งในเซิร์ฟเวอร์ (บอท)',
    serverId: 'ID เซิร์ฟเวอร์',
    copyLink: 'คัดลอกลิงก์',
    editInBuilder: 'แก้ในตัวสร้างลิงก์',
    open: /เปิดลิงก์/,
    noLink: /ยังไม่มีลิงก์/,
    tooShort: /17 ถึง 20 หลัก/,
    adminWarning: /Administrator \(ผู้ดูแลระบบ\)/,
    userInstallWithBot: /เพิ่มบัญชีบอทไม่ได้/,
    unsafeScheme: /“javascript:” ไม่ใช่ลิงก์เว็บ/,
    severityError: 'ข้อผิดพลาด',
  },
];

const builder = (page: Page) => page.locator('#builder');
const idField = (page: Page, t: LocaleCase) => builder(page).getByRole('textbox', {name: t.appIdLabel});
const linkField = (page: Page, t: LocaleCase) => builder(page).getByRole('textbox', {name: t.linkLabel, exact: true});
const box = (page: Page, name: string) => builder(page).getByRole('checkbox', {name, exact: true});
const checkerField = (page: Page, t: LocaleCase) => page.getByRole('textbox', {name: t.checkerLabel, exact: true});
const checkerResult = (page: Page, t: LocaleCase) => checkerField(page, t).locator('xpath=ancestor::div[2]');

async function linkParams(page: Page, t: LocaleCase): Promise<Record<string, string>> {
  const url = await linkField(page, t).inputValue();
  expect(url.startsWith('https://discord.com/oauth2/authorize?')).toBe(true);
  return Object.fromEntries(new URL(url).searchParams);
}

/**
 * Axe over the two tools. Left out: the page's own prose (the docs' business, checked by the site sweep) and the
 * highlighted code, whose colours come from the site-wide Prism theme (prismThemes.github has number and string
 * tokens under 4.5:1 on its background, a site-wide setting in docusaurus.config.ts, reported separately).
 */
const expectToolAxeClean = (page: Page) =>
  expectSeriousAxeClean(page, {include: ['#builder', '#checker'], exclude: ['#builder .theme-code-block']});

/** Presses Tab until `target` has focus, failing after `max` presses: the keyboard path must reach it. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const t of LOCALES) {
  test.describe(`invite link builder and checker (${t.locale})`, () => {
    test('the static HTML already has the builder, saying why there is no link yet', async ({request}) => {
      const html = await (await request.get(t.path)).text();
      // The HTML is minified: attribute quotes are dropped where they can be.
      expect(html).toMatch(/id="?builder"?[\s>]/);
      expect(html).toMatch(t.noLink);
      expect(html).toContain(`>${t.appIdLabel}</label>`);
    });

    test('ID + bot + Administrator gives exactly client_id, scope=bot, permissions=8', async ({page}) => {
      await gotoHydrated(page, t.path);
      await idField(page, t).fill(APP);
      await expect(box(page, 'bot')).toBeChecked();
      await expect(box(page, 'applications.commands')).not.toBeChecked();
      await box(page, t.administrator).check();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot', permissions: '8'});
      await expect(builder(page).getByText(t.adminWarning)).toBeVisible();
      const open = builder(page).getByRole('link', {name: t.open});
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(open).toHaveAttribute('href', await linkField(page, t).inputValue());
    });

    test('12345 gives an error next to the field and no link', async ({page}) => {
      await gotoHydrated(page, t.path);
      await idField(page, t).fill('12345');
      await expect(idField(page, t)).toHaveAttribute('aria-invalid', 'true');
      await expect(builder(page).getByRole('alert').filter({hasText: t.tooShort})).toBeVisible();
      await expect(builder(page).getByText(t.noLink)).toBeVisible();
      await expect(linkField(page, t)).toHaveCount(0);
      await expect(builder(page).getByRole('link', {name: t.open})).toHaveCount(0);
    });

    test('a bad server ID blocks the link until it is fixed', async ({page}) => {
      await gotoHydrated(page, t.path);
      await idField(page, t).fill(APP);
      const guild = builder(page).getByRole('textbox', {name: t.serverId, exact: true});
      await guild.fill('12345');
      await expect(guild).toHaveAttribute('aria-invalid', 'true');
      await expect(linkField(page, t)).toHaveCount(0);
      await guild.fill(GUILD);
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot', guild_id: GUILD});
    });

    test('user install removes bot and permissions from the link', async ({page}) => {
      await gotoHydrated(page, `${t.path}?permissions=8`);
      await idField(page, t).fill(APP);
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot', permissions: '8'});
      await builder(page).getByRole('radio', {name: t.userInstall}).check();
      await expect
        .poll(() => linkParams(page, t))
        .toEqual({client_id: APP, scope: 'applications.commands', integration_type: '1'});
      await expect(box(page, 'bot')).toBeDisabled();
      await expect(box(page, 'bot')).not.toBeChecked();
      await expect(box(page, t.administrator)).toHaveCount(0);
    });

    test('the checker flags a user-install link that asks for bot', async ({page}) => {
      await gotoHydrated(page, t.path);
      await checkerField(page, t).fill(
        `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=8&integration_type=1`,
      );
      const finding = page.locator('article li').filter({hasText: t.userInstallWithBot});
      await expect(finding).toBeVisible();
      await expect(finding).toContainText(t.severityError);
      await expect(page.locator('article').getByRole('link', {name: t.open})).toHaveCount(0);
    });

    test('a javascript: paste shows a message and no link; markup stays text', async ({page}) => {
      await gotoHydrated(page, t.path);
      const field = checkerField(page, t);
      await field.fill('javascript:alert(1)');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert').filter({hasText: t.unsafeScheme})).toBeVisible();
      await expect(page.locator('article a[href^="javascript:"]')).toHaveCount(0);
      await expect(page.getByRole('link', {name: t.editInBuilder})).toHaveCount(0);
      await field.fill('<img src=x onerror="window.__pwned=1">');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
      await expect(page.locator('article img[src="x"]')).toHaveCount(0);
      await field.fill('x'.repeat(10_240));
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      // Too long for the page URL: the paste is checked but not put there.
      expect(new URL(page.url()).searchParams.get('check')).toBeNull();
    });

    test('Edit in the builder loads the pasted link into the builder', async ({page}) => {
      await gotoHydrated(page, t.path);
      await checkerField(page, t).fill(
        `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=3072&guild_id=${GUILD}`,
      );
      await page.getByRole('link', {name: t.editInBuilder}).click();
      await expect(idField(page, t)).toHaveValue(APP);
      await expect
        .poll(() => linkParams(page, t))
        .toEqual({client_id: APP, scope: 'bot', permissions: '3072', guild_id: GUILD});
      await expect(builder(page)).toBeFocused();
      // The ID went into the shared store; the page URL keeps the rest.
      await expect.poll(() => new URL(page.url()).searchParams.get('client_id')).toBeNull();
      expect(new URL(page.url()).searchParams.get('permissions')).toBe('3072');
    });

    test('the ID typed in the tutorial appears in the builder after a reload, with the state', async ({page}) => {
      await gotoHydrated(page, t.tutorialPath);
      await page.getByRole('textbox', {name: t.appIdLabel}).fill(APP);
      await gotoHydrated(page, `${t.path}?permissions=8`);
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(idField(page, t)).toHaveValue(APP);
      await expect(box(page, t.administrator)).toBeChecked();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot', permissions: '8'});
    });

    test('keyboard only: type the ID, switch install context, tick, copy', async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, t.path);
      await idField(page, t).focus();
      await page.keyboard.type(APP);
      const server = builder(page).getByRole('radio', {name: t.serverInstall});
      await tabTo(page, server, 5);
      const outline = await server.evaluate((el) => getComputedStyle(el).outlineWidth);
      expect(parseFloat(outline)).toBeGreaterThan(0);
      await page.keyboard.press('ArrowDown');
      await expect(builder(page).getByRole('radio', {name: t.userInstall})).toBeChecked();
      await expect.poll(() => linkParams(page, t)).toMatchObject({integration_type: '1'});
      await page.keyboard.press('ArrowUp');
      await expect(server).toBeChecked();
      // The user install ticked applications.commands (it needs it); back on a server install, untick it again.
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot applications.commands'});
      await tabTo(page, box(page, 'applications.commands'), 5);
      await page.keyboard.press('Space');
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot'});
      await tabTo(page, box(page, t.administrator));
      await page.keyboard.press('Space');
      await expect.poll(() => linkParams(page, t)).toMatchObject({permissions: '8'});
      const copy = builder(page).getByRole('button', {name: t.copyLink, exact: true});
      await tabTo(page, copy);
      await page.keyboard.press('Enter');
      await expect(
        builder(page)
          .getByRole('status')
          .filter({hasText: /Copied|คัดลอกแล้ว/}),
      ).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await linkField(page, t).inputValue());
    });

    test('axe finds nothing serious: errors, warnings and a checked link, light and dark', async ({page}) => {
      await gotoHydrated(page, t.path);
      await idField(page, t).fill('12345');
      await expectToolAxeClean(page);
      await idField(page, t).fill(APP);
      await box(page, t.administrator).check();
      await checkerField(page, t).fill(
        `http://discordapp.com/oauth2/authorize?client_id=${APP}&scope=bot+identify&permissions=8&integration_type=1`,
      );
      await expect(checkerResult(page, t).locator('li').first()).toBeVisible();
      await expectToolAxeClean(page);
      await page.emulateMedia({colorScheme: 'dark'});
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(linkField(page, t)).toBeVisible();
      await expectToolAxeClean(page);
    });

    test('fits a 320 px screen with a long link and the checker result', async ({page}) => {
      await page.setViewportSize({width: 320, height: 640});
      await gotoHydrated(page, `${t.path}?permissions=8866461766385663&guild_id=${GUILD}`);
      await idField(page, t).fill(APP);
      await expect(linkField(page, t)).toBeVisible();
      await checkerField(page, t).fill(await linkField(page, t).inputValue());
      await expect(page.getByRole('link', {name: t.editInBuilder})).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('switching language keeps the builder settings and the pasted link', async ({page}) => {
  const [en, th] = LOCALES as [LocaleCase, LocaleCase];
  await gotoHydrated(page, en.path);
  await idField(page, en).fill(APP);
  await box(page, en.administrator).check();
  await builder(page).getByRole('textbox', {name: en.serverId, exact: true}).fill(GUILD);
  await checkerField(page, en).fill(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`);
  await expect.poll(() => new URL(page.url()).searchParams.get('check')).not.toBeNull();

  await page.locator('.navbar').getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: 'ไทย'}).click();
  await expect(page).toHaveURL(new RegExp(`${th.path}\\?`));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(idField(page, th)).toHaveValue(APP);
  await expect(box(page, th.administrator)).toBeChecked();
  await expect
    .poll(() => linkParams(page, th))
    .toEqual({client_id: APP, scope: 'bot', permissions: '8', guild_id: GUILD});
  await expect(checkerField(page, th)).toHaveValue(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot`);
  await expect(page.getByText('ไม่พบปัญหา', {exact: false})).toBeVisible();
});

test('the tutorial’s invite step embeds the builder, sharing the ID and the permission set', async ({page}) => {
  const [en] = LOCALES as [LocaleCase];
  await gotoHydrated(page, en.tutorialPath);
  await page.getByRole('textbox', {name: en.appIdLabel}).fill(APP);
  await gotoHydrated(page, '/docs/tutorial/invite');
  await expect(idField(page, en)).toHaveValue(APP);
  await box(page, 'View Channels').check();
  await box(page, 'Send Messages and Create Posts').check();
  await expect.poll(() => linkParams(page, en)).toEqual({client_id: APP, scope: 'bot', permissions: '3072'});
  // The compact calculator further down the page reads the same `permissions` parameter.
  await expect(page.getByRole('textbox', {name: 'Permissions integer', exact: true})).toHaveValue('3072');
});
