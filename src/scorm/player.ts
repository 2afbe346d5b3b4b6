/**
 * The SCORM 1.2 player: the site's own quiz runner, run inside an LMS frame, reporting through the
 * LMS's API. Each learner gets their own paper (the assignment's blueprint, seeded with
 * cmi.core.student_id). What happens at launch is decided in ./launch.ts: review and browse modes,
 * a recorded result that is never overwritten, resume from suspend data with the clock running
 * from the recorded start, no-credit. While the quiz runs, suspend data and lesson location follow
 * every answer; closing the page mid-quiz sets exit "suspend", commits and finishes. After 交卷:
 * score, pass/fail, one interaction per question, commit, finish — and no 再做一次.
 * Bundled into one script at build time (src/pages/manage/scorm-player.js.ts).
 */
import type { Assignment } from '../lib/codes';
import { traineePaper } from '../lib/roster';
import { answersVisible } from '../lib/attemptStore';
import type { BankQuestion } from '../schemas/quiz';
import { paperRunner } from '../components/islands/runnerElement';
import type { QuizFinished, QuizState } from '../components/islands/quiz-runner';
import { decideLaunch, interaction, mayMarkIncomplete, timespan, writeSuspend, type Launch } from './launch';
import { findApi, LmsSession } from './lms';

interface Package {
  assignment: Assignment;
  pool: BankQuestion[];
  siteOrigin: string;
}

const pkg = JSON.parse(document.querySelector('script[data-package]')!.textContent!) as Package;
const a = pkg.assignment;
const info = document.querySelector<HTMLElement>('[data-lms-status]')!;
const problems = document.querySelector<HTMLElement>('[data-lms-problem]')!;
const intro = document.querySelector<HTMLElement>('[data-intro]')!;
const startButton = document.querySelector<HTMLButtonElement>('[data-action="start"]')!;
const slot = document.querySelector<HTMLElement>('[data-quiz-slot]')!;

const say = (text: string) => {
  info.textContent = text;
  info.hidden = false;
};
const report = (text: string) => {
  problems.append(Object.assign(document.createElement('span'), { textContent: text }));
  problems.hidden = false;
};

const STATUS_TEXT: Record<string, string> = { passed: '通过', failed: '未通过', completed: '已完成', incomplete: '未完成', browsed: '已浏览' };

function main() {
  const api = findApi(window);
  const session = api ? new LmsSession(api, report) : null;
  if (!session) say('没有找到学习平台（LMS）的接口：可以作答，但成绩不会上报。');
  else if (!session.initialize()) {
    intro.hidden = true;
    say('学习平台没有开始这次学习，所以不能作答。如果你已经交过卷，请关闭本页，回到学习平台查看成绩；否则请从学习平台重新打开课程。');
    return;
  }
  const state = {
    lessonStatus: session?.get('cmi.core.lesson_status') ?? '',
    entry: session?.get('cmi.core.entry') ?? '',
    lessonMode: session?.get('cmi.core.lesson_mode') ?? 'normal',
    credit: session?.get('cmi.core.credit') ?? 'credit',
    suspendData: session?.get('cmi.suspend_data') ?? '',
  };
  const studentId = session?.get('cmi.core.student_id') || 'preview';
  const questions = traineePaper(a, pkg.pool, studentId, 1).shown;
  const launch: Launch = session ? decideLaunch(state, questions) : { kind: 'fresh', credit: false, unreadable: false };

  // Whatever happens, the session ends when the page goes away; mid-quiz it is suspended first.
  let running = false;
  let current: { index: number; responses: QuizFinished['responses']; startedAt: number } | null = null;
  addEventListener('pagehide', () => {
    if (!session || session.done) return;
    if (running && current && launch.kind !== 'browse') {
      session.set('cmi.suspend_data', writeSuspend(current, questions));
      session.set('cmi.core.lesson_location', String(current.index + 1));
      session.set('cmi.core.exit', 'suspend');
    }
    session.set('cmi.core.session_time', timespan(Date.now() - session.startedAt));
    session.commit();
    session.finish();
  });

  if (launch.kind === 'review' || launch.kind === 'completed') {
    intro.hidden = true;
    const score = session?.get('cmi.core.score.raw');
    const result = `${STATUS_TEXT[state.lessonStatus] ?? state.lessonStatus}${score ? `，得分 ${score} 分` : ''}`;
    say(
      launch.kind === 'review'
        ? `回顾模式：学习平台记录的结果是“${result}”。本次打开不会改变成绩。`
        : `你已经完成本测验：${result}。同一次学习不能重新作答；如需补考，请联系学习平台的管理员。`,
    );
    return;
  }

  const run = (resume: { startedAt: number; responses: QuizFinished['responses']; index: number }) => {
    intro.hidden = true;
    running = true;
    current = resume;
    const runner = paperRunner({
      quiz: { id: 'scorm', title: a.t, summary: a.t, mode: 'exam', topics: [], chapters: [], count: questions.length, minutes: a.m, passMark: a.p },
      questions,
      resume,
      showAnswers: answersVisible(a),
      learnBase: pkg.siteOrigin,
    });
    let saved = '';
    runner.addEventListener('quiz:change', (e) => {
      const { state: s, context } = (e as CustomEvent<QuizState>).detail;
      if (s !== 'answering' || !session || launch.kind === 'browse') return;
      current = { index: context.index, responses: context.responses, startedAt: context.startedAt ?? resume.startedAt };
      const data = writeSuspend(current, questions);
      if (data === saved) return;
      saved = data;
      session.set('cmi.suspend_data', data);
      session.set('cmi.core.lesson_location', String(context.index + 1));
    });
    runner.addEventListener('quiz:finished', (e) => finish((e as CustomEvent<QuizFinished>).detail));
    slot.replaceChildren(runner);
  };

  const finish = (d: QuizFinished) => {
    running = false;
    if (!session) return;
    const credit = launch.kind !== 'browse' && launch.credit;
    if (credit && d.result) {
      session.set('cmi.core.score.raw', String(d.result.percent));
      session.set('cmi.core.score.min', '0');
      session.set('cmi.core.score.max', '100');
      session.set('cmi.core.lesson_status', d.result.passed ? 'passed' : 'failed');
      const at = new Date(d.finishedAt ?? Date.now());
      // One record per question: enough for the LMS's own reports on which questions were missed.
      const first = Number(session.get('cmi.interactions._count')) || 0;
      d.questions.forEach((q, k) => {
        const n = first + k;
        const rec = interaction(q, d.responses[q.id] ?? null, at);
        for (const key of ['id', 'type', 'time', 'weighting', 'student_response', 'result'] as const) {
          session.set(`cmi.interactions.${n}.${key}`, rec[key]);
        }
        session.set(`cmi.interactions.${n}.correct_responses.0.pattern`, rec.pattern);
      });
    }
    session.set('cmi.suspend_data', '');
    session.set('cmi.core.exit', d.endedBy === 'timeout' ? 'time-out' : '');
    session.set('cmi.core.session_time', timespan(Date.now() - session.startedAt));
    const committed = session.commit();
    const finished = session.finish();
    if (committed && finished) {
      say(credit ? '成绩已上报学习平台。可以关闭本页。' : '本次作答不计成绩（学习平台设置为浏览或不计学分），没有上报得分。可以关闭本页。');
    }
  };

  if (launch.kind === 'resume') {
    const left = a.m * 60 - Math.floor((Date.now() - launch.saved.startedAt) / 1000);
    say(left > 0 ? `已恢复上次的作答：从第 ${launch.saved.index + 1} 题继续，计时从第一次开始时算起。` : '上次离开时考试时间已经用完，已按保存的答案交卷。');
    run(launch.saved);
    return;
  }
  if (launch.kind === 'fresh' && launch.unreadable) say('没能读取上次保存的作答进度，只能重新开始。');
  if (launch.kind === 'browse') say('浏览模式：可以作答，但不计成绩。');
  if (session && launch.kind === 'fresh' && !launch.credit) say('学习平台设置为不计学分：可以作答，但不上报得分。');
  if (session && mayMarkIncomplete(state.lessonStatus)) {
    session.set('cmi.core.lesson_status', launch.kind === 'browse' ? 'browsed' : 'incomplete');
    session.commit();
  }
  startButton.addEventListener('click', () => run({ startedAt: Date.now(), responses: {}, index: 0 }));
  startButton.disabled = false;
}

main();
