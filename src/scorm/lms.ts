/**
 * Talking to the LMS through its SCORM 1.2 API (window.API in a parent or opener frame). Every call
 * is checked: a "false" (or an error code after a read) is turned into a Chinese message naming
 * the LMS's own error number and text, shown to the learner — a failure never goes unseen.
 * After LMSFinish nothing more is sent.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic?(code: string): string;
}

/** The standard search for the SCORM 1.2 API: up the parent frames, then the opener's. */
export function findApi(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let i = 0; i < 10; i++) {
    try {
      const api = (win as unknown as { API?: Scorm12Api }).API;
      if (api) return api;
    } catch {
      // A frame of another origin: not where the API is.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return start.opener && start.opener !== start ? findApi(start.opener as Window) : null;
}

export class LmsSession {
  /** Milliseconds at LMSInitialize: session_time counts from here. */
  readonly startedAt = Date.now();
  private finished = false;

  constructor(
    private api: Scorm12Api,
    private report: (message: string) => void,
  ) {}

  private fail(call: string) {
    let code = '';
    let text = '';
    try {
      code = this.api.LMSGetLastError();
      text = this.api.LMSGetErrorString(code);
    } catch {
      // An API that cannot even say what went wrong: report the call alone.
    }
    this.report(`学习平台没有接受 ${call}${code && code !== '0' ? `（错误 ${code}${text ? `：${text}` : ''}）` : ''}。`);
  }

  private call(name: string, run: () => string): boolean {
    if (this.finished) return false;
    let ok: boolean;
    try {
      ok = run() === 'true';
    } catch {
      ok = false;
    }
    if (!ok) this.fail(name);
    return ok;
  }

  initialize(): boolean {
    return this.call('LMSInitialize', () => this.api.LMSInitialize(''));
  }

  /** A value, or '' when the LMS has none (error 401/403 on an optional element is not a failure). */
  get(key: string): string {
    if (this.finished) return '';
    try {
      const value = this.api.LMSGetValue(key);
      const code = this.api.LMSGetLastError();
      if (code !== '0' && code !== '' && code !== '401' && code !== '403') this.fail(`LMSGetValue("${key}")`);
      return code === '0' || code === '' ? String(value ?? '') : '';
    } catch {
      this.fail(`LMSGetValue("${key}")`);
      return '';
    }
  }

  set(key: string, value: string): boolean {
    return this.call(`LMSSetValue("${key}")`, () => this.api.LMSSetValue(key, value));
  }

  commit(): boolean {
    return this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): boolean {
    const ok = this.call('LMSFinish', () => this.api.LMSFinish(''));
    this.finished = true;
    return ok;
  }

  get done() {
    return this.finished;
  }
}
