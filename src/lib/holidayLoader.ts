/**
 * Loads the holiday overlay (src/content/norms/holidays/<year>.yaml, one notice per file; the
 * year is the file name) and, once the files are valid, warns the maintainer when the last year
 * with a published arrangement is about to run out.
 */
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { dataFilesAt } from './dataFiles';
import { arrangedThrough, coverageWarning, packageHasYear } from './holidays';

/** Reads every overlay file as `{ year, ...contents }`, naming the file when one cannot be read. */
export function readHolidayFiles(root: string, path: string) {
  return dataFilesAt(root, path).map((abs) => {
    const file = relative(root, abs).split('\\').join('/');
    const name = basename(abs).replace(/\.ya?ml$/, '');
    if (!/^\d{4}$/.test(name)) throw new Error(`${file}: 文件名应当是年份，例如 2027.yaml`);
    let doc: unknown;
    try {
      doc = parse(readFileSync(abs, 'utf-8'));
    } catch (err) {
      throw new Error(`${file}: YAML 格式错误：${(err as Error).message}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new Error(`${file}: 应当是一份通知（notice 和 holidays 两个字段），不是列表`);
    }
    if ('year' in doc) throw new Error(`${file}: 不要写 year 字段，年份取自文件名（${name}）`);
    return { id: name, file, data: { year: Number(name), ...(doc as Record<string, unknown>) } };
  });
}

export function holidayLoader(path: string, today: () => Date = () => new Date()): Loader {
  return {
    name: 'holiday-overlay',
    load: async ({ config, store, parseData, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        const years: number[] = [];
        for (const entry of readHolidayFiles(root, path)) {
          const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
          store.set({ id: entry.id, data, filePath: entry.file });
          years.push(entry.data.year);
        }
        const now = today();
        const through = arrangedThrough(now.getUTCFullYear(), (y) => years.includes(y) || packageHasYear(y));
        const warning = coverageWarning(through, now);
        if (warning) logger.warn(warning);
      };
      await sync();
      if (watcher) {
        for (const f of dataFilesAt(root, path)) watcher.add(f);
        watcher.on('change', (changed) => {
          if (dataFilesAt(root, path).includes(changed)) void sync();
        });
      }
    },
  };
}
