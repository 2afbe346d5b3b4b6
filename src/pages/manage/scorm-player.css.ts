/** /manage/scorm-player.css — the styles a SCORM package needs: theme tokens, buttons, quiz layout. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GET: APIRoute = () => {
  const css = ['src/scorm/package.css', 'src/styles/site.css', 'src/styles/quiz.css']
    .map((f) => readFileSync(join(process.cwd(), f), 'utf-8'))
    .join('\n');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
