/**
 * <results-collector> — the manager reads the assignment link, pastes result codes or drops
 * result files, and gets every answer re-graded against the question bank, with the codes
 * that do not belong, were altered, repeat or came late flagged; a roster, the topics the
 * group missed most, and a CSV for Excel. Everything a trainee typed is shown as text.
 */
import { codeProblemMessage, decodeAssignment, decodeResult, type Assignment, type ResultCode } from '../../lib/codes';
import { buildRoster, FLAG_TEXT, missedTopics, rosterCsv, type RosterRow } from '../../lib/roster';
import type { Question, QuizDefinition } from '../../schemas/quiz';
import { QUIZ_TOPICS } from '../../schemas/quizTopics';
import { t } from '../../i18n/ui';
import { downloadFile, el } from './dom';

/** Result codes inside any text: a pasted list, a downloaded result file, a chat message. */
export const findCodes = (text: string) => text.match(/R\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g) ?? [];

class ResultsCollector extends HTMLElement {
  private assignment?: { data: Assignment; check: string };
  private files: { name: string; text: string }[] = [];

  async connectedCallback() {
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    const bankPromise = fetch('/data/questions.json').then(async (r) => (await r.json()).items as Question[]);
    const linkInput = this.querySelector<HTMLInputElement>('[name="assignment"]')!;
    const linkStatus = this.querySelector<HTMLElement>('[data-assignment-status]')!;
    const readAssignment = async () => {
      const text = linkInput.value.trim();
      const code = text.includes('#a=') ? new URLSearchParams(text.split('#')[1]).get('a') ?? '' : text;
      const decoded = await decodeAssignment(code);
      if (!decoded.ok) {
        this.assignment = undefined;
        linkStatus.textContent = codeProblemMessage('A', decoded.problem);
        linkStatus.setAttribute('role', 'alert');
        return;
      }
      this.assignment = { data: decoded.data, check: decoded.check };
      const a = decoded.data;
      linkStatus.setAttribute('role', 'status');
      linkStatus.textContent = `已读取：${a.t}${a.g ? `（${a.g}）` : ''}，${a.p} 分及格，截止 ${a.d}。`;
    };
    this.querySelector('[data-action="load"]')!.addEventListener('click', () => void readAssignment());

    const fileInput = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    const addFiles = async (list: FileList | null) => {
      for (const f of list ?? []) this.files.push({ name: f.name, text: await f.text() });
      this.querySelector('[data-files]')!.textContent = this.files.map((f) => f.name).join('、');
    };
    fileInput.addEventListener('change', () => void addFiles(fileInput.files));
    const drop = this.querySelector<HTMLElement>('[data-drop]')!;
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void addFiles(e.dataTransfer?.files ?? null);
    });

    this.querySelector('[data-action="check"]')!.addEventListener('click', async () => {
      if (linkInput.value.trim() && !this.assignment) await readAssignment();
      const out = this.querySelector<HTMLElement>('[data-output]')!;
      if (!this.assignment) {
        const note = el('p', {}, t('results.noAssignment'));
        note.setAttribute('role', 'alert');
        out.replaceChildren(note);
        return;
      }
      const pasted = this.querySelector<HTMLTextAreaElement>('textarea')!.value;
      const sources = [
        ...pasted.split(/\r?\n/).map((line, i) => ({ where: t('results.line', { n: i + 1 }), text: line })),
        ...this.files.map((f) => ({ where: f.name, text: f.text })),
      ].filter((s) => s.text.trim());
      const accepted: { data: ResultCode; check: string }[] = [];
      const rejected: string[] = [];
      for (const s of sources) {
        const codes = findCodes(s.text);
        if (codes.length === 0) {
          rejected.push(`${s.where}：${codeProblemMessage('R', s.text.trim().length < 12 ? 'truncated' : 'format')}`);
          continue;
        }
        for (const code of codes) {
          const d = await decodeResult(code);
          if (d.ok) accepted.push({ data: d.data, check: d.check });
          else rejected.push(`${s.where}：${codeProblemMessage('R', d.problem)}`);
        }
      }
      const rows = buildRoster(this.assignment, accepted, await bankPromise, quizzes);
      this.render(out, rows, rejected, this.assignment.data);
    });
    for (const b of this.querySelectorAll<HTMLButtonElement>('button')) b.disabled = false;
  }

  private render(out: HTMLElement, rows: RosterRow[], rejected: string[], a: Assignment) {
    const topics = QUIZ_TOPICS.filter((tp) => rows.some((r) => r.score.byTopic[tp]));
    const passed = rows.filter((r) => r.passed && r.flags.length === 0).length;
    const parts: HTMLElement[] = [
      el('h2', { tabIndex: -1 }, t('results.roster')),
      el('p', {}, t('results.summary', { n: rows.length, passed, flagged: rows.filter((r) => r.flags.length).length })),
    ];
    parts[1].setAttribute('role', 'status');
    const wrap = el('div', { className: 'table-wrap' });
    const table = el('table', { className: 'roster' });
    const caption = el('caption', { className: 'sr-only' }, t('results.roster'));
    const head = el('tr');
    for (const h of ['姓名', '工号', '得分', '结果', '用时（分钟）', ...topics, '需要注意']) head.append(el('th', { scope: 'col' }, h));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      if (r.flags.length) tr.className = 'flagged';
      tr.append(
        el('th', { scope: 'row' }, r.name),
        el('td', {}, r.staffNo),
        el('td', {}, String(r.score.percent)),
        el('td', {}, r.passed ? '通过' : '未通过'),
        el('td', {}, String(r.minutes)),
        ...topics.map((tp) => el('td', {}, r.score.byTopic[tp] ? `${r.score.byTopic[tp]!.correct}/${r.score.byTopic[tp]!.total}` : '—')),
        el('td', {}, r.flags.map((f) => FLAG_TEXT[f]).join('；') || '—'),
      );
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    wrap.append(table);
    parts.push(wrap);

    if (rejected.length) {
      parts.push(el('h3', {}, t('results.rejected')));
      const ul = el('ul', { className: 'rejected' });
      for (const r of rejected) ul.append(el('li', {}, r));
      parts.push(ul);
    }

    const missed = missedTopics(rows);
    if (missed.length) {
      parts.push(el('h3', {}, t('results.missed')));
      parts.push(this.chart(missed));
    }
    const csv = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('results.csv'));
    csv.addEventListener('click', () => {
      downloadFile(`成绩-${a.t}.csv`, rosterCsv(rows, a), 'text/csv;charset=utf-8');
    });
    parts.push(el('p', {}, ''));
    parts[parts.length - 1].append(csv);
    out.replaceChildren(...parts);
    (out.querySelector('h2') as HTMLElement).focus();
  }

  /** A bar chart of wrong answers by topic, as SVG with text labels (the numbers are also in the text). */
  private chart(missed: ReturnType<typeof missedTopics>): HTMLElement {
    const figure = el('figure', { className: 'missed-chart' });
    const ns = 'http://www.w3.org/2000/svg';
    const rowH = 28;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 420 ${missed.length * rowH + 8}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `各主题错误率：${missed.map((m) => `${m.topic} ${Math.round((m.wrong / m.total) * 100)}%`).join('，')}`);
    missed.forEach((m, i) => {
      const pct = m.total ? m.wrong / m.total : 0;
      const y = i * rowH + 4;
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 18));
      label.textContent = m.topic;
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', '80');
      bar.setAttribute('y', String(y + 4));
      bar.setAttribute('height', '18');
      bar.setAttribute('width', String(Math.max(2, pct * 260)));
      const value = document.createElementNS(ns, 'text');
      value.setAttribute('x', String(86 + pct * 260));
      value.setAttribute('y', String(y + 18));
      value.textContent = `${Math.round(pct * 100)}%（${m.wrong}/${m.total}）`;
      svg.append(label, bar, value);
    });
    const caption = el('figcaption', {}, missed.map((m) => `${m.topic}：错 ${m.wrong} / ${m.total}`).join('；'));
    figure.append(svg, caption);
    return figure;
  }
}

customElements.define('results-collector', ResultsCollector);
