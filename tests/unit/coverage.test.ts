/** Every knowledge point of the inventory is taught by at least one chapter. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS, readEntries } from '../../src/lib/dataFiles';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';

const root = process.cwd();

describe('inventory coverage', () => {
  const inventory = readEntries(root, DATA_PATHS.inventory).map((e) => e.id);
  const covered = new Map<string, string[]>();
  for (const file of chapterFiles(root)) {
    const fm = frontmatterOf(readFileSync(join(root, file), 'utf-8'));
    for (const id of (fm.covers as string[] | undefined) ?? []) covered.set(id, [...(covered.get(id) ?? []), file]);
  }

  it('holds all 104 knowledge points of norms-inventory.md', () => {
    expect(inventory).toHaveLength(104);
    expect(new Set(inventory.map((id) => id[0]))).toEqual(new Set('PELCTSVBRQKIMX'.split('')));
  });

  it('covers every knowledge point in some chapter', () => {
    expect(inventory.filter((id) => !covered.has(id))).toEqual([]);
  });
});
