/**
 * <assignment-builder> — a manager fills in the form; the page produces the assignment link
 * (versioned, compact, checksummed: src/lib/codes.ts), a QR code drawn locally, and a SCORM 1.2
 * package for an LMS. Nothing is sent anywhere: the link carries the whole assignment.
 */
import { assignmentSchema, encodeAssignment, type Assignment } from '../../lib/codes';
import { assignmentQuestions, assignmentQuiz } from '../../lib/roster';
import { candidates, questionCount } from '../../quizzes/catalog';
import type { Question, QuizDefinition } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { copyText, downloadFile } from './dom';
import { qrSvg } from './qrSvg';
import { buildScormPackage } from './scormPackage';

const BY_TOPICS = '';

class AssignmentBuilder extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector('form')!;
    const out = this.querySelector<HTMLElement>('[data-output]')!;
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;
    const bank: Question[] = (await (await fetch('/data/questions.json')).json()).items;

    const due = field<HTMLInputElement>('due');
    if (!due.value) due.value = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

    const syncCount = () => {
      const quiz = quizzes.find((q) => q.id === field<HTMLSelectElement>('quiz').value);
      const count = field<HTMLInputElement>('count');
      const note = this.querySelector<HTMLElement>('[data-count-note]')!;
      if (quiz?.perTopic) {
        const n = questionCount(quiz, []);
        count.value = String(n);
        count.readOnly = true;
        note.textContent = t('assign.fixedCount', { n });
      } else {
        count.readOnly = false;
        note.textContent = '';
      }
      const topics = this.querySelector<HTMLFieldSetElement>('[data-topics]')!;
      topics.disabled = field<HTMLSelectElement>('quiz').value !== BY_TOPICS;
    };
    field<HTMLSelectElement>('quiz').addEventListener('change', syncCount);
    syncCount();

    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.hidden = true;
      const topics = [...form.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked')].map((b) => b.value);
      const draft = {
        t: field<HTMLInputElement>('title').value.trim(),
        g: field<HTMLInputElement>('group').value.trim(),
        q: field<HTMLSelectElement>('quiz').value,
        tp: topics,
        n: Number(field<HTMLInputElement>('count').value),
        p: Number(field<HTMLInputElement>('passMark').value),
        m: Number(field<HTMLInputElement>('minutes').value),
        d: due.value,
        s: crypto.getRandomValues(new Uint32Array(2)).reduce((acc, v) => acc + v.toString(36), '').slice(0, 12).padEnd(8, '0'),
      };
      const parsed = assignmentSchema.safeParse(draft);
      if (!parsed.success) return this.fail(t('assign.invalid', { field: parsed.error.issues.map((i) => i.path.join('.')).join('、') }));
      const a: Assignment = parsed.data;
      if (!a.q && a.tp.length === 0) return this.fail(t('assign.needTopics'));
      const quiz = assignmentQuiz(a, quizzes);
      const pool = candidates(quiz, bank);
      if (!quiz.perTopic && pool.length < a.n) return this.fail(t('assign.poolTooSmall', { n: pool.length, count: a.n }));
      const code = await encodeAssignment(a);
      const link = `${location.origin}/manage/take/#a=${code}`;
      this.show(out, a, link, assignmentQuestions(a, quizzes, bank));
    });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
  }

  private fail(message: string) {
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    error.textContent = message;
    error.hidden = false;
    error.focus();
  }

  private show(out: HTMLElement, a: Assignment, link: string, questions: Question[]) {
    out.hidden = false;
    const input = out.querySelector<HTMLInputElement>('[data-link]')!;
    input.value = link;
    out.querySelector<HTMLAnchorElement>('[data-open]')!.href = link;
    out.querySelector('[data-qr]')!.replaceChildren(qrSvg(link, t('assign.qr')));
    out.querySelector('[data-summary]')!.textContent = `${a.t}${a.g ? `（${a.g}）` : ''}：${questions.length} 题，${a.m} 分钟，${a.p} 分及格，截止 ${a.d}。`;
    const copy = out.querySelector<HTMLButtonElement>('[data-copy]')!;
    copy.onclick = async () => {
      await copyText(link, input);
      copy.textContent = t('assign.copied');
    };
    copy.textContent = t('assign.copy');
    out.querySelector<HTMLButtonElement>('[data-scorm]')!.onclick = async () => {
      const [playerScript, playerCss] = await Promise.all(
        ['/manage/scorm-player.js', '/manage/scorm-player.css'].map(async (u) => (await fetch(u)).text()),
      );
      const zip = buildScormPackage({ assignment: a, questions, playerScript, playerCss, siteOrigin: location.origin });
      downloadFile(`scorm-${a.s}.zip`, zip as BlobPart, 'application/zip');
    };
    input.focus();
    input.select();
  }
}

customElements.define('assignment-builder', AssignmentBuilder);
