/**
 * <assignment-taker> — a trainee opens the link (/manage/take/#a=…): the assignment is decoded
 * and validated; they give their name and staff number, take the quiz in exam mode (the same
 * questions as everyone on the assignment, in their own order), and get a result code to copy
 * or download and, on a pass, a certificate to print. Every text they typed is shown as text.
 */
import { codeProblemMessage, decodeAssignment, encodeResult, type Assignment } from '../../lib/codes';
import { assignmentQuestions, assignmentQuiz, dueEnd } from '../../lib/roster';
import { candidates } from '../../quizzes/catalog';
import { hashSeed } from '../../lib/random';
import type { Question, QuizDefinition } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { copyText, downloadFile, el } from './dom';
import type { QuizFinished, QuizRunner } from './quiz-runner';
import './quiz-runner';

class AssignmentTaker extends HTMLElement {
  async connectedCallback() {
    const problem = this.querySelector<HTMLElement>('[data-problem]')!;
    const code = new URLSearchParams(location.hash.slice(1)).get('a') ?? '';
    const decoded = await decodeAssignment(code);
    if (!decoded.ok) {
      problem.textContent = codeProblemMessage('A', decoded.problem);
      problem.hidden = false;
      this.querySelector<HTMLElement>('[data-loading]')!.hidden = true;
      return;
    }
    const a = decoded.data;
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    const bank: Question[] = (await (await fetch('/data/questions.json')).json()).items;
    this.querySelector<HTMLElement>('[data-loading]')!.hidden = true;

    const info = this.querySelector<HTMLElement>('[data-info]')!;
    info.hidden = false;
    info.querySelector('[data-title]')!.textContent = a.t;
    info.querySelector('[data-details]')!.textContent =
      `${a.g ? `${a.g}；` : ''}共 ${assignmentQuestions(a, quizzes, bank).length} 题，限时 ${a.m} 分钟，${a.p} 分及格，截止 ${a.d}。`;
    if (Date.now() > dueEnd(a.d)) {
      const late = info.querySelector<HTMLElement>('[data-late]')!;
      late.textContent = t('take.late', { due: a.d });
      late.hidden = false;
    }

    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
      const staffNo = (form.elements.namedItem('staffNo') as HTMLInputElement).value.trim();
      if (!name || !staffNo) return;
      info.hidden = true;
      this.start(a, decoded.check, name, staffNo, quizzes, bank);
    });
    form.querySelector<HTMLButtonElement>('button')!.disabled = false;
  }

  private start(a: Assignment, check: string, name: string, staffNo: string, quizzes: QuizDefinition[], bank: Question[]) {
    const quiz = assignmentQuiz(a, quizzes);
    const runner = document.createElement('quiz-runner') as QuizRunner;
    runner.seed = hashSeed(a.s);
    runner.orderSeed = hashSeed(`${a.s}:${staffNo}:${Date.now()}`);
    runner.autostart = true;
    const data = el('script', { type: 'application/json' });
    data.dataset.quiz = '';
    data.textContent = JSON.stringify({ quiz, pool: candidates(quiz, bank) });
    const intro = el('div', { hidden: true });
    intro.dataset.intro = '';
    const startButton = el('button', { type: 'button', disabled: true });
    startButton.dataset.action = 'start';
    intro.append(startButton);
    const stage = el('div');
    stage.dataset.stage = '';
    const announce = el('p', { className: 'sr-only' });
    announce.setAttribute('aria-live', 'polite');
    announce.dataset.announce = '';
    runner.append(data, intro, stage, announce);
    runner.addEventListener('quiz:finished', (e) => void this.finish(a, check, name, staffNo, (e as CustomEvent<QuizFinished>).detail));
    this.querySelector('[data-quiz-slot]')!.replaceChildren(runner);
  }

  private async finish(a: Assignment, check: string, name: string, staffNo: string, d: QuizFinished) {
    const code = await encodeResult({
      ac: check,
      a,
      nm: name,
      no: staffNo,
      qs: d.questions.map((q) => q.id),
      r: Object.fromEntries(d.questions.map((q) => [q.id, d.responses[q.id] ?? null])),
      st: d.startedAt!,
      fi: d.finishedAt!,
      sc: d.result!.percent,
    });
    const out = this.querySelector<HTMLElement>('[data-result]')!;
    out.hidden = false;
    const box = out.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = code;
    out.querySelector<HTMLButtonElement>('[data-copy]')!.onclick = () => copyText(code, box);
    out.querySelector<HTMLButtonElement>('[data-download]')!.onclick = () => {
      const text = `服务规范学堂 结果码\r\n测验：${a.t}\r\n姓名：${name}\r\n工号：${staffNo}\r\n\r\n${code}\r\n`;
      downloadFile(`结果-${name}-${staffNo}.txt`, '\uFEFF' + text, 'text/plain;charset=utf-8');
    };
    if (d.result!.passed) {
      const cert = this.querySelector<HTMLElement>('[data-certificate]')!;
      cert.hidden = false;
      cert.querySelector('[data-cert-name]')!.textContent = name;
      cert.querySelector('[data-cert-no]')!.textContent = staffNo;
      cert.querySelector('[data-cert-quiz]')!.textContent = a.t;
      cert.querySelector('[data-cert-score]')!.textContent = String(d.result!.percent);
      cert.querySelector('[data-cert-date]')!.textContent = new Date(d.finishedAt!).toLocaleDateString('zh-CN');
      cert.querySelector('[data-cert-code]')!.textContent = code.split('.')[2];
      out.querySelector<HTMLButtonElement>('[data-print]')!.hidden = false;
      out.querySelector<HTMLButtonElement>('[data-print]')!.onclick = () => window.print();
    }
    out.querySelector<HTMLElement>('h2')!.focus();
  }
}

customElements.define('assignment-taker', AssignmentTaker);
