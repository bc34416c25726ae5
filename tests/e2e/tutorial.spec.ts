import {test, expect, gotoHydrated} from './fixtures';

const STEPS = [
  'create-application',
  'bot-settings',
  'token',
  'privileged-intents',
  'installation',
  'invite',
  'first-code',
  'it-works',
];

test('a new reader ticks every step; progress survives reload and the language switch, and resets', async ({page}) => {
  for (const [i, step] of STEPS.entries()) {
    await gotoHydrated(page, `/docs/tutorial/${step}/`);
    const box = page.getByRole('checkbox', {name: 'I have done this step'});
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(page.getByText(`Tutorial progress: ${i + 1} of ${STEPS.length} steps done`).first()).toBeVisible();
  }

  await page.reload();
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(page.getByRole('checkbox', {name: 'I have done this step'})).toBeChecked();

  await gotoHydrated(page, '/th/docs/tutorial/token/');
  await expect(page.locator('main').getByRole('checkbox')).toBeChecked();
  await expect(page.locator('main progress')).toHaveAttribute('value', String(STEPS.length));

  await gotoHydrated(page, '/docs/tutorial/overview/');
  await page.getByRole('button', {name: 'Reset progress'}).click();
  await expect(page.getByText(`Tutorial progress: 0 of ${STEPS.length} steps done`)).toBeVisible();
});

test('the Application ID is asked once and shows its creation date; a pasted token is refused', async ({page}) => {
  await gotoHydrated(page, '/docs/tutorial/create-application/');
  const field = page.getByRole('textbox', {name: 'Your Application ID'});
  await field.fill('12345');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({hasText: '17 to 20 digits'})).toBeVisible();

  await field.fill('MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB');
  await expect(page.getByRole('alert').filter({hasText: 'looks like a bot token'})).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(stored).not.toContain('MTIzNDU2');

  await field.fill('123456789012345678');
  await expect(page.getByRole('status').filter({hasText: 'Valid ID, created on'})).toContainText('2015');

  await page.reload();
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await expect(page.getByRole('textbox', {name: 'Your Application ID'})).toHaveValue('123456789012345678');

  await page.getByRole('button', {name: 'Forget this ID'}).click();
  await expect(page.getByRole('textbox', {name: 'Your Application ID'})).toHaveValue('');
});
