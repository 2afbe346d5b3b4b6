/**
 * An Astro content loader for a folder of YAML lists (or one YAML list file). Astro's `file()`
 * loader takes one file; the norms are split by business line so several authors can work at
 * once, and each entry keeps its own file path so validation errors point at the right file.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { dataFilesAt, readEntries } from './dataFiles';

export function yamlEntriesLoader(path: string): Loader {
  return {
    name: 'yaml-entries',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const entry of readEntries(root, path)) {
          const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
          store.set({ id: entry.id, data, filePath: entry.file });
        }
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
