/**
 * A small LMS for the SCORM tests, built on scorm-again's Scorm12API (a real LMS-side SCORM 1.2
 * runtime, not a stub): a host page on its own origin sets `window.API`, preloads what an LMS
 * would (student, status, entry, mode, credit, suspend data), records every call with its return
 * value and LMSGetLastError, and runs the unzipped package in an iframe.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { strFromU8 } from 'fflate';
import { expect, QuizPage } from './fixtures';

export interface LmsCall {
  name: string;
  args: string[];
  result: string;
  error: string;
}

/** What an LMS keeps between launches: cmi values to preload. */
export interface LmsRecord {
  core: Record<string, string | Record<string, string>>;
  suspend_data?: string;
}

const SCORM_AGAIN = readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf-8');
const ORIGIN = 'http://lms.invalid';

export class Lms {
  page!: Page;

  constructor(
    private context: BrowserContext,
    private files: Record<string, Uint8Array>,
  ) {}

  /** Opens the course page with `record` preloaded; the package runs in its iframe. */
  async launch(record: LmsRecord): Promise<Frame> {
    this.page = await this.context.newPage();
    await this.page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/scorm12.js') return route.fulfill({ contentType: 'text/javascript', body: SCORM_AGAIN });
      if (path === '/course.html') {
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>LMS</title><script src="/scorm12.js"></script><script>
            window.calls = [];
            const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
            api.loadFromJSON(${JSON.stringify(record)});
            for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
              const real = api[name].bind(api);
              api[name] = (...args) => {
                const result = real(...args);
                calls.push({ name, args: args.map(String), result: String(result), error: String(api.LMSGetLastError()) });
                return result;
              };
            }
            window.API = api;
          </script></head><body><iframe title="课程" src="/pkg/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`,
        });
      }
      const file = this.files[path.replace(/^\/pkg\//, '')];
      if (!file) return route.fulfill({ status: 404, body: '' });
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
      return route.fulfill({ contentType: `${type}; charset=utf-8`, body: Buffer.from(file) });
    });
    await this.page.goto(`${ORIGIN}/course.html`);
    await expect(this.page.frameLocator('iframe').locator('h1')).toBeVisible();
    return this.frame();
  }

  frame(): Frame {
    return this.page.frames().find((f) => f.url().endsWith('/pkg/index.html'))!;
  }

  get sco() {
    return this.page.frameLocator('iframe');
  }

  calls(): Promise<LmsCall[]> {
    return this.page.evaluate(() => (window as unknown as { calls: LmsCall[] }).calls);
  }

  /** A cmi value as the LMS holds it now (write-only ones such as cmi.core.exit included: the LMS sees them). */
  value(key: string): Promise<string> {
    return this.page.evaluate((k) => {
      const api = (window as unknown as { API: { renderCMIToJSONObject(): Record<string, unknown> } }).API;
      const cmi = api.renderCMIToJSONObject().cmi ?? api.renderCMIToJSONObject();
      return String(k.split('.').slice(1).reduce((o: unknown, part) => (o as Record<string, unknown> | undefined)?.[part], cmi) ?? '');
    }, key);
  }

  /** What an LMS would keep for the next launch of this learner, as it keeps it after this session. */
  async nextLaunch(studentId: string): Promise<LmsRecord> {
    const exit = await this.value('cmi.core.exit');
    return {
      core: {
        student_id: studentId,
        student_name: '学员',
        lesson_status: await this.value('cmi.core.lesson_status'),
        lesson_location: await this.value('cmi.core.lesson_location'),
        entry: exit === 'suspend' ? 'resume' : '',
        score: { raw: await this.value('cmi.core.score.raw') },
      },
      suspend_data: await this.value('cmi.suspend_data'),
    };
  }

  /** A quiz answerer inside the package frame, knowing the answers from the package's own data. */
  async quiz(): Promise<QuizPage> {
    const data = JSON.parse(strFromU8(this.files['index.html']).match(/<script type="application\/json" data-package>([\s\S]*?)<\/script>/)![1]);
    const q = new QuizPage(this.frame() as unknown as Page);
    Object.assign(q, { bank: new Map(data.pool.map((x: { id: string }) => [x.id, x])) });
    return q;
  }

  close() {
    return this.page.close();
  }
}

/** A fresh learner record. */
export const freshLearner = (studentId: string, over: Partial<LmsRecord['core']> = {}): LmsRecord => ({
  core: { student_id: studentId, student_name: '学员', lesson_status: 'not attempted', entry: 'ab-initio', ...over },
});
