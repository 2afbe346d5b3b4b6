/**
 * /manage/scorm-player.js — the quiz runner and its SCORM bridge as one script, bundled with
 * esbuild at build time so the assignment builder can put it in a SCORM package that runs
 * inside an LMS with no access to this site.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';

export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/scorm/player.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
