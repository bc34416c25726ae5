import type {Locator, Page} from '@playwright/test';
import {LOCALES, localePath, type SiteLocale} from '../../locales';
import {test, expect, gotoHydrated} from './fixtures';

// Tool pages put the tool first and keep its result in view while the reader works (issue #13, part 5).
const VIEWPORTS = [
  {name: 'desktop', width: 1280, height: 900},
  {name: 'phone', width: 390, height: 844},
] as const;

const ADMINISTRATOR: Readonly<Record<SiteLocale, string>> = {en: 'Administrator', th: 'ผู้ดูแลระบบ'};

const CALCULATORS = [
  {tool: 'permission-calculator', path: '/docs/tools/permission-calculator/'},
  {tool: 'intents-calculator', path: '/docs/tools/intents-calculator/'},
] as const;

/** Pages that open with their tool: the tool's own heading first, then the tool, then the section that explains it. */
const TOOL_FIRST_PAGES = [
  ...CALCULATORS.map((c) => ({...c, heading: 'calculator', next: 'how-to-read'})),
  {
    tool: 'permission-debugger',
    path: '/docs/tools/permission-debugger/',
    heading: 'debugger',
    next: 'how-discord-decides',
  },
] as const;

/** Whether the whole element lies inside the window as it is scrolled now. */
async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/** The value and copy button that show the calculator's integer and are on screen now: the panel's or the bar's. */
async function integerOnScreen(page: Page, tool: Locator, expected: string): Promise<boolean> {
  const bar = tool.locator('[data-result-bar]');
  if (await bar.isVisible()) {
    return (
      (await bar.locator('output').innerText()).trim() === expected &&
      (await onScreen(page, bar.locator('output'))) &&
      (await onScreen(page, bar.getByRole('button')))
    );
  }
  const field = tool.getByRole('textbox').first();
  return (await field.inputValue()) === expected && (await onScreen(page, field));
}

for (const locale of LOCALES) {
  for (const {tool, path, heading, next} of TOOL_FIRST_PAGES) {
    test(`${locale} ${path}: the tool comes right after the introduction, with no table of contents`, async ({
      page,
    }) => {
      await gotoHydrated(page, localePath(locale, path));
      const article = page.locator('article');
      // The first section heading of the page is the tool's, the tool follows it, and the explanation follows the tool.
      await expect(article.locator('h2').first()).toHaveAttribute('id', heading);
      const order = await page.evaluate(
        ({name, headingId, nextId}) => {
          const toolElement = document.querySelector(`[data-tool="${name}"]`);
          const headingElement = document.getElementById(headingId);
          const nextElement = document.getElementById(nextId);
          if (!toolElement || !headingElement || !nextElement) return 'missing';
          const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & 4);
          return follows(headingElement, toolElement) && follows(toolElement, nextElement)
            ? 'in order'
            : 'out of order';
        },
        {name: tool, headingId: heading, nextId: next},
      );
      expect(order, `#${heading}, then the tool, then #${next}`).toBe('in order');
      await expect(page.locator('.theme-doc-toc-desktop, .theme-doc-toc-mobile')).toHaveCount(0);
    });
  }

  // The calculators hold their last sections back on a phone (Section's belowPhoneFoldRem); the debugger is short.
  for (const {tool, path, next} of TOOL_FIRST_PAGES.filter((p) => CALCULATORS.some((c) => c.tool === p.tool))) {
    test(`${locale} ${path}: on a phone the tool's last part is drawn only when near, and a link past the tool lands on its heading`, async ({
      page,
    }) => {
      await page.setViewportSize({width: 390, height: 844});
      const url = localePath(locale, path);
      await gotoHydrated(page, url);
      const last = page.locator(`[data-tool="${tool}"] > section`).last();
      const drawn = (): Promise<boolean> =>
        last.evaluate(
          (section) => section.querySelector('h3')?.checkVisibility({contentVisibilityAuto: true}) ?? false,
        );
      await expect.poll(drawn).toBe(false);
      // The tool's deferred sections sit right above the explanation: entering at its heading draws the nearest of
      // them, whose real height replaces its estimate above the reader. The heading must stay where the link put it.
      await gotoHydrated(page, `${url}#${next}`);
      const target = page.locator(`#${next}`);
      const offset = (): Promise<number> =>
        target.evaluate((h) =>
          Math.round(h.getBoundingClientRect().top - parseFloat(getComputedStyle(h).scrollMarginTop)),
        );
      await expect.poll(drawn).toBe(true);
      await page.waitForTimeout(500);
      expect(Math.abs(await offset())).toBeLessThanOrEqual(2);
    });
  }

  for (const {tool, path} of CALCULATORS) {
    const url = localePath(locale, path);

    for (const viewport of VIEWPORTS) {
      test(`${locale} ${path} (${viewport.name}): ticking the last box keeps the integer and its copy button on screen`, async ({
        page,
      }) => {
        await page.setViewportSize({width: viewport.width, height: viewport.height});
        await gotoHydrated(page, url);
        const calculator = page.locator(`[data-tool="${tool}"]`);
        const last =
          tool === 'permission-calculator'
            ? calculator.getByRole('checkbox', {name: ADMINISTRATOR[locale], exact: true})
            : calculator.getByRole('checkbox').last();
        await last.check();
        await expect(last).toBeChecked();
        const expected = await calculator.getByRole('textbox').first().inputValue();
        expect(expected).not.toBe('0');
        await expect.poll(() => integerOnScreen(page, calculator, expected)).toBe(true);
        // The box just ticked is not hidden behind the bar.
        expect(await onScreen(page, last)).toBe(true);
      });
    }

    test(`${locale} ${path}: on a phone the groups far below are drawn only as the reader nears them`, async ({
      page,
    }) => {
      await page.setViewportSize({width: 390, height: 844});
      await gotoHydrated(page, url);
      const last = page.locator(`[data-tool="${tool}"] fieldset:has(input[type="checkbox"])`).last();
      const drawn = (): Promise<boolean> =>
        last.evaluate((group) => group.querySelector('input')?.checkVisibility({contentVisibilityAuto: true}) ?? false);
      // The permission calculator's last group starts ~10000 px down, the intents calculator's ~3000 px down.
      await expect.poll(drawn).toBe(false);
      await last.scrollIntoViewIfNeeded();
      await expect.poll(drawn).toBe(true);
      // Its height while undrawn came from its row count, which FlagGroup gives the stylesheet.
      const rows = await last.evaluate((group) => group.querySelectorAll(':scope > ul > li').length);
      await expect(last).toHaveAttribute('style', `--flag-group-rows:${rows}`);
    });

    test(`${locale} ${path}: Tab order follows the page from top to bottom`, async ({page}) => {
      await gotoHydrated(page, url);
      const calculator = page.locator(`[data-tool="${tool}"]`);
      await calculator.getByRole('textbox').first().focus();
      const stops: {top: number; left: number; name: string}[] = [];
      for (let i = 0; i < 40; i++) {
        const stop = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || !element.closest('[data-tool]')) return null;
          // Where the element sits in the document, whatever is scrolled: a focused sticky bar is in its own place.
          const name = `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 30) ?? ''}`;
          const box = element.getBoundingClientRect();
          return {top: box.top + window.scrollY, left: box.left, name};
        });
        if (stop === null) break;
        stops.push(stop);
        await page.keyboard.press('Tab');
      }
      expect(stops.length).toBeGreaterThan(5);
      // Reading order: each stop is further down the page, or beside the previous one in the next column of a grid.
      for (let i = 1; i < stops.length; i++) {
        const [before, after] = [stops[i - 1]!, stops[i]!];
        const readsOn = after.top >= before.top - 2 || after.left > before.left + 2;
        expect(readsOn, `focus stop ${i} (${after.name}) comes before stop ${i - 1} (${before.name}) on screen`).toBe(
          true,
        );
      }
    });
  }
}
