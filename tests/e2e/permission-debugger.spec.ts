import type {Locator, Page} from '@playwright/test';
import {PASTED_CONTEXT} from '../fixtures/pasted-context';
import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';

// Bits written out once, from Discord's table (the unit tests hold the catalogue to discord-api-types).
const VIEW = 1n << 10n;
const SEND = 1n << 11n;
const ADMIN = 1n << 3n;
const MANAGE_ROLES = 1n << 28n;

interface LocaleCase {
  readonly locale: 'en' | 'th';
  readonly prefix: string;
  readonly subject: string;
  readonly tryFix: string;
  readonly pasteOpen: string;
  readonly pasteLabel: RegExp;
  readonly use: string;
  readonly badJson: RegExp;
  readonly addRole: string;
  readonly roleName: string;
  readonly botHasRole: string;
  readonly pinMessages: RegExp;
  readonly addOverwrite: string;
  readonly viewChannels: string;
  readonly loaded: RegExp;
  readonly sendMessages: string;
}

const LOCALES: readonly LocaleCase[] = [
  {
    locale: 'en',
    prefix: '',
    subject: 'What should the bot do?',
    tryFix: 'Try this fix here',
    pasteOpen: 'Show the code for your bot and the paste box',
    pasteLabel: /What your bot printed/,
    use: 'Use this',
    badJson: /This is not JSON/,
    addRole: 'Add a role',
    roleName: 'Role name',
    botHasRole: 'The bot has this role',
    pinMessages: /^Pin Messages/,
    addOverwrite: 'Add',
    viewChannels: 'View Channels',
    loaded: /Loaded 2 roles and 1 channel overwrites/,
    sendMessages: 'Send Messages',
  },
  {
    locale: 'th',
    prefix: '/th',
    subject: 'บอทต้องทำอะไร',
    tryFix: 'ลองแก้แบบนี้ในเครื่องมือ',
    pasteOpen: 'แสดงโค้ดสำหรับบอทและกล่องวางข้อมูล',
    pasteLabel: /สิ่งที่บอทพิมพ์ออกมา/,
    use: 'ใช้ข้อมูลนี้',
    badJson: /ไม่ใช่ JSON/,
    addRole: 'เพิ่มบทบาท',
    roleName: 'ชื่อบทบาท',
    botHasRole: 'บอทมีบทบาทนี้',
    pinMessages: /^ปักหมุดข้อความ/,
    addOverwrite: 'เพิ่ม',
    viewChannels: 'ดูช่อง',
    loaded: /โหลดบทบาท 2 รายการ และสิทธิ์รายช่อง 1 รายการแล้ว/,
    sendMessages: 'ส่งข้อความ',
  },
];

/** A server as the page URL holds it: @everyone, roles `position:permissions::name`, the bot's roles, the rest. */
function server(parts: {
  everyone: bigint;
  roles: readonly [number, bigint, string][];
  bot?: readonly number[];
  extra?: string;
}): string {
  const params = new URLSearchParams({everyone: parts.everyone.toString()});
  for (const [position, permissions, name] of parts.roles) params.append('role', `${position}:${permissions}::${name}`);
  if (parts.bot && parts.bot.length > 0) params.set('bot', parts.bot.join(','));
  return `${params.toString()}${parts.extra ? `&${parts.extra}` : ''}`;
}

async function reloadHydrated(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

const answer = (page: Page): Locator => page.locator('[data-answer]');
const verdictOf = (page: Page): Locator => answer(page).locator('[data-verdict]');

for (const c of LOCALES) {
  test.describe(`permission debugger (${c.locale})`, () => {
    const open = (page: Page, query: string) =>
      gotoHydrated(page, `${c.prefix}/docs/tools/permission-debugger/?${query}`);

    test('an @everyone deny in the channel is beaten by an allow on the bot role', async ({page}) => {
      const base = server({everyone: VIEW | SEND, roles: [[1, 0n, 'Bot']], bot: [0]});
      await open(page, `${base}&channel=0&ow=everyone:0:${SEND}&action=send-message`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText('50013 Missing Permissions');
      await open(page, `${base}&channel=0&ow=everyone:0:${SEND}&ow=0:${SEND}:0&action=send-message`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
    });

    test("a role's deny is beaten by the bot's own member overwrite", async ({page}) => {
      const base = server({everyone: VIEW | SEND, roles: [[1, 0n, 'Bot']], bot: [0]});
      await open(page, `${base}&channel=0&ow=0:0:${SEND}&ow=bot:${SEND}:0&action=send-message`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
    });

    test('Administrator ignores overwrites, and so does owning the server', async ({page}) => {
      await open(
        page,
        `${server({everyone: 0n, roles: [[1, ADMIN, 'Admin']], bot: [0]})}&channel=0&ow=everyone:0:${VIEW | SEND}&action=send-message`,
      );
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      await open(
        page,
        `${server({everyone: 0n, roles: []})}&owner=1&channel=0&ow=everyone:0:${VIEW}&action=send-message`,
      );
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
    });

    test('without View Channels Discord answers 50001, without Send Messages embeds go too', async ({page}) => {
      await open(page, `${server({everyone: SEND, roles: [[1, 0n, 'Bot']], bot: [0]})}&channel=0&action=send-message`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText('50001 Missing Access');
      await open(page, `${server({everyone: VIEW | (1n << 14n), roles: []})}&channel=0&action=embed-links`);
      // Embed Links is granted, but without Send Messages Discord takes it away too.
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText(c.sendMessages);
    });

    test('a timed-out bot keeps only viewing and history; the fix removes the timeout', async ({page}) => {
      await open(page, `${server({everyone: VIEW | SEND, roles: []})}&timeout=1&channel=0&action=send-message`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await answer(page).getByRole('button', {name: c.tryFix}).first().click();
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      expect(new URL(page.url()).searchParams.get('timeout')).toBeNull();
    });

    test('a role above the bot cannot be given; moving the bot role up fixes it, by keyboard', async ({page}) => {
      const base = server({
        everyone: VIEW,
        roles: [
          [1, MANAGE_ROLES, 'Bot'],
          [2, 0n, 'Mods'],
        ],
        bot: [0],
      });
      await open(page, `${base}&action=give-role&target=1`);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText('Mods');
      const fix = answer(page).getByRole('button', {name: c.tryFix}).first();
      await fix.focus();
      await page.keyboard.press('Enter');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
    });

    test('the question is picked by keyboard, and the answer follows', async ({page}) => {
      await open(page, server({everyone: VIEW | SEND, roles: []}) + '&channel=0&action=send-message');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      const select = page.getByRole('combobox', {name: c.subject});
      await select.focus();
      // The next action is "reply", which also needs Read Message History.
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('action:reply');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
    });

    test('a server built by hand, by mouse: a new role granted Pin Messages and given to the bot', async ({page}) => {
      await open(page, 'action=pin-message');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await page.getByRole('button', {name: c.addRole}).click();
      const names = page.getByRole('textbox', {name: c.roleName, exact: true});
      await expect(names).toHaveCount(2);
      await names.nth(1).fill('Pinner');
      const row = page.locator('[data-role="1"]');
      await row.locator('summary').click();
      await row.getByRole('checkbox', {name: c.pinMessages}).click();
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await row.getByRole('checkbox', {name: c.botHasRole}).click();
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      // The whole server is in the address: opened again, it gives the same answer.
      expect(new URL(page.url()).searchParams.getAll('role').join(' ')).toContain('Pinner');
      await reloadHydrated(page);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      await expect(names.nth(1)).toHaveValue('Pinner');
    });

    test('a channel overwrite built by keyboard: @everyone denied View Channels gives 50001', async ({page}) => {
      await open(page, 'action=send-message');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'allowed');
      await page.getByRole('button', {name: c.addOverwrite, exact: true}).focus();
      await page.keyboard.press('Enter');
      const overwrite = page.locator('[data-overwrite="everyone"]');
      await overwrite.locator('summary').focus();
      await page.keyboard.press('Enter');
      const view = overwrite.getByRole('combobox', {name: c.viewChannels, exact: true});
      await view.focus();
      // Allow, Not set, Deny: one step down from Not set.
      await page.keyboard.press('ArrowDown');
      await expect(view).toHaveValue('deny');
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText('50001 Missing Access');
      expect(new URL(page.url()).searchParams.getAll('ow').join(' ')).toContain('everyone');
    });

    test('a pasted context replaces the server, is answered, and survives a reload', async ({page}) => {
      await open(page, 'action=send-message');
      await page.getByRole('button', {name: c.pasteOpen}).click();
      await page.getByRole('textbox', {name: c.pasteLabel}).fill(JSON.stringify(PASTED_CONTEXT, null, 2));
      await page.getByRole('button', {name: c.use}).click();
      await expect(page.getByRole('status').filter({hasText: c.loaded})).toBeVisible();
      const names = page.getByRole('textbox', {name: c.roleName, exact: true});
      await expect(names).toHaveCount(2);
      await expect(names.nth(0)).toHaveValue('Mods');
      await expect(names.nth(1)).toHaveValue('Bot');
      // @everyone's overwrite denies Send Messages and no role of the bot allows it back; the other member's
      // overwrite does not touch the bot.
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
      await expect(answer(page)).toContainText('50013 Missing Permissions');
      await reloadHydrated(page);
      await expect(verdictOf(page)).toHaveAttribute('data-verdict', 'refused');
    });

    test('bad JSON gets a message next to the box and keeps the text; axe finds nothing serious', async ({page}) => {
      await open(page, 'action=send-message');
      await page.getByRole('button', {name: c.pasteOpen}).click();
      const field = page.getByRole('textbox', {name: c.pasteLabel});
      await field.fill('{"guild": {"id": ');
      await page.getByRole('button', {name: c.use}).click();
      await expect(page.getByText(c.badJson).first()).toBeVisible();
      await expect(field).toHaveValue('{"guild": {"id": ');
      await expectSeriousAxeClean(page, {include: ['[data-tool="permission-debugger"]']});
    });
  });
}
