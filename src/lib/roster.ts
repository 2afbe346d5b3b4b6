/**
 * Checking a group's results without a server: every result code is re-graded against the
 * question bank (the score a trainee's page showed is not trusted), checked against the
 * assignment, and flagged when it does not belong, repeats, or came in late. Then the roster,
 * the topics the group missed most, and a CSV that Excel opens correctly in Chinese.
 */
import { candidates, draw } from '../quizzes/catalog';
import { score, type Score } from '../quizzes/grading';
import type { Question, QuizDefinition, QuizTopic } from '../schemas/quiz';
import { QUIZ_TOPICS } from '../schemas/quizTopics';
import { hashSeed } from './random';
import type { Assignment, ResultCode } from './codes';

/** Why a result needs a second look. */
export type Flag = 'other-assignment' | 'not-drawn' | 'late' | 'duplicate' | 'score-differs' | 'unknown-question';

export const FLAG_TEXT: Record<Flag, string> = {
  'other-assignment': '不属于本次测验',
  'not-drawn': '题目与本次测验的抽题不符',
  late: '截止日期后交卷',
  duplicate: '重复提交（同一工号）',
  'score-differs': '结果码中的分数与复核不符',
  'unknown-question': '含题库中没有的题目',
};

/** The quiz definition an assignment stands for: a named quiz, or a draw over topics. */
export function assignmentQuiz(a: Assignment, quizzes: QuizDefinition[]): QuizDefinition {
  const base = quizzes.find((q) => q.id === a.q);
  // An exam defined per topic keeps its per-topic draw; the manager sets time and pass mark.
  if (base?.perTopic) return { ...base, title: a.t, minutes: a.m, passMark: a.p };
  return {
    id: base?.id ?? 'assignment',
    title: a.t,
    summary: base?.summary ?? `按主题抽题：${a.tp.join('、')}`,
    mode: 'exam',
    topics: base && !base.perTopic ? base.topics : a.tp,
    chapters: base && !base.perTopic ? base.chapters : [],
    count: a.n,
    minutes: a.m,
    passMark: a.p,
  };
}

/** The questions every trainee of an assignment gets (the same seeded draw). */
export function assignmentQuestions(a: Assignment, quizzes: QuizDefinition[], bank: Question[]): Question[] {
  const quiz = assignmentQuiz(a, quizzes);
  return draw(quiz, candidates(quiz, bank), hashSeed(a.s));
}

/** The last moment of the due date, in China Standard Time (UTC+8). */
export function dueEnd(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 23, 59, 59, 999) - 8 * 3_600_000;
}

export interface RosterRow {
  name: string;
  staffNo: string;
  score: Score;
  passed: boolean;
  minutes: number;
  finishedAt: number;
  flags: Flag[];
  /** The result code's check: its verification code. */
  check: string;
}

/**
 * Re-grades a set of decoded results for one assignment (identified by its code's check).
 * Order of arrival decides which of two results with the same staff number is the duplicate.
 */
export function buildRoster(
  assignment: { data: Assignment; check: string },
  results: { data: ResultCode; check: string }[],
  bank: Question[],
  quizzes: QuizDefinition[],
): RosterRow[] {
  const expected = assignmentQuestions(assignment.data, quizzes, bank).map((q) => q.id);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const seenStaff = new Set<string>();
  const seenCodes = new Set<string>();
  return results.map(({ data: r, check }) => {
    const flags: Flag[] = [];
    if (r.ac !== assignment.check || JSON.stringify(r.a) !== JSON.stringify(assignment.data)) flags.push('other-assignment');
    if ([...r.qs].sort().join() !== [...expected].sort().join()) flags.push('not-drawn');
    const questions = r.qs.map((id) => byId.get(id)).filter((q): q is Question => !!q);
    if (questions.length !== r.qs.length) flags.push('unknown-question');
    if (r.fi > dueEnd(assignment.data.d)) flags.push('late');
    const staff = r.no.trim().toUpperCase();
    if (seenStaff.has(staff) || seenCodes.has(check)) flags.push('duplicate');
    seenStaff.add(staff);
    seenCodes.add(check);
    // Grade over the questions asked; a question missing from the bank counts as wrong.
    const s = score(questions, r.r);
    const graded: Score = { ...s, total: r.qs.length, percent: Math.round((s.correct / r.qs.length) * 100) };
    if (graded.percent !== r.sc) flags.push('score-differs');
    return {
      name: r.nm,
      staffNo: r.no,
      score: graded,
      passed: graded.percent >= assignment.data.p,
      minutes: Math.max(0, Math.round((r.fi - r.st) / 60_000)),
      finishedAt: r.fi,
      flags,
      check,
    };
  });
}

/** Topics by how often the group answered wrongly, worst first (counted over clean results). */
export function missedTopics(rows: RosterRow[]): { topic: QuizTopic; wrong: number; total: number }[] {
  const totals = new Map<QuizTopic, { wrong: number; total: number }>();
  for (const row of rows.filter((r) => r.flags.length === 0 || r.flags.every((f) => f === 'late'))) {
    for (const [topic, s] of Object.entries(row.score.byTopic) as [QuizTopic, { correct: number; total: number }][]) {
      const t = totals.get(topic) ?? { wrong: 0, total: 0 };
      totals.set(topic, { wrong: t.wrong + (s.total - s.correct), total: t.total + s.total });
    }
  }
  return [...totals].map(([topic, t]) => ({ topic, ...t })).sort((a, b) => b.wrong / b.total - a.wrong / a.total);
}

/** One CSV cell: quoted when needed, and never starting like a spreadsheet formula. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The roster as CSV: UTF-8 with a byte-order mark and CRLF line ends, so Excel reads the Chinese. */
export function rosterCsv(rows: RosterRow[], assignment: Assignment): string {
  const topics = QUIZ_TOPICS.filter((t) => rows.some((r) => r.score.byTopic[t]));
  const head = ['姓名', '工号', '得分', '是否通过', '用时（分钟）', '交卷时间', ...topics.map((t) => `${t}（答对/题数）`), '核验码', '备注'];
  const time = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const lines = rows.map((r) => [
    r.name,
    r.staffNo,
    r.score.percent,
    r.passed ? '通过' : '未通过',
    r.minutes,
    time(r.finishedAt),
    ...topics.map((t) => (r.score.byTopic[t] ? `${r.score.byTopic[t]!.correct}/${r.score.byTopic[t]!.total}` : '')),
    r.check,
    r.flags.map((f) => FLAG_TEXT[f]).join('；'),
  ]);
  const title = [`${assignment.t}${assignment.g ? `（${assignment.g}）` : ''}`, `及格线 ${assignment.p} 分`, `截止 ${assignment.d}`];
  return '\uFEFF' + [title, head, ...lines].map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
