/**
 * A SCORM 1.2 package for one assignment: imsmanifest.xml, an index.html that holds the drawn
 * questions, and the player script and styles fetched from this site. Zipped with fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { Assignment } from '../../lib/codes';
import type { Question } from '../../schemas/quiz';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script> element: no "</script" can end it early. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

export function manifest(a: Assignment): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="xuetang-${xml(a.s)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(a.t)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(a.t)}</title>
        <adlcp:masteryscore>${a.p}</adlcp:masteryscore>
        <adlcp:maxtimeallowed>${String(Math.floor(a.m / 60)).padStart(2, '0')}:${String(a.m % 60).padStart(2, '0')}:00</adlcp:maxtimeallowed>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="player.js"/>
      <file href="player.css"/>
    </resource>
  </resources>
</manifest>
`;
}

export function indexHtml(a: Assignment, questions: Question[], siteOrigin: string): string {
  const quiz = { id: 'scorm', title: a.t, summary: a.t, mode: 'exam', topics: [], chapters: [], count: questions.length, minutes: a.m, passMark: a.p };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xml(a.t)}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<main>
<h1>${xml(a.t)}</h1>
<p data-lms-status role="alert" hidden></p>
<quiz-runner data-record-progress="false" data-learn-base="${xml(siteOrigin)}">
<script type="application/json" data-quiz>${scriptJson({ quiz, pool: questions })}</script>
<div data-intro>
<p>共 ${questions.length} 题，限时 ${a.m} 分钟，${a.p} 分及格。交卷后成绩会上报学习平台。</p>
<button type="button" class="xt-btn xt-btn-primary" data-action="start" disabled>开始</button>
</div>
<div data-stage hidden></div>
<p class="sr-only" aria-live="polite" data-announce></p>
</quiz-runner>
</main>
<script src="player.js"></script>
</body>
</html>
`;
}

export function buildScormPackage(p: { assignment: Assignment; questions: Question[]; playerScript: string; playerCss: string; siteOrigin: string }): Uint8Array {
  return zipSync({
    'imsmanifest.xml': strToU8(manifest(p.assignment)),
    'index.html': strToU8(indexHtml(p.assignment, p.questions, p.siteOrigin)),
    'player.js': strToU8(p.playerScript),
    'player.css': strToU8(p.playerCss),
  });
}
