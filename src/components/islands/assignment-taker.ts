/**
 * <assignment-taker> — a trainee opens the link (/manage/take/#a=…): the assignment is decoded and
 * validated; they give their name and staff number and answer their own paper (drawn from the
 * assignment's blueprint with their staff number and attempt as the seed). Every change is saved
 * in the browser, so a reload, a discarded tab or a restarted browser continues where they were,
 * with the clock running from the recorded start; leaving the page mid-attempt asks first.
 * After 交卷: score and per-topic results (answers only as the review policy allows), the result
 * code with its QR code, 再做一次 only while attempts remain, and a certificate on a pass.
 * Everything a trainee typed is shown as text.
 */
import { codeProblemMessage, decodeAssignment, encodeResult, type Assignment } from '../../lib/codes';
import { assignmentPool, assignmentQuiz, dueEnd, traineePaper } from '../../lib/roster';
import { packResponse } from '../../lib/answerPacking';
import {
  answersVisible,
  attemptsLeft,
  attemptsProblemMessage,
  inProgress,
  loadAttempts,
  putAttempt,
  reviewPolicyText,
  saveAttempts,
  savableResponses,
  traineeOf,
  traineesOf,
  type AttemptStore,
  type SavedAttempt,
  type SavedTrainee,
} from '../../lib/attemptStore';
import { usableStorage } from '../../lib/safeStorage';
import { plainText } from '../../lib/plainText';
import { staffKey } from '../../lib/staffNo';
import { score } from '../../quizzes/grading';
import { FINGERPRINT_PREFIX } from '../../lib/codes';
import type { BankQuestion, QuizDefinition } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { copyText, downloadFile, el } from './dom';
import { qrSvg } from './qrSvg';
import { answerReview } from './answerReview';
import type { QuizFinished, QuizState } from './quiz-runner';
import { paperRunner } from './runnerElement';

/** sessionStorage key naming the attempt this tab is running (it survives a reload and a discarded tab, not a new tab). */
const TAKING_KEY = 'xuetang.taking';
const sessionStorageItem = (key: string) => {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
};
const setSessionItem = (key: string, value: string | null) => {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Without session storage a reload shows the 继续作答 button instead.
  }
};
const COUNTING_TEXT = { first: '第一次', best: '最高的一次', last: '最后一次' } as const;
const clock = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

class AssignmentTaker extends HTMLElement {
  private a!: Assignment;
  private check = '';
  private pool: BankQuestion[] = [];
  private quizzes: QuizDefinition[] = [];
  private storage = usableStorage();
  private store!: AttemptStore;
  private leaving = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    e.returnValue = '';
  };

  private piece<T extends HTMLElement = HTMLElement>(name: string) {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  async connectedCallback() {
    const problem = this.piece('problem');
    const fail = (message: string) => {
      problem.textContent = message;
      problem.hidden = false;
      this.piece('loading').hidden = true;
    };
    const code = new URLSearchParams(location.hash.slice(1)).get('a') ?? '';
    const decoded = await decodeAssignment(code);
    if (!decoded.ok) return fail(codeProblemMessage('A', decoded.problem));
    this.a = decoded.data;
    this.check = decoded.check;
    this.quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    let bank: BankQuestion[];
    try {
      bank = (await (await fetch('/data/questions.json')).json()).items;
    } catch {
      return fail(t('take.bankFailed'));
    }
    this.pool = assignmentPool(this.a, this.quizzes, bank);
    const loaded = loadAttempts(this.storage);
    this.store = loaded.data;
    if (loaded.problem) this.note(attemptsProblemMessage(loaded.problem, loaded.copy));
    this.piece('loading').hidden = true;
    this.showInfo();
    // A reload or a discarded tab coming back: this tab was in the middle of an attempt, so carry on at once.
    const [check, key, n] = (sessionStorageItem(TAKING_KEY) ?? '').split('|');
    const who = check === this.check ? traineesOf(this.store, check).find((x) => staffKey(x.staffNo) === key) : undefined;
    const open = inProgress(who);
    if (who && open && String(open.n) === n) this.run(who, open);
  }

  private note(message: string) {
    const n = this.piece('storage-note');
    n.textContent = message;
    n.hidden = false;
  }

  private persist(next: AttemptStore) {
    this.store = next;
    const problem = saveAttempts(this.storage, next);
    if (problem) this.note(attemptsProblemMessage(problem));
  }

  private showInfo() {
    const a = this.a;
    const info = this.piece('info');
    info.hidden = false;
    this.piece('title').textContent = a.t;
    const attempts = a.at === 1 ? '只能作答 1 次' : `可以作答 ${a.at} 次，按${COUNTING_TEXT[a.ct]}计成绩`;
    this.piece('details').textContent = `${a.g ? `${a.g}；` : ''}共 ${a.n} 题（每人抽到的题不同），限时 ${a.m} 分钟，${a.p} 分及格，截止 ${a.d}；${attempts}。`;
    this.piece('policy').textContent = reviewPolicyText(a);
    if (Date.now() > dueEnd(a.d)) {
      const late = this.piece('late');
      late.textContent = t('take.late', { due: a.d });
      late.hidden = false;
    }
    this.renderSaved();
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = plainText((form.elements.namedItem('name') as HTMLInputElement).value);
      const staffNo = plainText((form.elements.namedItem('staffNo') as HTMLInputElement).value);
      if (!name || !staffNo) return;
      this.begin(name, staffNo);
    });
    form.querySelector<HTMLButtonElement>('button')!.disabled = false;
  }

  /** The attempts on this device: continue one in progress, or see a result again. */
  private renderSaved() {
    const trainees = traineesOf(this.store, this.check);
    this.piece('saved').hidden = trainees.length === 0;
    const list = this.piece('saved-list');
    list.replaceChildren();
    for (const tr of trainees) {
      for (const at of tr.attempts) {
        const li = el('li', {}, `${tr.name}（${tr.staffNo}）第 ${at.n} 次作答：`);
        if (at.finishedAt === undefined) {
          const answered = Object.values(at.responses).filter((r) => r !== null && !(Array.isArray(r) && r.length === 0)).length;
          const left = Math.max(0, this.a.m * 60 - Math.floor((Date.now() - at.startedAt) / 1000));
          li.append(`已答 ${answered} / ${at.questions.length} 题，剩余 ${clock(left)}`);
          const b = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('take.continue'));
          b.addEventListener('click', () => this.run(tr, at));
          li.append(b);
        } else {
          li.append(at.code ? '已交卷' : '');
          const b = el('button', { type: 'button', className: 'xt-btn' }, t('take.viewResult'));
          b.addEventListener('click', () => this.showResult(tr, at, false));
          li.append(b);
        }
        list.append(li);
      }
    }
  }

  /** The form was sent: continue an attempt in progress, refuse when none are left, or start the next. */
  private begin(name: string, staffNo: string) {
    const formNote = this.piece('form-note');
    formNote.hidden = true;
    const who = traineeOf(this.store, this.check, staffNo);
    const open = inProgress(who);
    if (open) return this.run(who!, open);
    if (attemptsLeft(this.a, who) === 0) {
      formNote.textContent = t('take.noAttemptsLeft', { staffNo, n: this.a.at });
      formNote.hidden = false;
      formNote.focus();
      return;
    }
    this.startAttempt({ name, staffNo, attempts: who?.attempts ?? [] });
  }

  private startAttempt(who: Pick<SavedTrainee, 'name' | 'staffNo' | 'attempts'>) {
    const n = who.attempts.length + 1;
    const { shown } = traineePaper(this.a, this.pool, who.staffNo, n);
    const attempt: SavedAttempt = { n, questions: shown.map((q) => q.id), startedAt: Date.now(), index: 0, responses: {} };
    this.persist(putAttempt(this.store, this.check, who, attempt));
    this.run(traineeOf(this.store, this.check, who.staffNo)!, attempt);
  }

  /** Runs (or continues) an attempt in the quiz runner, saving every change. */
  private run(who: SavedTrainee, attempt: SavedAttempt) {
    this.piece('info').hidden = true;
    this.piece('result').hidden = true;
    this.piece('certificate').hidden = true;
    const byId = new Map(this.pool.map((q) => [q.id, q]));
    const saved = attempt.questions.map((id) => byId.get(id));
    // The bank changed since the attempt began: fall back to the paper the bank now derives.
    const questions = saved.every(Boolean) ? (saved as BankQuestion[]) : traineePaper(this.a, this.pool, who.staffNo, attempt.n).shown;
    const runner = paperRunner({
      quiz: assignmentQuiz(this.a, this.quizzes),
      questions,
      resume: { startedAt: attempt.startedAt, responses: attempt.responses, index: attempt.index },
      showAnswers: false,
    });
    let last = '';
    runner.addEventListener('quiz:change', (e) => {
      const { state, context } = (e as CustomEvent<QuizState>).detail;
      if (state !== 'answering') return;
      const responses = savableResponses(context.responses);
      const key = JSON.stringify([context.index, responses]);
      if (key === last) return;
      last = key;
      attempt = { ...attempt, index: context.index, responses };
      this.persist(putAttempt(this.store, this.check, who, attempt));
    });
    runner.addEventListener('quiz:finished', (e) => void this.finish(who, attempt, questions, (e as CustomEvent<QuizFinished>).detail));
    addEventListener('beforeunload', this.leaving);
    setSessionItem(TAKING_KEY, `${this.check}|${staffKey(who.staffNo)}|${attempt.n}`);
    this.piece('quiz-slot').replaceChildren(runner);
  }

  private async finish(who: SavedTrainee, attempt: SavedAttempt, questions: BankQuestion[], d: QuizFinished) {
    removeEventListener('beforeunload', this.leaving);
    setSessionItem(TAKING_KEY, null);
    // The code lists answers in slot order of the paper the results page derives again.
    const slots = traineePaper(this.a, this.pool, who.staffNo, attempt.n).slots.map((q) => q.id);
    const rank = (q: BankQuestion) => (slots.includes(q.id) ? slots.indexOf(q.id) : slots.length);
    const ordered = [...questions].sort((x, y) => rank(x) - rank(y));
    const code = await encodeResult({
      aid: this.check.slice(0, 8),
      attempt: attempt.n,
      name: who.name,
      staffNo: who.staffNo,
      startedAt: d.startedAt ?? attempt.startedAt,
      finishedAt: d.finishedAt ?? Date.now(),
      timeout: d.endedBy === 'timeout',
      fingerprints: ordered.map((q) => q.fingerprint.slice(0, FINGERPRINT_PREFIX)),
      answers: ordered.map((q) => packResponse(q, d.responses[q.id])),
    });
    const done: SavedAttempt = { ...attempt, responses: savableResponses(d.responses), finishedAt: d.finishedAt ?? Date.now(), timeout: d.endedBy === 'timeout', code };
    this.persist(putAttempt(this.store, this.check, who, done));
    this.showResult(traineeOf(this.store, this.check, who.staffNo)!, done, true);
  }

  /** The result of a finished attempt: code, QR, certificate on a pass, answers if the policy allows, another attempt if any remain. */
  private showResult(who: SavedTrainee, attempt: SavedAttempt, justFinished: boolean) {
    const a = this.a;
    const byId = new Map(this.pool.map((q) => [q.id, q]));
    const questions = attempt.questions.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q);
    const s = score(questions, attempt.responses);
    const passed = s.percent >= a.p;
    const code = attempt.code ?? '';
    if (!justFinished) {
      this.piece('info').hidden = true;
      this.piece('quiz-slot').replaceChildren();
    }
    const out = this.piece('result');
    out.hidden = false;
    this.piece('result-summary').textContent = t('take.resultSummary', {
      name: who.name,
      n: attempt.n,
      percent: s.percent,
      correct: s.correct,
      total: s.total,
      verdict: passed ? t('quiz.passed') : t('quiz.failed'),
    });
    const box = out.querySelector('textarea')!;
    box.value = code;
    this.piece<HTMLButtonElement>('copy').onclick = () => copyText(code, box);
    this.piece<HTMLButtonElement>('download').onclick = () => {
      const text = `服务规范学堂 结果码\r\n测验：${a.t}\r\n姓名：${who.name}\r\n工号：${who.staffNo}\r\n第 ${attempt.n} 次作答\r\n\r\n${code}\r\n`;
      downloadFile(`结果-${who.name}-${who.staffNo}-第${attempt.n}次.txt`, '\uFEFF' + text, 'text/plain;charset=utf-8');
    };
    this.piece('qr').replaceChildren(qrSvg(code, t('take.qr')));
    const review = this.piece('review');
    review.hidden = !answersVisible(a);
    review.replaceChildren(...(answersVisible(a) ? [answerReview(questions, attempt.responses)] : []));
    const left = attemptsLeft(a, who);
    const again = this.piece<HTMLButtonElement>('again');
    this.piece('again-note').textContent = left > 0 ? t('take.attemptsLeft', { n: left, counting: COUNTING_TEXT[a.ct] }) : t('take.noMore');
    again.hidden = left === 0;
    again.textContent = t('take.again', { n: attempt.n + 1 });
    again.onclick = () => this.startAttempt(who);
    const cert = this.piece('certificate');
    const print = this.piece<HTMLButtonElement>('print');
    cert.hidden = !passed;
    print.hidden = !passed;
    if (passed) {
      this.piece('cert-name').textContent = who.name;
      this.piece('cert-no').textContent = who.staffNo;
      this.piece('cert-quiz').textContent = a.t;
      this.piece('cert-score').textContent = String(s.percent);
      this.piece('cert-date').textContent = new Date(attempt.finishedAt ?? Date.now()).toLocaleDateString('zh-CN');
      this.piece('cert-code').textContent = code.split('.')[2] ?? '';
      print.onclick = () => window.print();
    }
    // Right after 交卷 the runner has put focus on the score; coming from the list, go to the result.
    if (!justFinished) out.querySelector<HTMLElement>('h2')!.focus();
  }
}

customElements.define('assignment-taker', AssignmentTaker);
