/**
 * The one axe check of the end-to-end tests: every rule on (experimental ones and AAA contrast
 * included), one line per violation with the elements involved.
 *
 * Legacy mode runs axe in one pass inside the page. The default mode finishes every run in a
 * freshly opened blank page (to merge results across frames), which on two cores made each check
 * 2.5× slower (about 6 s against 2.5 s a page) for the same results: the site has no iframes, and
 * the SCORM harness's frame is checked by naming it (`['iframe', 'main']`).
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

const allRules = axe.getRules().map((r) => r.ruleId);

/** Violations on the page, or only within the given parts (CSS selectors; an array reaches into a frame). */
export async function axeViolations(page: Page, ...parts: (string | string[])[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withRules(allRules).setLegacyMode(true);
  for (const part of parts) builder = builder.include(part);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

export async function expectNoAxeViolations(page: Page, ...parts: (string | string[])[]): Promise<void> {
  expect(await axeViolations(page, ...parts)).toEqual([]);
}
