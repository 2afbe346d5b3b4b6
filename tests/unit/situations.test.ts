/** The situations that order every phrase list: valid, each named once, each used, each in its place. */
import { describe, expect, it } from 'vitest';
import { DATA_PATHS, readEntries } from '../../src/lib/dataFiles';
import { situationSchema } from '../../src/schemas/situation';
import { messages } from './fixtures';

const root = process.cwd();
const situations = readEntries(root, DATA_PATHS.situations).map((e) => e.data as { name: string; moment: string; order: number });
const phrases = readEntries(root, DATA_PATHS.phrases).map((e) => e.data as { situation: string });

describe('situations', () => {
  it('rejects an unknown moment and a missing order, in words an author understands', () => {
    const valid = { id: 'arrive', name: '客户来到柜面', moment: '客户到来', order: 10 };
    expect(messages(situationSchema.safeParse(valid))).toEqual([]);
    expect(messages(situationSchema.safeParse({ ...valid, moment: '进门' }))[0]).toMatch(/^moment: 时段必须是 客户到来 \/ 了解需求/);
    expect(messages(situationSchema.safeParse({ ...valid, order: '第一' }))[0]).toMatch(/^order: 顺序 order 必须是数字/);
  });

  it('names each situation once and gives each a place of its own within its moment', () => {
    const names = situations.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const places = situations.map((s) => `${s.moment}:${s.order}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('lists only situations that some phrase is said in', () => {
    const used = new Set(phrases.map((p) => p.situation));
    expect(situations.map((s) => s.name).filter((n) => !used.has(n))).toEqual([]);
  });
});
