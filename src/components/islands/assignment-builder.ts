/**
 * <assignment-builder> — a manager fills in the form; the page produces the assignment link
 * (versioned, compact, checksummed: src/lib/codes.ts), a QR code drawn locally, and a SCORM 1.2
 * package for an LMS. Nothing is sent anywhere: the link carries the whole assignment, including
 * its blueprint (how many questions of each topic and difficulty every trainee gets), the review
 * policy and the attempts allowed.
 */
import { assignmentSchema, encodeAssignment, type Assignment } from '../../lib/codes';
import { assignmentPool, assignmentQuiz } from '../../lib/roster';
import { makeBlueprint } from '../../lib/blueprint';
import { plainText } from '../../lib/plainText';
import { questionCount } from '../../quizzes/catalog';
import type { BankQuestion, QuizDefinition, QuizTopic } from '../../schemas/quiz';
import { QUIZ_TOPICS } from '../../schemas/quizTopics';
import { t } from '../../i18n/ui';
import { copyText, downloadFile } from './dom';
import { qrSvg } from './qrSvg';
import { buildScormPackage, SCORM12_SCHEMAS, scormFileName } from './scormPackage';

const BY_TOPICS = '';

class AssignmentBuilder extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector('form')!;
    const out = this.querySelector<HTMLElement>('[data-output]')!;
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;
    const bank: BankQuestion[] = (await (await fetch('/data/questions.json')).json()).items;

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
      const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked')].map((b) => b.value as QuizTopic);
      const draft = {
        t: plainText(field<HTMLInputElement>('title').value),
        g: plainText(field<HTMLInputElement>('group').value),
        q: field<HTMLSelectElement>('quiz').value,
        tp: chosen,
        n: Number(field<HTMLInputElement>('count').value),
        p: Number(field<HTMLInputElement>('passMark').value),
        m: Number(field<HTMLInputElement>('minutes').value),
        d: due.value,
        s: crypto.getRandomValues(new Uint32Array(2)).reduce((acc, v) => acc + v.toString(36), '').slice(0, 12).padEnd(8, '0'),
        rv: field<HTMLSelectElement>('review').value,
        at: Number(field<HTMLInputElement>('attempts').value),
        ct: field<HTMLSelectElement>('counting').value,
        bp: [] as Assignment['bp'],
      };
      if (!draft.q && draft.tp.length === 0) return this.fail(t('assign.needTopics'));
      // The blueprint: each topic × difficulty cell gets questions in proportion to what the bank holds.
      const quiz = assignmentQuiz({ ...draft, bp: [] } as unknown as Assignment, quizzes);
      const pool = assignmentPool({ ...draft } as unknown as Assignment, quizzes, bank);
      const topics = quiz.perTopic ? (Object.keys(quiz.perTopic) as QuizTopic[]) : quiz.topics.length ? quiz.topics : [...QUIZ_TOPICS];
      draft.bp = makeBlueprint(pool, topics, quiz.perTopic ?? draft.n);
      const drawn = draft.bp.reduce((sum, [, , k]) => sum + k, 0);
      if (drawn < draft.n) return this.fail(t('assign.poolTooSmall', { n: drawn, count: draft.n }));
      const parsed = assignmentSchema.safeParse(draft);
      if (!parsed.success) return this.fail(t('assign.invalid', { field: parsed.error.issues.map((i) => i.path.join('.')).join('、') }));
      const a: Assignment = parsed.data;
      const code = await encodeAssignment(a);
      const link = `${location.origin}/manage/take/#a=${code}`;
      this.show(out, a, link, pool);
    });
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
  }

  private fail(message: string) {
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    error.textContent = message;
    error.hidden = false;
    error.focus();
  }

  private show(out: HTMLElement, a: Assignment, link: string, pool: BankQuestion[]) {
    out.hidden = false;
    const input = out.querySelector<HTMLInputElement>('[data-link]')!;
    input.value = link;
    out.querySelector<HTMLAnchorElement>('[data-open]')!.href = link;
    out.querySelector('[data-qr]')!.replaceChildren(qrSvg(link, t('assign.qr')));
    out.querySelector('[data-summary]')!.textContent = `${a.t}${a.g ? `（${a.g}）` : ''}：每人 ${a.n} 题（从 ${pool.length} 题中按蓝图各自抽取），${a.m} 分钟，${a.p} 分及格，截止 ${a.d}，${t(`assign.review.${a.rv}`)}，可作答 ${a.at} 次。`;
    out.querySelector('[data-blueprint]')!.textContent = `${t('assign.blueprint')}：${a.bp.map(([topic, d, k]) => `${topic}·难度${d} ${k} 题`).join('，')}。`;
    const copy = out.querySelector<HTMLButtonElement>('[data-copy]')!;
    copy.onclick = async () => {
      await copyText(link, input);
      copy.textContent = t('assign.copied');
    };
    copy.textContent = t('assign.copy');
    out.querySelector<HTMLButtonElement>('[data-scorm]')!.onclick = async () => {
      const fetchText = async (u: string) => (await fetch(u)).text();
      const [playerScript, playerCss, ...schemas] = await Promise.all(
        ['/manage/scorm-player.js', '/manage/scorm-player.css', ...SCORM12_SCHEMAS.map((f) => `/manage/scorm-schemas/${f}`)].map(fetchText),
      );
      const zip = buildScormPackage({
        assignment: a,
        pool,
        playerScript,
        playerCss,
        siteOrigin: location.origin,
        schemas: Object.fromEntries(SCORM12_SCHEMAS.map((f, i) => [f, schemas[i]])),
      });
      downloadFile(scormFileName(a), zip as BlobPart, 'application/zip');
    };
    input.focus();
    input.select();
  }
}

customElements.define('assignment-builder', AssignmentBuilder);
