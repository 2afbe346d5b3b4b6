/**
 * `npm run test:html`: the W3C Nu HTML Checker (vnu-jar, a Java program) over every page in
 * dist/, in one JVM. Fails on any error except the one Starlight makes on purpose: its sidebar
 * scripts carry aria-hidden (SidebarPersister.astro, a Safari/VoiceOver workaround, see
 * withastro/starlight#2633), which the checker reports on every page. Warnings are not errors.
 *
 * Needs `java` on the PATH (.ci/run installs default-jre-headless when it is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

/** Errors we accept, with the reason. Anything else fails the run. */
const TOLERATED: { message: string; why: string }[] = [
  {
    message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
    why: 'Starlight 的 SidebarPersister 脚本有意带 aria-hidden（Safari/VoiceOver 的变通做法）',
  },
];

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`找不到 ${dist}/：请先运行 npm run build。`);
  process.exit(1);
}
const jar: string = createRequire(import.meta.url)('vnu-jar');
// A short-lived run: the quick JIT tier and the serial collector start faster and use a third of the
// CPU time on two cores. Language detection only ever produces warnings, and every page says zh-CN.
const java = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m', '-jar', jar];
const vnu = ['--skip-non-html', '--errors-only', '--no-langdetect', '--format', 'json', dist];
const run = spawnSync('java', [...java, ...vnu], {
  encoding: 'utf-8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(`无法运行 java（${run.error.message}）。HTML 校验需要 Java：apt-get install -y default-jre-headless（.ci/run 会自动安装）。`);
  process.exit(1);
}
let messages: VnuMessage[];
try {
  // The checker writes its JSON report to stderr.
  messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`Nu HTML Checker 的输出无法解析（退出码 ${run.status}）：\n${run.stderr.slice(0, 2000)}`);
  process.exit(1);
}

const page = (url = '') => relative(process.cwd(), decodeURIComponent(url.replace(/^file:/, '')));
const tolerated = new Map<string, number>();
const failures = messages.filter((m) => {
  const ok = TOLERATED.find((t) => t.message === m.message);
  if (ok) tolerated.set(ok.why, (tolerated.get(ok.why) ?? 0) + 1);
  return !ok;
});
const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

for (const [why, count] of tolerated) console.log(`允许：${count} 处 —— ${why}`);
if (failures.length > 0) {
  console.error(`\nNu HTML Checker 在 ${dist}/ 中发现 ${failures.length} 个错误：`);
  for (const m of failures) {
    console.error(`- ${page(m.url)}${m.lastLine ? `:${m.lastLine}` : ''}  ${m.message}${m.extract ? `\n    ${m.extract.trim().slice(0, 160)}` : ''}`);
  }
  process.exit(1);
}
console.log(`HTML 校验通过：${pages} 个页面，没有不允许的错误。`);
