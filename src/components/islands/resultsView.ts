/**
 * The results page's report, built as DOM from the re-graded roster: who handed in and who has
 * not (with a reminder to copy), every attempt and the one that counts, questions left out because
 * they changed, the item analysis with its flags and answer counts, KR-20, the topics missed most,
 * and the two CSV downloads. Tables turn into cards on a phone (see results.astro). All text a
 * trainee typed goes in as text.
 */
import type { Assignment } from '../../lib/codes';
import { ITEM_FLAG_TEXT, itemStatistics, kr20, MIN_RESULTS_FOR_KR20 } from '../../lib/itemAnalysis';
import { FLAG_TEXT, missedTopics, notSubmitted, reminderText, type GradedAttempt, type TraineeRow } from '../../lib/roster';
import { analysedPapers, choiceKeys, choiceLabel, chinaTime, itemCsv, rosterCsv } from '../../lib/rosterReports';
import type { BankQuestion } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { copyText, downloadFile, el } from './dom';

/** A table cell labelled for the phone's card layout; `short` cells never wrap (no "未/通/过"). */
const cell = (tag: 'td' | 'th', label: string, text: string, short = false) => {
  const c = el(tag, tag === 'th' ? { scope: 'row' } : {}, text);
  c.dataset.label = label;
  if (short) c.classList.add('nw');
  return c;
};

const headRow = (heads: string[]) => {
  const tr = el('tr');
  for (const h of heads) tr.append(el('th', { scope: 'col', className: 'nw' }, h));
  const thead = el('thead');
  thead.append(tr);
  return thead;
};

const duration = (seconds: number) => (seconds < 120 ? `${seconds} 秒` : `${Math.round(seconds / 60)} 分钟`);

const attemptLine = (x: GradedAttempt) =>
  `第 ${x.attempt} 次：${x.correct}/${x.total} 题，${x.percent} 分，用时 ${duration(x.seconds)}，${chinaTime(x.finishedAt)} 交卷${x.timeout ? '（时间到自动交卷）' : ''}${x.counts ? '（计入成绩）' : ''}`;

function rosterTable(rows: TraineeRow[]): HTMLElement {
  const heads = ['姓名', '工号', '状态', '计入的成绩', '结果', '全部作答', '需要注意'];
  const table = el('table', { className: 'roster cards' });
  table.append(el('caption', { className: 'sr-only' }, t('results.roster')));
  const thead = headRow(heads);
  const tbody = el('tbody');
  for (const row of rows) {
    const c = row.counted;
    const r = el('tr');
    const flags = [...new Set(row.attempts.flatMap((x) => x.flags))];
    if (flags.length) r.className = 'flagged';
    if (!row.attempts.length) r.className = 'missing';
    const attempts = el('ul', { className: 'attempts' });
    for (const x of row.attempts) attempts.append(el('li', {}, attemptLine(x)));
    const all = el('td');
    all.dataset.label = heads[5];
    if (row.attempts.length) all.append(attempts);
    else all.textContent = '—';
    r.append(
      cell('th', heads[0], row.name),
      cell('td', heads[1], row.staffNo, true),
      cell('td', heads[2], row.attempts.length ? '已交' : '未交', true),
      cell('td', heads[3], c ? `${c.percent} 分（${c.correct}/${c.total} 题）` : '—'),
      cell('td', heads[4], c ? (c.passed ? '通过' : '未通过') : '—', true),
      all,
      cell('td', heads[6], flags.map((f) => FLAG_TEXT[f]).join('；') || '—'),
    );
    tbody.append(r);
  }
  table.append(thead, tbody);
  const wrap = el('div', { className: 'table-wrap' });
  wrap.append(table);
  return wrap;
}

function itemTable(rows: TraineeRow[], byId: Map<string, BankQuestion>): HTMLElement[] {
  const papers = analysedPapers(rows);
  const stats = itemStatistics(papers);
  const reliability = kr20(papers);
  const parts: HTMLElement[] = [el('h3', { id: 'r-items' }, t('results.items'))];
  parts.push(el('p', {}, t('results.itemsHint')));
  parts.push(
    el(
      'p',
      {},
      reliability === null
        ? t('results.kr20None', { min: MIN_RESULTS_FOR_KR20, n: papers.length })
        : t('results.kr20', { value: reliability.toFixed(2), n: papers.length }),
    ),
  );
  const heads = ['题目和各答案人数', '作答人数', '通过率', '区分度', '标记'];
  const table = el('table', { className: 'items cards' });
  table.append(el('caption', { className: 'sr-only' }, t('results.items')));
  const thead = headRow(heads);
  const tbody = el('tbody');
  for (const s of stats) {
    const q = byId.get(s.questionId)!;
    const r = el('tr');
    if (s.flags.length) r.className = 'flagged';
    const choices = el('ul', { className: 'choices' });
    for (const key of [...choiceKeys(q), ...Object.keys(s.choices).filter((k) => !choiceKeys(q).includes(k))]) {
      const n = s.choices[key] ?? 0;
      if (key === '' && n === 0) continue;
      choices.append(el('li', {}, `${choiceLabel(q, key)}：${n} 人`));
    }
    const question = cell('th', heads[0], `${q.type === 'scenario' ? `${q.case} ` : ''}${q.prompt}（${q.id}）`);
    question.append(choices);
    r.append(
      question,
      cell('td', heads[1], String(s.n), true),
      cell('td', heads[2], `${Math.round(s.facility)}%`, true),
      cell('td', heads[3], s.discrimination === null ? '—' : `${Math.round(s.discrimination)}%`, true),
      cell('td', heads[4], s.flags.map((f) => ITEM_FLAG_TEXT[f]).join('；') || '—'),
    );
    tbody.append(r);
  }
  table.append(thead, tbody);
  const wrap = el('div', { className: 'table-wrap' });
  wrap.append(table);
  parts.push(wrap);
  const csv = el('button', { type: 'button', className: 'xt-btn' }, t('results.itemCsv'));
  csv.dataset.csv = 'items';
  csv.addEventListener('click', () => downloadFile('题目分析.csv', itemCsv(stats, byId, reliability, papers.length), 'text/csv;charset=utf-8'));
  const p = el('p');
  p.append(csv);
  parts.push(p);
  return parts;
}

/** A bar chart of wrong answers by topic, as SVG with text labels (the numbers are also in the caption). */
function missedChart(missed: ReturnType<typeof missedTopics>): HTMLElement {
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
    bar.setAttribute('width', String(Math.max(2, pct * 220)));
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', String(86 + pct * 220));
    value.setAttribute('y', String(y + 18));
    value.textContent = `${Math.round(pct * 100)}%（${m.wrong}/${m.total}）`;
    svg.append(label, bar, value);
  });
  figure.append(svg, el('figcaption', {}, missed.map((m) => `${m.topic}：错 ${m.wrong} / ${m.total}`).join('；')));
  return figure;
}

/** The whole report for one assignment. */
export function resultsReport(a: Assignment, rows: TraineeRow[], byId: Map<string, BankQuestion>): HTMLElement[] {
  const submitted = rows.filter((r) => r.attempts.length);
  const missing = notSubmitted(rows);
  const expected = rows.filter((r) => r.expected).length;
  const passed = rows.filter((r) => r.counted?.passed).length;
  const flagged = rows.filter((r) => r.attempts.some((x) => x.flags.length)).length;
  const parts: HTMLElement[] = [el('h2', { id: 'r-report', tabIndex: -1 }, t('results.roster'))];
  const summary = el(
    'p',
    {},
    t('results.summary', {
      n: submitted.length,
      expected: expected ? t('results.ofExpected', { expected }) : '',
      passed,
      flagged,
    }),
  );
  summary.setAttribute('role', 'status');
  parts.push(summary);

  if (expected) {
    parts.push(el('h3', {}, t('results.missing', { n: missing.length })));
    if (missing.length) {
      parts.push(el('p', {}, missing.map((r) => `${r.name}（${r.staffNo}）`).join('、')));
      const label = el('label', { htmlFor: 'r-reminder' }, t('results.reminder'));
      const text = el('textarea', { id: 'r-reminder', className: 'xt-input reminder', readOnly: true, rows: 3 });
      text.value = reminderText(a, missing);
      const copy = el('button', { type: 'button', className: 'xt-btn' }, t('results.copyReminder'));
      copy.addEventListener('click', async () => {
        await copyText(text.value, text);
        copy.textContent = t('assign.copied');
      });
      const p = el('p');
      p.append(copy);
      parts.push(label, text, p);
    } else parts.push(el('p', {}, t('results.allIn')));
  }

  parts.push(rosterTable(rows));
  const changed = submitted.flatMap((r) => r.attempts.flatMap((x) => x.items.filter((i) => i.reason).map((i) => `${x.name}第 ${x.attempt} 次作答：${i.reason}`)));
  if (changed.length) {
    parts.push(el('h3', {}, t('results.changed')));
    const ul = el('ul');
    for (const c of changed) ul.append(el('li', {}, c));
    parts.push(ul);
  }
  const csv = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('results.csv'));
  csv.dataset.csv = 'roster';
  csv.addEventListener('click', () => downloadFile(`成绩-${a.t}.csv`, rosterCsv(rows, a), 'text/csv;charset=utf-8'));
  const p = el('p');
  p.append(csv);
  parts.push(p);

  if (submitted.length) {
    parts.push(...itemTable(rows, byId));
    const missed = missedTopics(rows);
    if (missed.length) parts.push(el('h3', {}, t('results.missed')), missedChart(missed));
  }
  return parts;
}
