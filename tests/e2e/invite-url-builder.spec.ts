import type {Locator, Page} from '@playwright/test';
import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';
import {STORAGE_KEYS} from '../../src/hooks/storage-keys';

const APP = '123456789012345678';
const GUILD = '987654321098765432';
const OTHER = '234567890123456789';
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const SIZES = [
  {width: 1280, height: 900},
  {width: 390, height: 844},
] as const;

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
  readonly saveShared: string;
  readonly useSaved: string;
  readonly dismiss: string;
  readonly sharedInUse: RegExp;
  readonly sharedRefused: RegExp;
  readonly sharedToken: RegExp;
  readonly scopesDefault: RegExp;
  readonly promptIgnored: RegExp;
  readonly tooLongReason: RegExp;
  readonly limitNote: (limit: number) => string;
  readonly splitFinding: RegExp;
  readonly splitDate: string;
  readonly copyCorrected: string;
  readonly openCorrected: RegExp;
}

const LOCALES: readonly LocaleCase[] = [
  {
    locale: 'en',
    path: '/docs/tools/invite-url-builder/',
    tutorialPath: '/docs/tutorial/create-application/',
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
    saveShared: 'Save as my Application ID',
    useSaved: 'Use my saved ID',
    dismiss: 'Dismiss',
    sharedInUse: /brings the Application ID/,
    sharedRefused: /has a client_id that was not used: An ID has digits only/,
    sharedToken: /looks like a bot token/,
    scopesDefault: /asks for “bogus”, .*uses the default \(bot\) instead/,
    promptIgnored: /sets prompt to “sometimes”/,
    tooLongReason: /Too long: 1020 characters, and this field takes at most 1000/,
    limitNote: (limit) => `At most ${limit} characters.`,
    splitFinding: /asks for Manage Messages but not Pin Messages/,
    splitDate: 'Since February 23, 2026',
    copyCorrected: 'Copy the corrected link',
    openCorrected: /Open the corrected link/,
  },
  {
    locale: 'th',
    path: '/th/docs/tools/invite-url-builder/',
    tutorialPath: '/th/docs/tutorial/create-application/',
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
    adminWarning: /ลิงก์ขอสิทธิ์ผู้ดูแลระบบ \(Administrator\)/,
    userInstallWithBot: /เพิ่มบัญชีบอทไม่ได้/,
    unsafeScheme: /“javascript:” ไม่ใช่ลิงก์เว็บ/,
    severityError: 'ข้อผิดพลาด',
    saveShared: 'บันทึกเป็น Application ID ของฉัน',
    useSaved: 'ใช้ ID ที่ฉันบันทึกไว้',
    dismiss: 'ปิด',
    sharedInUse: /มี Application ID .*มาด้วย/,
    sharedRefused: /มี client_id ที่ไม่ได้นำมาใช้/,
    sharedToken: /ดูเหมือนโทเคนของบอท/,
    scopesDefault: /ขอสโคป “bogus”.*จึงใช้ค่าเริ่มต้น \(bot\) แทน/,
    promptIgnored: /ตั้ง prompt เป็น “sometimes”/,
    tooLongReason: /ยาวเกินไป: มี 1020 ตัวอักษร แต่ช่องนี้รับได้ไม่เกิน 1000/,
    limitNote: (limit) => `ไม่เกิน ${limit} ตัวอักษร`,
    splitFinding: /ลิงก์ขอสิทธิ์ จัดการข้อความ \(Manage Messages\) แต่ไม่ได้ขอ ปักหมุดข้อความ \(Pin Messages\)/,
    splitDate: 'ตั้งแต่วันที่ 23 กุมภาพันธ์ ค.ศ. 2026',
    copyCorrected: 'คัดลอกลิงก์ที่แก้แล้ว',
    openCorrected: /เปิดลิงก์ที่แก้แล้ว/,
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

    test('the checker flags permissions=8192, written before the Pin Messages split, with a corrected link that works', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // Following the link must not reach Discord from a test: the new tab gets a stand-in page.
      await context.route('https://discord.com/**', (route) =>
        route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>stand-in</title>'}),
      );
      await gotoHydrated(page, t.path);
      const old = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8192&guild_id=${GUILD}`;
      const fixed = old.replace('permissions=8192', 'permissions=2251799813693440');
      await checkerField(page, t).fill(old);
      const finding = page.locator('#checker li').filter({hasText: t.splitFinding});
      await expect(finding).toBeVisible();
      await expect(finding).toContainText(t.splitDate);
      await expect(finding.locator('code')).toHaveText(fixed);
      await expectToolAxeClean(page);

      await finding.getByRole('button', {name: t.copyCorrected, exact: true}).click();
      await expect(finding.getByRole('status').filter({hasText: /Copied|คัดลอกแล้ว/})).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed);

      const open = finding.getByRole('link', {name: t.openCorrected});
      await expect(open).toHaveAttribute('href', fixed);
      await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
      const [tab] = await Promise.all([page.waitForEvent('popup'), open.click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toBe(fixed);
      await tab.close();

      // Checked again, the corrected link no longer has the finding.
      await checkerField(page, t).fill(fixed);
      await expect(page.locator('#checker li').filter({hasText: t.splitFinding})).toHaveCount(0);
      await expect(page.getByText(/No problems found|ไม่พบปัญหา/)).toBeVisible();
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
      await expect
        .poll(() => linkParams(page, t))
        .toEqual({client_id: APP, scope: 'bot', permissions: '3072', guild_id: GUILD});
      await expect(builder(page)).toBeFocused();
      // The link's ID is used on this page only: nothing is stored until the reader says so.
      await expect(builder(page).getByText(t.sharedInUse)).toBeVisible();
      await expect(idField(page, t)).toHaveValue('');
      expect(new URL(page.url()).searchParams.get('client_id')).toBe(APP);
      await builder(page).getByRole('button', {name: t.saveShared}).click();
      await expect(idField(page, t)).toHaveValue(APP);
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
      // Four full axe scans of the largest tool page: 40-46 s alone on a busy 2-core machine, near the 60 s default.
      test.slow();
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

/** Saves `id` as the reader's Application ID the way a reader does: typed into the field on an earlier visit. */
async function saveId(page: Page, t: LocaleCase, id: string): Promise<void> {
  await gotoHydrated(page, t.path);
  await idField(page, t).fill(id);
  await expect.poll(() => storedId(page)).toBe(id);
}

/** The stored ID, whatever namespace the site's storage adds to the key. */
const storedId = (page: Page) =>
  page.evaluate(
    (key) => Object.entries(window.localStorage).find(([name]) => name.startsWith(key))?.[1] ?? null,
    STORAGE_KEYS.applicationId,
  );
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

for (const t of LOCALES) {
  test.describe(`invite builder: values from the page URL (${t.locale})`, () => {
    test('a shared client_id is used on this page only and never replaces the saved ID unasked', async ({page}) => {
      await saveId(page, t, OTHER);
      await gotoHydrated(page, `${t.path}?client_id=${APP}#builder`);
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot'});
      await expect(builder(page).getByText(t.sharedInUse)).toBeVisible();
      await expect(idField(page, t)).toHaveValue(OTHER);
      expect(await storedId(page)).toBe(OTHER);
      await builder(page).getByRole('button', {name: t.useSaved}).click();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: OTHER, scope: 'bot'});
      expect(urlParam(page, 'client_id')).toBeNull();
      await expect(builder(page).getByText(t.sharedInUse)).toHaveCount(0);
    });

    test('"save as my Application ID" stores the shared ID', async ({page}) => {
      await saveId(page, t, OTHER);
      await gotoHydrated(page, `${t.path}?client_id=${APP}#builder`);
      await builder(page).getByRole('button', {name: t.saveShared}).click();
      await expect(idField(page, t)).toHaveValue(APP);
      await expect.poll(() => storedId(page)).toBe(APP);
      await expect.poll(() => urlParam(page, 'client_id')).toBeNull();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot'});
    });

    test('an unusable client_id is not used, and the builder says why', async ({page}) => {
      await saveId(page, t, OTHER);
      await gotoHydrated(page, `${t.path}?client_id=abc#builder`);
      await expect(builder(page).getByText(t.sharedRefused)).toBeVisible();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: OTHER, scope: 'bot'});
      expect(await storedId(page)).toBe(OTHER);
      await builder(page).getByRole('button', {name: t.dismiss, exact: true}).click();
      await expect.poll(() => urlParam(page, 'client_id')).toBeNull();
    });

    test('a token in client_id is taken out of the URL, never stored, and reported', async ({page}) => {
      await gotoHydrated(page, `${t.path}?client_id=${TOKEN}#builder`);
      await expect(builder(page).getByText(t.sharedToken)).toBeVisible();
      await expect.poll(() => urlParam(page, 'client_id')).toBeNull();
      expect(await storedId(page)).toBeNull();
      expect(page.url()).not.toContain(TOKEN.slice(0, 20));
    });

    test('unknown scopes and a bad prompt are reported at their fields; the link falls back to bot', async ({page}) => {
      await saveId(page, t, APP);
      await gotoHydrated(page, `${t.path}?scope=bogus&code_grant=1&prompt=sometimes#builder`);
      await expect(builder(page).locator('fieldset').filter({hasText: t.scopesDefault})).toBeVisible();
      await expect(builder(page).getByText(t.promptIgnored)).toBeVisible();
      await expect.poll(() => linkParams(page, t)).toEqual({client_id: APP, scope: 'bot', response_type: 'code'});
    });

    test('an over-long redirect URI is kept whole, its limit stated, and no link is made from it', async ({page}) => {
      await saveId(page, t, APP);
      const redirect = `https://example.com/${'a'.repeat(1000)}`;
      await gotoHydrated(page, `${t.path}?code_grant=1&redirect_uri=${encodeURIComponent(redirect)}#builder`);
      const field = builder(page).locator('input[id$="-redirectUri"]');
      await expect(field).toHaveValue(redirect);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(builder(page).locator('[id$="-redirectUri-hint"]')).toContainText(t.limitNote(1000));
      await expect(builder(page).locator('[data-result-bar]')).toContainText(t.tooLongReason);
      await expect(linkField(page, t)).toHaveCount(0);
      await field.fill('https://example.com/cb');
      await expect.poll(() => linkParams(page, t)).toMatchObject({redirect_uri: 'https://example.com/cb'});
    });
  });

  for (const size of SIZES) {
    test.describe(`invite builder: the result stays in view (${t.locale}, ${size.width}×${size.height})`, () => {
      test.use({viewport: size});

      /** Focuses a field as the reader would, and checks the link (or why there is none) is on screen with it. */
      async function expectResultInView(page: Page, field: Locator, what: Locator): Promise<void> {
        await field.focus();
        await expect(field).toBeFocused();
        await expect(what).toBeVisible();
        const viewport = page.viewportSize();
        const bar = await page.locator('#builder [data-result-bar]').boundingBox();
        const target = await what.boundingBox();
        const own = await field.boundingBox();
        if (viewport === null || bar === null || target === null || own === null) throw new Error('not laid out');
        for (const box of [bar, target]) {
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
        }
        // The field itself is on screen and not hidden behind the bar.
        expect(own.y).toBeGreaterThanOrEqual(0);
        expect(own.y + own.height).toBeLessThanOrEqual(bar.y + 1);
      }

      test('the link is on screen while the reader edits the ID, a scope, the last permission, the redirect URI', async ({
        page,
      }) => {
        await saveId(page, t, APP);
        await gotoHydrated(page, t.path);
        const link = linkField(page, t);
        await expect(link).toBeVisible();
        await expectResultInView(page, idField(page, t), link);
        await expectResultInView(page, box(page, 'applications.commands'), link);
        const lastPermission = builder(page).locator('[id$="-permissions"] input[type="checkbox"]').last();
        await expectResultInView(page, lastPermission, link);
        await lastPermission.check();
        await expectResultInView(page, lastPermission, link);
        await builder(page).locator('input[id$="-codeGrant"]').check();
        const redirect = builder(page).locator('input[id$="-redirectUri"]');
        await expectResultInView(page, redirect, link);
        await redirect.fill('javascript:x');
        await expectResultInView(page, redirect, builder(page).locator('[data-result-bar]').getByText(t.noLink));
      });

      test('without an ID, the reason there is no link is on screen at every field', async ({page}) => {
        await gotoHydrated(page, t.path);
        const reason = builder(page).locator('[data-result-bar]').getByText(t.noLink);
        await expectResultInView(page, idField(page, t), reason);
        await expectResultInView(page, box(page, 'bot'), reason);
        await expectResultInView(
          page,
          builder(page).locator('[id$="-permissions"] input[type="checkbox"]').last(),
          reason,
        );
      });
    });
  }
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
  await gotoHydrated(page, '/docs/tutorial/invite/');
  await expect(idField(page, en)).toHaveValue(APP);
  await box(page, 'View Channels').check();
  await box(page, 'Send Messages and Create Posts').check();
  await expect.poll(() => linkParams(page, en)).toEqual({client_id: APP, scope: 'bot', permissions: '3072'});
  // The compact calculator further down the page reads the same `permissions` parameter.
  await expect(page.getByRole('textbox', {name: 'Permissions integer', exact: true})).toHaveValue('3072');
});
