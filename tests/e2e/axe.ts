import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {expect} from './fixtures';

export interface AxeScope {
  /** CSS selectors to scan; the whole page when empty. */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/**
 * Fails on serious or critical axe violations, listing each rule and the elements it flagged. Specs scope it to
 * what they own; site-sweep.spec scans every page whole.
 */
export async function expectSeriousAxeClean(page: Page, {include = [], exclude = []}: AxeScope = {}): Promise<void> {
  let builder = new AxeBuilder({page});
  for (const selector of include) builder = builder.include(selector);
  for (const selector of exclude) builder = builder.exclude(selector);
  const axe = await builder.analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical axe violations').toEqual([]);
}
