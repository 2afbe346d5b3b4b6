/**
 * Which Chromium every tool drives (Playwright tests, the benchmark, Lighthouse), and with which
 * flags. One place, because the machine cannot download Playwright's browsers: CHROME_PATH if
 * set; otherwise Playwright's own browser when one is installed; otherwise Debian's
 * /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The executable to launch, or undefined to let Playwright use its own installed browser. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('找不到 Chromium：请设置 CHROME_PATH，或安装 Debian 的 chromium（apt-get install -y chromium）。');
}

/** A concrete path, for tools that launch Chromium themselves (Lighthouse's chrome-launcher). */
export function chromiumExecutable(): string {
  return chromiumPath() ?? chromium.executablePath();
}

/** Options for `chromium.launch()`. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
