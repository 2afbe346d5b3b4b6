/**
 * The SCORM 1.2 player: the site's own quiz runner, plus the bridge that reports the score and
 * pass/fail to the LMS through its SCORM API (window.API in a parent or opener frame).
 * Bundled into one script at build time (src/pages/manage/scorm-player.js.ts).
 */
import '../components/islands/quiz-runner';
import type { QuizFinished } from '../components/islands/quiz-runner';

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

/** The standard search for the SCORM 1.2 API: up the parent frames, then the opener's. */
function findApi(start: Window): Scorm12Api | null {
  let win: Window = start;
  for (let i = 0; i < 10; i++) {
    const api = (win as unknown as { API?: Scorm12Api }).API;
    if (api) return api;
    if (win.parent === win) break;
    win = win.parent;
  }
  return start.opener ? findApi(start.opener as Window) : null;
}

const hhmmss = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};

const api = findApi(window);
const status = document.querySelector<HTMLElement>('[data-lms-status]');
if (api) {
  api.LMSInitialize('');
  api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
} else if (status) {
  status.textContent = '没有找到学习平台（LMS）的接口：可以作答，但成绩不会上报。';
  status.hidden = false;
}

document.addEventListener('quiz:finished', (e) => {
  const d = (e as CustomEvent<QuizFinished>).detail;
  if (!api || !d.result) return;
  api.LMSSetValue('cmi.core.score.raw', String(d.result.percent));
  api.LMSSetValue('cmi.core.score.min', '0');
  api.LMSSetValue('cmi.core.score.max', '100');
  api.LMSSetValue('cmi.core.lesson_status', d.result.passed ? 'passed' : 'failed');
  api.LMSSetValue('cmi.core.session_time', hhmmss((d.finishedAt ?? 0) - (d.startedAt ?? 0)));
  api.LMSCommit('');
  api.LMSFinish('');
});
