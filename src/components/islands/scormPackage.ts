/**
 * A SCORM 1.2 package for one assignment: imsmanifest.xml (with xsi:schemaLocation and the
 * official schema files beside it, as ADL's conformance test requires), an index.html that holds
 * the assignment and the questions its blueprint draws from (each learner gets their own paper),
 * and the player script and styles fetched from this site. Zipped with fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { Assignment } from '../../lib/codes';
import { plainText } from '../../lib/plainText';
import type { BankQuestion } from '../../schemas/quiz';

/** The SCORM 1.2 schema files (served at /manage/scorm-schemas/). */
export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

/** Text for XML: control characters removed (XML 1.0 forbids them), markup characters escaped. */
export const xmlText = (s: string) =>
  plainText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** JSON inside a <script> element: no "</script" can end it early. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

const CONTENT_FILES = ['index.html', 'player.js', 'player.css'];

export function manifest(a: Assignment): string {
  const minutes = `${String(Math.floor(a.m / 60)).padStart(2, '0')}:${String(a.m % 60).padStart(2, '0')}:00`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="xuetang-${xmlText(a.s)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xmlText(a.t)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xmlText(a.t)}</title>
        <adlcp:maxtimeallowed>${minutes}</adlcp:maxtimeallowed>
        <adlcp:timelimitaction>exit,no message</adlcp:timelimitaction>
        <adlcp:masteryscore>${a.p}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${CONTENT_FILES.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function indexHtml(a: Assignment, pool: BankQuestion[], siteOrigin: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(a.t)}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<main>
<h1>${xmlText(a.t)}</h1>
<p data-lms-status role="status" hidden></p>
<p data-lms-problem role="alert" hidden></p>
<div data-intro>
<p>共 ${a.n} 题，限时 ${a.m} 分钟，${a.p} 分及格。每位学员抽到的题不同；交卷后成绩会上报学习平台，不能重新作答。中途离开可以下次继续，计时不停。</p>
<button type="button" class="xt-btn xt-btn-primary" data-action="start" disabled>开始</button>
</div>
<div data-quiz-slot></div>
<script type="application/json" data-package>${scriptJson({ assignment: a, pool, siteOrigin })}</script>
</main>
<script src="player.js"></script>
</body>
</html>
`;
}

/** A download name a manager recognises: the title and due date, not a random seed. */
export function scormFileName(a: Assignment): string {
  const title = plainText(a.t).replace(/[\\/:*?"<>|]+/g, '-').slice(0, 40);
  return `SCORM-${title}-${a.d}.zip`;
}

export function buildScormPackage(p: {
  assignment: Assignment;
  pool: BankQuestion[];
  playerScript: string;
  playerCss: string;
  siteOrigin: string;
  schemas: Record<string, string>;
}): Uint8Array {
  return zipSync({
    'imsmanifest.xml': strToU8(manifest(p.assignment)),
    'index.html': strToU8(indexHtml(p.assignment, p.pool, p.siteOrigin)),
    'player.js': strToU8(p.playerScript),
    'player.css': strToU8(p.playerCss),
    ...Object.fromEntries(Object.entries(p.schemas).map(([name, text]) => [name, strToU8(text)])),
  });
}
