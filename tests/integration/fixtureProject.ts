/** A throw-away copy of the project in a temp folder, to break on purpose and build. */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = process.cwd();

export interface Fixture {
  dir: string;
  write(path: string, text: string): void;
  read(path: string): string;
  /** Runs an astro command; resolves with its exit status and all output. */
  astro(...args: string[]): Promise<{ ok: boolean; output: string }>;
  remove(): void;
}

export function makeFixture(): Fixture {
  // Inside the project (gitignored), so module resolution walks up to the real node_modules:
  // a symlinked node_modules makes Vite see two paths for the same file and fail.
  mkdirSync(join(ROOT, '.fixtures'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.fixtures', 'project-'));
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  }
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    read: (path) => readFileSync(join(dir, path), 'utf-8'),
    astro: async (...args) => {
      try {
        const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/astro'), args, {
          cwd: dir,
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
          maxBuffer: 32 * 1024 * 1024,
        });
        return { ok: true, output: stdout + stderr };
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string };
        return { ok: false, output: (e.stdout ?? '') + (e.stderr ?? '') };
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
