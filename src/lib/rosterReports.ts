/**
 * What the manager takes away from a round: the roster CSV (one row per attempt, plus everyone who
 * has not handed in), the item analysis over the attempts that count, and its CSV. Scores are
 * numbers in their own columns (正确题数, 总题数, 得分), never "2/8" text that Excel makes a date.
 */
import { isMultiSelect, type Response } from '../quizzes/grading';
import type { BankQuestion } from '../schemas/quiz';
import { QUIZ_TOPICS } from '../schemas/quizTopics';
import type { Assignment } from './codes';
import { csvFile } from './csv';
import { ITEM_FLAG_TEXT, type AnsweredPaper, type ItemStatistics } from './itemAnalysis';
import { FLAG_TEXT, type TraineeRow } from './roster';

/** China time, "YYYY-MM-DD HH:MM". */
export const chinaTime = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The key an answer is counted under in the item analysis ('' = not answered). */
export function choiceKey(q: BankQuestion, r: Response, right: boolean): string | null {
  if (r === null || r === undefined || (Array.isArray(r) && r.length === 0)) return null;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return Array.isArray(r) ? r.join(',') : String(r);
    case 'truefalse':
      return r ? 'true' : 'false';
    case 'numeric':
      return Number.isInteger(r) ? String(r) : '非整数';
    case 'ordering':
    case 'matching':
      return right ? 'right' : 'other';
  }
}

/** A choice key written out for people: the option's text, 正确/错误, a number with its unit. */
export function choiceLabel(q: BankQuestion, key: string): string {
  if (key === '') return '未作答';
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario': {
      const o = q.options.find((x) => x.id === key);
      return o ? `${o.correct ? '✓ ' : ''}${o.text}` : key;
    }
    case 'truefalse':
      return `${(key === 'true') === q.answer ? '✓ ' : ''}${key === 'true' ? '正确' : '错误'}`;
    case 'numeric':
      return `${Number(key) === q.answer ? '✓ ' : ''}${key}${q.unit}`;
    case 'ordering':
    case 'matching':
      return key === 'right' ? (q.type === 'ordering' ? '✓ 顺序正确' : '✓ 全部连对') : q.type === 'ordering' ? '其他顺序' : '有连错的';
  }
}

/** Every answer a question can be given that the analysis lists, right ones marked, in the question's order. */
export function choiceKeys(q: BankQuestion): string[] {
  if ('options' in q) return q.options.map((o) => o.id);
  if (q.type === 'truefalse') return ['true', 'false'];
  if (q.type === 'ordering' || q.type === 'matching') return ['right', 'other'];
  return [];
}

/** The papers the item analysis runs over: the counted attempt of each trainee, graded slots only. */
export function analysedPapers(rows: TraineeRow[]): AnsweredPaper[] {
  return rows.flatMap((row) =>
    row.counted
      ? [
          {
            items: row.counted.items
              .filter((i) => i.question)
              .map((i) => ({ slot: i.slot, questionId: i.question!.id, right: i.right, choice: choiceKey(i.question!, i.response, i.right) })),
          },
        ]
      : [],
  );
}

/** Whether a question takes one answer among options (its option counts add up to the answers). */
export const singleAnswer = (q: BankQuestion) => !('options' in q) || !isMultiSelect(q);

/** The roster as CSV: header row first, one row per attempt, then who has not handed in. */
export function rosterCsv(rows: TraineeRow[], a: Assignment): string {
  const topics = QUIZ_TOPICS.filter((t) => rows.some((r) => r.attempts.some((x) => x.byTopic[t])));
  const header = [
    '姓名', '工号', '状态', '第几次作答', '计入成绩', '正确题数', '总题数', '得分', '是否通过', '用时（分钟）', '开始时间', '交卷时间',
    ...topics.flatMap((t) => [`${t} 正确题数`, `${t} 总题数`]),
    '核验码', '需要注意',
  ];
  const lines = rows.flatMap((row) => {
    if (row.attempts.length === 0) return [[row.name, row.staffNo, '未交', null, null, null, null, null, null, null, null, null, ...topics.flatMap(() => [null, null]), null, null]];
    return row.attempts.map((x) => [
      x.name,
      x.staffNo,
      '已交',
      x.attempt,
      x.counts ? '是' : '否',
      x.correct,
      x.total,
      x.percent,
      x.passed ? '通过' : '未通过',
      Math.round((x.seconds / 60) * 10) / 10,
      chinaTime(x.startedAt),
      chinaTime(x.finishedAt),
      ...topics.flatMap((t) => [x.byTopic[t]?.correct ?? null, x.byTopic[t]?.total ?? null]),
      x.check,
      [...x.flags.map((f) => FLAG_TEXT[f]), ...(x.timeout ? ['时间到自动交卷'] : [])].join('；'),
    ]);
  });
  return csvFile(header, lines);
}

/** The item analysis as CSV: one row per question with its figures and answer counts; KR-20 after a blank row. */
export function itemCsv(stats: ItemStatistics[], byId: Map<string, BankQuestion>, reliability: number | null, results: number): string {
  const maxChoices = Math.max(0, ...stats.map((s) => choiceKeys(byId.get(s.questionId)!).length));
  const header = [
    '题目 id', '题型', '主题', '难度', '题目', '作答人数', '答对人数', '通过率（%）', '区分度（%）', '标记',
    ...[...Array(maxChoices).keys()].flatMap((i) => [`答案 ${i + 1}`, `答案 ${i + 1} 人数`]),
    '未作答人数', '其他答案',
  ];
  const rows = stats.map((s) => {
    const q = byId.get(s.questionId)!;
    const keys = choiceKeys(q);
    const others = Object.entries(s.choices).filter(([k]) => k !== '' && !keys.includes(k));
    return [
      q.id, q.type, q.topics[0], q.difficulty, q.type === 'scenario' ? `${q.case} ${q.prompt}` : q.prompt,
      s.n, s.right, Math.round(s.facility * 10) / 10, s.discrimination === null ? null : Math.round(s.discrimination * 10) / 10,
      s.flags.map((f) => ITEM_FLAG_TEXT[f]).join('；'),
      ...[...Array(maxChoices).keys()].flatMap((i) => (keys[i] === undefined ? [null, null] : [choiceLabel(q, keys[i]), s.choices[keys[i]] ?? 0])),
      s.choices[''] ?? 0,
      others.map(([k, n]) => `${choiceLabel(q, k)}：${n}`).join('；'),
    ];
  });
  const summary = [[], ['KR-20 信度', reliability === null ? `少于 10 份结果或总分没有差异，无法计算（现有 ${results} 份）` : Math.round(reliability * 1000) / 1000]];
  return csvFile(header, [...rows, ...summary]);
}
