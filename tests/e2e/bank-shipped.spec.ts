/**
 * Shipped = tested: the /data/questions.json the production build serves (the file in dist/) is
 * exactly the bank the unit tests check — same questions, same options and ids, same order,
 * same fingerprints — because both come from assembleBank over the same data.
 */
import { test, expect } from './fixtures';
import { bank } from '../unit/bankData';

test('the built /data/questions.json is the tested bank, question for question', async ({ page }) => {
  const res = await page.request.get('/data/questions.json');
  expect(res.ok()).toBe(true);
  const shipped = (await res.json()) as { count: number; items: { id: string; fingerprint: string }[] };
  expect(shipped.count).toBe(bank.length);
  expect(shipped.items.map((q) => q.id)).toEqual(bank.map((q) => q.id));
  expect(shipped.items.map((q) => `${q.id}:${q.fingerprint}`)).toEqual(bank.map((q) => `${q.id}:${q.fingerprint}`));
  expect(shipped.items).toEqual(JSON.parse(JSON.stringify(bank)));
});
