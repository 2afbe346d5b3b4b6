/**
 * Builds for the benchmark: a copy of our project with its chapters multiplied, and the timed
 * `astro build` that every variant (ours and the baseline) goes through. Copies live in the
 * repo's `.fixtures/bench/` (gitignored) so that module resolution walks up to the real
 * node_modules; a symlinked node_modules makes Vite see two paths for one file and fail.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addSyntheticChapters, SYNTHETIC_SIDEBAR_GROUP } from './synthetic.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_DIR = join(ROOT, '.fixtures', 'bench');

/** What a project copy needs to build (the same list as tests/integration/fixtureProject.ts). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface Built {
  dist: string;
  buildMs: number;
}

/**
 * Runs `astro build` in `projectDir` and returns its wall-clock time. Output goes to build.log
 * in the project; on failure the end of it is in the error.
 */
export async function astroBuild(projectDir: string): Promise<number> {
  const log = join(projectDir, 'build.log');
  const out = createWriteStream(log);
  const started = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    // Astro's bin via this Node (24): `.bin/astro` would run whatever `node` is first on PATH.
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectDir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', fail);
    child.on('close', done);
  });
  const buildMs = performance.now() - started;
  await new Promise((done) => out.end(done));
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`astro build failed in ${projectDir} (exit ${code}); see ${log}:\n${tail}`);
  }
  return buildMs;
}

/**
 * Our site with `factor` times its chapters (factor 1 = the site as it is), built fresh in
 * `.fixtures/bench/site-x<factor>/`: no cache from an earlier run, so build times compare.
 */
export async function buildSite(factor: number): Promise<Built & { syntheticChapters: number }> {
  const dir = join(BENCH_DIR, `site-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  let syntheticChapters = 0;
  if (factor > 1) {
    syntheticChapters = addSyntheticChapters(join(dir, 'src/content/docs'), factor);
    // sidebar.mjs exports a mutable array: appending keeps the copy's own file otherwise untouched.
    appendFileSync(join(dir, 'src/sidebar.mjs'), `\nsidebar.push(${JSON.stringify(SYNTHETIC_SIDEBAR_GROUP)});\n`);
  }
  const buildMs = await astroBuild(dir);
  return { dist: join(dir, 'dist'), buildMs, syntheticChapters };
}
