import {GatewayIntentBits, OAuth2Scopes} from 'discord-api-types/v10';
import type {Page} from '@playwright/test';
import {INTENT_NEEDS, PRIVILEGED_INTENT_REVIEW} from '../../src/discord/intents';
import {expectSeriousAxeClean} from './axe';
import {test, expect, gotoHydrated} from './fixtures';

// The old names discord-api-types keeps as `@deprecated` aliases (GuildBans → GuildModeration, GuildEmojisAndStickers
// → GuildExpressions): same values, no checkbox of their own. Everything else is computed from the types package,
// never typed in, so a new intent there changes the expectation, not this file.
const DEPRECATED_ALIASES: ReadonlySet<string> = new Set(['GuildBans', 'GuildEmojisAndStickers']);
const INTENT_FLAGS: readonly bigint[] = Object.entries(GatewayIntentBits)
  .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && !DEPRECATED_ALIASES.has(entry[0]))
  .map(([, value]) => BigInt(value));
const ALL_INTENTS: bigint = INTENT_FLAGS.reduce((all, flag) => all | flag, 0n);
const INTENT_COUNT = INTENT_FLAGS.length;
const SCOPE_COUNT = Object.keys(OAuth2Scopes).length;
const MESSAGE_TEXT = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent;

const readTextNeed = INTENT_NEEDS.find((need) => need.id === 'read-message-text');
if (!readTextNeed) throw new Error('INTENT_NEEDS has no "read-message-text": update this spec');

interface LocaleCase {
  readonly locale: 'en' | 'th';
  readonly prefix: string;
  readonly integer: string;
  readonly intentsGroup: string;
  readonly servers: string;
  readonly serverMembers: string;
  readonly voiceStates: string;
  readonly messageContent: string;
  readonly readText: string;
  readonly copyLink: string;
  readonly privilegedTitle: RegExp;
  readonly fractionMessage: RegExp;
  readonly invalidMessage: RegExp;
  readonly intentRegion: RegExp;
  readonly scopeRegion: RegExp;
}

const LOCALES: readonly LocaleCase[] = [
  {
    locale: 'en',
    prefix: '',
    integer: 'Intents integer',
    intentsGroup: 'Gateway intents, in bit order',
    servers: 'Servers',
    serverMembers: 'Server Members',
    voiceStates: 'Voice States',
    messageContent: 'Message Content',
    readText: readTextNeed.label.en,
    copyLink: 'Copy share link',
    privilegedTitle: /Privileged intents ticked/,
    fractionMessage: /whole number/,
    invalidMessage: /Only digits/,
    intentRegion: /all gateway intents/,
    scopeRegion: /all OAuth2 scopes/,
  },
  {
    locale: 'th',
    prefix: '/th',
    integer: 'ตัวเลขอินเทนต์',
    intentsGroup: 'อินเทนต์ของ Gateway เรียงตามบิต',
    servers: 'เซิร์ฟเวอร์',
    serverMembers: 'สมาชิกเซิร์ฟเวอร์',
    voiceStates: 'สถานะช่องเสียง',
    messageContent: 'เนื้อหาข้อความ (Message Content)',
    readText: readTextNeed.label.th,
    copyLink: 'คัดลอกลิงก์สำหรับแชร์',
    privilegedTitle: /ติ๊ก Privileged Intent/,
    fractionMessage: /จำนวนเต็ม/,
    invalidMessage: /อ่านได้แค่ตัวเลข/,
    intentRegion: /ตารางอินเทนต์ทั้งหมด/,
    scopeRegion: /ตารางสโคป OAuth2 ทั้งหมด/,
  },
];

const TOOL = '/docs/tools/intents-calculator/';
const CALCULATOR = 'article [data-tool="intents-calculator"]';
const article = (page: Page) => page.locator('article');
const integerField = (page: Page, t: LocaleCase) => page.getByRole('textbox', {name: t.integer, exact: true});
const box = (page: Page, name: string) => article(page).getByRole('checkbox', {name, exact: true});
/** Intent checkboxes only, from their named group: the needs are checkboxes too. */
const intentBoxes = (page: Page, t: LocaleCase) =>
  article(page).getByRole('group', {name: t.intentsGroup, exact: true}).getByRole('checkbox');
const urlParam = (page: Page, key = 'intents') => new URL(page.url()).searchParams.get(key);
const privilegedNote = (page: Page, t: LocaleCase) => article(page).getByRole('note', {name: t.privilegedTitle});

/**
 * Scoped to what this spec owns (the calculator, the tables). Two site-wide problems are left to their owners and
 * reported instead of being papered over in the components: the pages' prose links trip axe's link-in-text-block
 * rule (links are told apart by colour alone), and the Prism "github" light theme colours booleans, numbers and
 * comments (#36acaa, #999988 on #f6f8fa, about 2.7:1), which axe flags whenever it can measure them. The second is
 * why syntax tokens inside code blocks are excluded here; the code blocks themselves are still scanned.
 */
const expectScopedAxeClean = (page: Page, scope: string) =>
  expectSeriousAxeClean(page, {include: [scope], exclude: ['.theme-code-block .token']});

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const t of LOCALES) {
  const path = `${t.prefix}${TOOL}`;

  test.describe(`intents calculator (${t.locale})`, () => {
    test('the static HTML already has every checkbox, named in the page language', async ({page, request}) => {
      const html = await (await request.get(path)).text();
      // The build minifies HTML, so attribute quotes are optional.
      expect(html.match(/type="?checkbox"?/g)?.length).toBe(INTENT_COUNT + INTENT_NEEDS.length);
      expect(html).toContain(`>${t.messageContent}</label>`);
      expect(html).toContain(`>${t.readText}</label>`);
      await gotoHydrated(page, path);
      await expect(intentBoxes(page, t)).toHaveCount(INTENT_COUNT);
    });

    test('the "read message text" need ticks Message Content and shows the Portal note', async ({page}) => {
      await gotoHydrated(page, path);
      await expect(privilegedNote(page, t)).toHaveCount(0);
      await box(page, t.readText).check();
      await expect(box(page, t.messageContent)).toBeChecked();
      await expect(box(page, t.servers)).toBeChecked();
      await expect(box(page, t.serverMembers)).not.toBeChecked();
      await expect(integerField(page, t)).toHaveValue(String(MESSAGE_TEXT));
      expect(urlParam(page)).toBe(String(MESSAGE_TEXT));
      expect(urlParam(page, 'needs')).toBe('read-message-text');

      const note = privilegedNote(page, t);
      await expect(note).toBeVisible();
      // Portal labels stay in English in both languages, as the portal shows them.
      for (const text of ['Privileged Gateway Intents', 'Message Content Intent', 'Disallowed intent(s)', '4014']) {
        await expect(note.getByText(text, {exact: true})).toBeVisible();
      }
      await expect(note.getByText(PRIVILEGED_INTENT_REVIEW.text[t.locale])).toBeVisible();
      await expect(note.locator(`time[datetime="${PRIVILEGED_INTENT_REVIEW.effective}"]`)).toBeVisible();

      await box(page, t.messageContent).uncheck();
      await expect(privilegedNote(page, t)).toHaveCount(0);
    });

    test('the integer round-trips: typing every intent ticks every box, ticking every box gives it', async ({page}) => {
      await gotoHydrated(page, path);
      await integerField(page, t).fill(ALL_INTENTS.toString());
      await expect(intentBoxes(page, t).and(page.locator(':checked'))).toHaveCount(INTENT_COUNT);
      await expect(article(page).getByText(`0x${ALL_INTENTS.toString(16)}`, {exact: true})).toBeVisible();

      await gotoHydrated(page, path);
      const boxes = intentBoxes(page, t);
      for (let i = 0; i < INTENT_COUNT; i++) await boxes.nth(i).check();
      await expect(integerField(page, t)).toHaveValue(ALL_INTENTS.toString());
      expect(urlParam(page)).toBe(ALL_INTENTS.toString());
    });

    test('bad input shows the error next to the field and keeps the boxes', async ({page}) => {
      await gotoHydrated(page, path);
      const field = integerField(page, t);
      await field.fill(String(MESSAGE_TEXT));
      await expect(box(page, t.messageContent)).toBeChecked();
      for (const [bad, message] of [
        ['33281.5', t.fractionMessage],
        ['33281a', t.invalidMessage],
      ] as const) {
        await field.fill(bad);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(article(page).getByRole('alert').filter({hasText: message})).toBeVisible();
        await expect(box(page, t.messageContent)).toBeChecked();
        expect(urlParam(page)).toBe(String(MESSAGE_TEXT));
      }
      await field.fill('128');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(box(page, t.voiceStates)).toBeChecked();
      await expect(box(page, t.messageContent)).not.toBeChecked();
    });

    test('a hostile ?intents= shows the error, not a crash', async ({page}) => {
      const hostile = '<script>alert(1)</script>';
      await gotoHydrated(page, `${path}?intents=${encodeURIComponent(hostile)}`);
      const field = integerField(page, t);
      await expect(field).toHaveValue(hostile);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(intentBoxes(page, t)).toHaveCount(INTENT_COUNT);
      await box(page, t.servers).check();
      await expect(field).toHaveValue('1');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    });

    test('the share link and a reload restore the set and the needs', async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, path);
      await box(page, t.readText).check();
      await box(page, t.voiceStates).check();
      const expected = String(MESSAGE_TEXT | GatewayIntentBits.GuildVoiceStates);
      await article(page).getByRole('button', {name: t.copyLink}).click();
      await expect(
        article(page)
          .getByRole('status')
          .filter({hasText: /Copied|คัดลอกแล้ว/}),
      ).toBeVisible();
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(link.pathname).toBe(path);
      expect(link.searchParams.get('intents')).toBe(expected);

      await gotoHydrated(page, path);
      await expect(box(page, t.messageContent)).not.toBeChecked();
      await gotoHydrated(page, link.href);
      await expect(box(page, t.messageContent)).toBeChecked();
      await expect(box(page, t.readText)).toBeChecked();
      await expect(integerField(page, t)).toHaveValue(expected);

      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(box(page, t.voiceStates)).toBeChecked();
      await expect(box(page, t.readText)).toBeChecked();
      await expect(privilegedNote(page, t)).toBeVisible();
    });

    test('keyboard only: Space ticks a need, typing ticks boxes, Tab reaches the intents and their events', async ({
      page,
    }) => {
      await gotoHydrated(page, path);
      const firstNeed = box(page, pickLabel('slash-commands', t.locale));
      await firstNeed.focus();
      await page.keyboard.press('Tab');
      const readText = box(page, t.readText);
      await expect(readText).toBeFocused();
      // Focus must be visible: an outline wider than zero on the focused box.
      expect(parseFloat(await readText.evaluate((el) => getComputedStyle(el).outlineWidth))).toBeGreaterThan(0);
      await page.keyboard.press('Space');
      await expect(box(page, t.messageContent)).toBeChecked();
      await expect(privilegedNote(page, t)).toBeVisible();

      const field = integerField(page, t);
      for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(field).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('1 << 7');
      await expect(box(page, t.voiceStates)).toBeChecked();
      await expect(box(page, t.messageContent)).not.toBeChecked();

      const servers = box(page, t.servers);
      for (let i = 0; i < 10 && !(await servers.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(servers).toBeFocused();
      await page.keyboard.press('Space');
      await expect(field).toHaveValue('129');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(article(page).getByText('GUILD_CREATE', {exact: true})).toBeVisible();
    });

    test('axe finds nothing serious, light and dark, with the note and an error showing', async ({page}) => {
      await gotoHydrated(page, path);
      await expectScopedAxeClean(page, CALCULATOR);
      await box(page, t.readText).check();
      await integerField(page, t).fill('33281a');
      await expectScopedAxeClean(page, CALCULATOR);
      await page.emulateMedia({colorScheme: 'dark'});
      await gotoHydrated(page, `${path}?intents=${ALL_INTENTS | (1n << 17n)}&needs=read-message-text`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectScopedAxeClean(page, CALCULATOR);
    });

    test('fits a 320 px screen with everything ticked', async ({page}) => {
      await page.setViewportSize({width: 320, height: 640});
      await gotoHydrated(page, `${path}?intents=${ALL_INTENTS}&needs=read-message-text,member-join-leave`);
      await expect(privilegedNote(page, t)).toBeVisible();
      await expectNoSidewaysScroll(page);
      await box(page, t.serverMembers).uncheck();
      await expect(integerField(page, t)).toHaveValue(String(ALL_INTENTS & ~BigInt(GatewayIntentBits.GuildMembers)));
    });
  });
}

function pickLabel(needId: string, locale: 'en' | 'th'): string {
  const need = INTENT_NEEDS.find((n) => n.id === needId);
  if (!need) throw new Error(`INTENT_NEEDS has no "${needId}": update this spec`);
  return need.label[locale];
}

test('switching language keeps the intents and the needs', async ({page}) => {
  const [en, th] = LOCALES as [LocaleCase, LocaleCase];
  await gotoHydrated(page, TOOL);
  await box(page, en.readText).check();
  await expect(page).toHaveURL(new RegExp(`\\?intents=${MESSAGE_TEXT}&needs=read-message-text$`));

  await page.locator('.navbar').getByRole('button', {name: 'English'}).hover();
  await page.getByRole('link', {name: 'ไทย'}).click();
  await expect(page).toHaveURL(new RegExp(`/th${TOOL}\\?intents=${MESSAGE_TEXT}&needs=read-message-text$`));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(box(page, th.messageContent)).toBeChecked();
  await expect(box(page, th.readText)).toBeChecked();
  await expect(integerField(page, th)).toHaveValue(String(MESSAGE_TEXT));
  await expect(privilegedNote(page, th)).toBeVisible();

  await box(page, th.messageContent).uncheck();
  await page.locator('.navbar').getByRole('button', {name: 'ไทย'}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  const rest = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages;
  await expect(page).toHaveURL(new RegExp(`${TOOL}\\?intents=${rest}&needs=read-message-text$`));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(box(page, en.messageContent)).not.toBeChecked();
  await expect(box(page, en.servers)).toBeChecked();
});

for (const t of LOCALES) {
  test(`the intents reference table (${t.locale}) has a linkable row per intent and scrolls inside itself`, async ({
    page,
  }) => {
    await page.setViewportSize({width: 320, height: 640});
    await gotoHydrated(page, `${t.prefix}/docs/reference/intents/#intent-GUILD_MEMBERS`);
    await expect(page.locator('tr[id^="intent-"]')).toHaveCount(INTENT_COUNT);
    await expect(page.locator('#intent-GUILD_MEMBERS')).toContainText(t.serverMembers);
    await expect(page.locator('#intent-GUILD_MEMBERS')).toContainText('Server Members Intent');
    await expect(page.getByRole('region', {name: t.intentRegion})).toHaveAttribute('tabindex', '0');
    await expectNoSidewaysScroll(page);
    await expectScopedAxeClean(page, 'article [role="region"]');
  });

  test(`the scopes reference table (${t.locale}) has a linkable row per scope`, async ({page}) => {
    await page.setViewportSize({width: 320, height: 640});
    await gotoHydrated(page, `${t.prefix}/docs/reference/scopes/#scope-bot`);
    await expect(page.locator('tr[id^="scope-"]')).toHaveCount(SCOPE_COUNT);
    await expect(page.locator('[id="scope-bot"] th a')).toHaveAttribute('href', '#scope-bot');
    await expect(page.locator('[id="scope-applications.commands"]')).toContainText('applications.commands');
    await expect(page.getByRole('region', {name: t.scopeRegion})).toHaveAttribute('tabindex', '0');
    await expectNoSidewaysScroll(page);
    await expectScopedAxeClean(page, 'article [role="region"]');
  });
}
