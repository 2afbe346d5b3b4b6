/**
 * <quiz-runner> — runs a quiz: draws the questions (seeded), creates the quiz machine actor,
 * renders on `subscribe`, turns clicks into `send`. On results it records the outcome in the
 * learner's progress (review list included) and dispatches `quiz:finished` for pages that do
 * more with the result (the manager's assignments).
 *
 * Data comes from <script type="application/json" data-quiz>: the quiz, its pool of questions.
 * `?seed=` in the URL fixes the draw and every shuffle (used by tests and by assignments).
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { quizMachine } from '../../machines/quizMachine';
import { draw } from '../../quizzes/catalog';
import { answerText, type Response } from '../../quizzes/grading';
import { hashSeed, rng, shuffle } from '../../lib/random';
import { browserStorage, load, problemMessage, recordQuiz, resetKeepingCopy, save } from '../../lib/progressStore';
import type { Question, QuizDefinition } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { displayOrder, learnUrl, renderQuestion, responseText } from './quizRender';
import { el } from './dom';

export interface QuizPayload {
  quiz: QuizDefinition;
  pool: Question[];
}

/** Details of the `quiz:change` event, sent on every change of the quiz (and every clock tick). */
export interface QuizState {
  state: string;
  context: SnapshotFrom<typeof quizMachine>['context'];
}

/** Details of the `quiz:finished` event. */
export type QuizFinished = SnapshotFrom<typeof quizMachine>['context'] & { seed: number; quizId: string };


const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

export class QuizRunner extends HTMLElement {
  /** Set by a page before connecting to run a given draw (assignments); otherwise from the URL or random. */
  seed?: number;
  /** Set by a page to stop the runner writing to the learner's progress. */
  recordProgress = true;
  /** Set by a page to shuffle the drawn questions again for this learner (same questions, own order). */
  orderSeed?: number;
  /** Set by a page that has its own introduction: start at once. */
  autostart = false;
  /** Set by a page to run exactly these questions in this order (an assignment's paper for one trainee). */
  questions?: Question[];
  /** Set by a page: false shows only the score and the per-topic table after 交卷 (an assignment's review policy). */
  showAnswers = true;
  /** Set by a page: what 再做一次 does, or null for no such button (no attempts left, or inside an LMS). */
  again: (() => void) | null = () => location.reload();
  /** Set by a page to continue a saved exam attempt instead of starting afresh. */
  resume?: { startedAt: number; responses: Record<string, Response>; index: number };

  connectedCallback() {
    // Attributes, for markup parsed before this element is defined (the SCORM package).
    if (this.dataset.recordProgress === 'false') this.recordProgress = false;
    if (this.hasAttribute('data-autostart')) this.autostart = true;
    const learnBase = this.dataset.learnBase ?? '';
    const payload = JSON.parse(this.querySelector('script[data-quiz]')!.textContent!) as QuizPayload;
    const { quiz, pool } = payload;
    const urlSeed = new URLSearchParams(location.search).get('seed');
    const seed = this.seed ?? (urlSeed ? hashSeed(urlSeed) : Math.floor(Math.random() * 2 ** 32));
    const drawn = this.questions ?? draw(quiz, pool, seed);
    const questions = this.orderSeed === undefined ? drawn : shuffle(drawn, rng(this.orderSeed));
    const orders = new Map(questions.map((q) => [q.id, displayOrder(q, rng(hashSeed(`${seed}:${q.id}`)))]));

    const intro = this.querySelector<HTMLElement>('[data-intro]')!;
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    const startButton = this.querySelector<HTMLButtonElement>('[data-action="start"]')!;
    const announce = this.querySelector<HTMLElement>('[data-announce]')!;

    const actor = createActor(quizMachine, {
      input: { mode: quiz.mode, questions, passMark: quiz.passMark, seconds: quiz.minutes ? quiz.minutes * 60 : undefined },
    });

    let lastKey = '';
    let saved = false;
    let confirming = false;

    const render = (snap: SnapshotFrom<typeof quizMachine>) => {
      const c = snap.context;
      // For pages that save the attempt as it goes (autosave of assignments).
      this.dispatchEvent(new CustomEvent<QuizState>('quiz:change', { detail: { state: snap.value as string, context: c } }));
      const state = snap.value as 'intro' | 'answering' | 'feedback' | 'results';
      intro.hidden = state !== 'intro';
      stage.hidden = state === 'intro';
      if (state === 'intro') return;
      // Re-render only when the question, state or (exam) navigator changes; the clock updates in place.
      const key = `${state}:${c.index}:${confirming}`;
      const timer = stage.querySelector<HTMLElement>('[data-timer]');
      updateNavigator(snap);
      if (timer && c.secondsLeft !== null) timer.textContent = t('quiz.timeLeft', { time: clock(c.secondsLeft) });
      if (c.secondsLeft === 300 || c.secondsLeft === 60) announce.textContent = t('quiz.timeWarning', { minutes: c.secondsLeft / 60 });
      if (key === lastKey) return;
      const moved = !lastKey.startsWith(`${state}:${c.index}:`);
      lastKey = key;
      if (state === 'results') return renderResults(snap);
      renderQuestionScreen(snap, moved);
    };

    const renderQuestionScreen = (snap: SnapshotFrom<typeof quizMachine>, moved: boolean) => {
      const c = snap.context;
      const q = c.questions[c.index];
      const feedback = snap.value === 'feedback' ? { right: c.checked[q.id], learnUrl: learnUrl(q) } : undefined;
      const bar = el('div', { className: 'quiz-bar' });
      const progress = el('progress', { max: c.questions.length, value: c.index + 1 });
      progress.setAttribute('aria-label', t('quiz.counter', { n: c.index + 1, total: c.questions.length }));
      bar.append(el('span', {}, t('quiz.counter', { n: c.index + 1, total: c.questions.length })), progress);
      if (c.secondsLeft !== null) {
        const timer = el('span', { className: 'quiz-timer' }, t('quiz.timeLeft', { time: clock(c.secondsLeft) }));
        timer.dataset.timer = '';
        bar.append(timer);
      }
      const view = renderQuestion({
        question: q,
        n: c.index + 1,
        total: c.questions.length,
        order: orders.get(q.id)!,
        response: c.responses[q.id] ?? null,
        locked: snap.value === 'feedback',
        feedback,
        onChange: (response) => actor.send({ type: 'answer.select', response }),
      });
      const actions = el('div', { className: 'quiz-actions' });
      if (quiz.mode === 'practice') {
        if (snap.value === 'answering') actions.append(button(t('quiz.check'), () => actor.send({ type: 'answer.check' }), true));
        else {
          const last = c.index === c.questions.length - 1;
          actions.append(button(last ? t('quiz.finish') : t('quiz.next'), () => actor.send({ type: 'question.next' }), true));
        }
      } else {
        actions.append(
          button(t('quiz.prev'), () => actor.send({ type: 'question.prev' }), false, c.index === 0),
          button(t('quiz.next'), () => actor.send({ type: 'question.next' }), false, c.index === c.questions.length - 1),
          // The live snapshot, not the one this screen was drawn from: answers given since count.
          button(t('quiz.submit'), () => askSubmit(actor.getSnapshot()), true),
        );
      }
      const parts: HTMLElement[] = [bar, view, actions];
      if (quiz.mode === 'exam') parts.push(navigator(snap));
      if (confirming) parts.splice(2, 0, confirmBox(snap));
      stage.replaceChildren(...parts);
      if (moved) stage.querySelector<HTMLElement>('.q-title')?.focus();
      if (feedback) stage.querySelector<HTMLElement>('.q-feedback')?.setAttribute('tabindex', '-1');
    };

    const button = (label: string, onClick: () => void, primary = false, disabled = false) => {
      const b = el('button', { type: 'button', className: primary ? 'xt-btn xt-btn-primary' : 'xt-btn', disabled }, label);
      b.addEventListener('click', onClick);
      return b;
    };

    const unanswered = (snap: SnapshotFrom<typeof quizMachine>) =>
      snap.context.questions.filter((q) => !isAnswered(snap.context.responses[q.id])).length;

    const askSubmit = (snap: SnapshotFrom<typeof quizMachine>) => {
      if (unanswered(snap) === 0) return actor.send({ type: 'quiz.submit' });
      confirming = true;
      render(actor.getSnapshot());
      stage.querySelector<HTMLElement>('.quiz-confirm button')?.focus();
    };

    const confirmBox = (snap: SnapshotFrom<typeof quizMachine>) => {
      const box = el('div', { className: 'quiz-confirm' });
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-label', t('quiz.submit'));
      box.append(
        el('p', {}, t('quiz.submitConfirm', { n: unanswered(snap) })),
        button(t('quiz.submitYes'), () => {
          confirming = false;
          actor.send({ type: 'quiz.submit' });
        }, true),
        button(t('quiz.submitNo'), () => {
          confirming = false;
          render(actor.getSnapshot());
        }),
      );
      return box;
    };

    const isAnswered = (r: unknown) => r !== undefined && r !== null && !(Array.isArray(r) && r.length === 0);

    /** Marks answered questions in the exam navigator without re-rendering (keeps focus where it is). */
    const updateNavigator = (snap: SnapshotFrom<typeof quizMachine>) => {
      stage.querySelectorAll<HTMLButtonElement>('.quiz-nav button').forEach((b, i) => {
        const done = isAnswered(snap.context.responses[snap.context.questions[i].id]);
        b.classList.toggle('done', done);
        b.setAttribute('aria-label', `${t('quiz.counter', { n: i + 1, total: snap.context.questions.length })}${done ? `，${t('quiz.answered')}` : ''}`);
      });
    };

    const navigator = (snap: SnapshotFrom<typeof quizMachine>) => {
      const nav = el('nav', { className: 'quiz-nav' });
      nav.setAttribute('aria-label', t('quiz.navigator'));
      snap.context.questions.forEach((q, i) => {
        const done = isAnswered(snap.context.responses[q.id]);
        const b = button(String(i + 1), () => actor.send({ type: 'question.goto', index: i }));
        b.setAttribute('aria-label', `${t('quiz.counter', { n: i + 1, total: snap.context.questions.length })}${done ? `，${t('quiz.answered')}` : ''}`);
        if (i === snap.context.index) b.setAttribute('aria-current', 'step');
        if (done) b.classList.add('done');
        nav.append(b);
      });
      return nav;
    };

    const renderResults = (snap: SnapshotFrom<typeof quizMachine>) => {
      const c = snap.context;
      const r = c.result!;
      const box = el('section', { className: 'quiz-results' });
      box.setAttribute('aria-labelledby', 'quiz-result-title');
      const title = el('h2', { id: 'quiz-result-title', tabIndex: -1 }, t('quiz.score', { percent: r.percent, correct: r.correct, total: r.total }));
      box.append(title);
      const verdict = el('p', { className: 'quiz-verdict' }, t('quiz.verdict'));
      verdict.append(
        el('strong', { className: r.passed ? 'quiz-pass' : 'quiz-fail' }, r.passed ? t('quiz.passed') : t('quiz.failed')),
        t('quiz.passMark', { passMark: quiz.passMark }),
      );
      box.append(verdict);
      if (c.endedBy === 'timeout') box.append(el('p', {}, t('quiz.timeout')));
      const table = el('table');
      table.append(el('caption', {}, t('quiz.byTopic')));
      const head = el('tr');
      head.append(el('th', { scope: 'col' }, t('quiz.topic')), el('th', { scope: 'col' }, t('quiz.topicScore')));
      table.append(el('thead'));
      table.tHead!.append(head);
      const body = el('tbody');
      for (const [topic, s] of Object.entries(r.byTopic)) {
        const row = el('tr');
        row.append(el('th', { scope: 'row' }, topic), el('td', {}, `${s!.correct} / ${s!.total}`));
        body.append(row);
      }
      table.append(body);
      box.append(table);
      if (this.showAnswers) box.append(el('h3', {}, t('quiz.mistakes')));
      if (r.wrong.length === 0 && this.showAnswers) box.append(el('p', {}, t('quiz.noMistakes')));
      const list = el('ol', { className: 'quiz-mistakes' });
      for (const id of this.showAnswers ? r.wrong : []) {
        const q = c.questions.find((x) => x.id === id)!;
        const li = el('li');
        if (q.type === 'scenario') li.append(el('p', { className: 'q-case' }, q.case));
        li.append(
          el('p', { className: 'q-prompt' }, q.prompt),
          el('p', {}, t('quiz.yourAnswer', { answer: responseText(q, c.responses[id] ?? null) })),
          el('p', {}, t('quiz.answerIs', { answer: answerText(q) })),
          el('p', {}, q.explanation),
        );
        const a = el('a', { href: learnBase + learnUrl(q) }, t('quiz.learn'));
        // Inside an LMS frame the site refuses to be framed: open it in a window of its own.
        if (learnBase) Object.assign(a, { target: '_blank', rel: 'noopener' });
        li.append(a);
        list.append(li);
      }
      if (this.showAnswers) box.append(list);
      const actions = el('div', { className: 'quiz-actions' });
      if (this.again) actions.append(button(t('quiz.again'), this.again, true));
      if (this.recordProgress) actions.append(el('a', { href: '/review/', className: 'xt-btn' }, t('quiz.toReview')));
      box.append(actions);
      if (!saved && this.recordProgress) {
        saved = true;
        box.append(saveOutcome(snap));
      }
      stage.replaceChildren(box);
      title.focus();
      this.dispatchEvent(new CustomEvent<QuizFinished>('quiz:finished', { bubbles: true, detail: { ...c, seed, quizId: quiz.id } }));
    };

    const saveOutcome = (snap: SnapshotFrom<typeof quizMachine>) => {
      const c = snap.context;
      const storage = browserStorage();
      const loaded = load(storage);
      const note = el('p', { className: 'quiz-saved' });
      note.setAttribute('role', 'status');
      if (loaded.problem === 'corrupt' || loaded.problem === 'outdated') resetKeepingCopy(storage);
      const next = recordQuiz(loaded.data, {
        quizId: quiz.id,
        title: quiz.title,
        percent: c.result!.percent,
        passed: c.result!.passed,
        byTopic: c.result!.byTopic,
        wrong: c.result!.wrong,
        right: c.questions.map((q) => q.id).filter((id) => !c.result!.wrong.includes(id)),
      });
      const written = save(storage, next);
      const problem = loaded.problem ?? written.problem;
      note.textContent = problem ? problemMessage(problem) : t('quiz.saved');
      if (problem) note.setAttribute('role', 'alert');
      return note;
    };

    actor.subscribe(render);
    actor.start();
    startButton.addEventListener('click', () => actor.send({ type: 'quiz.start' }));
    startButton.disabled = false;
    if (this.resume) actor.send({ type: 'quiz.resume', ...this.resume });
    else if (this.autostart) actor.send({ type: 'quiz.start' });
    // Back from another app or tab: timers were paused, so count the time left from the start again.
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) actor.send({ type: 'clock.sync' });
    });
  }
}

customElements.define('quiz-runner', QuizRunner);
