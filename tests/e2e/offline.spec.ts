import {test, expect, type Page} from '@playwright/test';
import {withBase} from './site-pages';

// Not the watching fixture: a failed download is what these tests cause, and Chromium and React report it on the
// console. What must not happen is an uncaught error, which is checked here instead.

interface LocaleCase {
  readonly locale: 'en' | 'th';
  readonly prefix: string;
  readonly failed: RegExp;
  readonly reload: string;
  readonly integer: string;
  readonly checker: string;
}

const CASES: readonly LocaleCase[] = [
  {
    locale: 'en',
    prefix: '',
    failed: /This part of the tool could not be loaded/,
    reload: 'Reload the page',
    integer: 'Permissions integer',
    checker: 'Invite link to check',
  },
  {
    locale: 'th',
    prefix: '/th',
    failed: /โหลดส่วนนี้ของเครื่องมือไม่สำเร็จ/,
    reload: 'โหลดหน้านี้ใหม่',
    integer: 'ตัวเลขสิทธิ์',
    checker: 'ลิงก์เชิญที่จะตรวจ',
  },
];

/** Opens a page, waits for hydration, then cuts the network for scripts, as a reader going offline would. */
async function openThenGoOffline(page: Page, path: string): Promise<string[]> {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(withBase(path));
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
  return uncaught;
}

for (const c of CASES) {
  test(`${c.locale}: offline, the calculator's code tabs say they could not load and the calculator keeps working`, async ({
    page,
  }) => {
    const uncaught = await openThenGoOffline(page, `${c.prefix}/docs/tools/permission-calculator/?permissions=8`);
    // Scroll to the bottom, where the tabs wait to load. A key press was not enough: once in a full run it did not
    // scroll, so the tabs never came near and nothing was downloaded.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const alert = page.getByRole('alert').filter({hasText: c.failed});
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', {name: c.reload})).toBeVisible();
    const integer = page.getByRole('textbox', {name: c.integer, exact: true});
    await integer.fill('2048');
    await expect(integer).toHaveValue('2048');
    expect(new URL(page.url()).searchParams.get('permissions')).toBe('2048');
    expect(uncaught).toEqual([]);
  });

  test(`${c.locale}: offline, the invite checker says it could not load and keeps the pasted link`, async ({page}) => {
    const uncaught = await openThenGoOffline(page, `${c.prefix}/docs/tools/invite-url-builder/`);
    const field = page.getByRole('textbox', {name: c.checker, exact: true});
    const link = 'https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot&permissions=8';
    await field.fill(link);
    await expect(page.getByRole('alert').filter({hasText: c.failed})).toBeVisible();
    await expect(field).toHaveValue(link);
    expect(uncaught).toEqual([]);
  });
}
