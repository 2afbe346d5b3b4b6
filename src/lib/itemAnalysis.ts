/**
 * Item analysis as Moodle's quiz statistics report computes it (classical test theory), so a
 * manager who knows Moodle reads the same figures:
 *
 * - facility index F = mean item score ÷ maximum item score, as a percentage (for items scored
 *   right/wrong: the share of trainees who got it right);
 * - discrimination index D = the Pearson correlation between the item score and the score on the
 *   rest of the test (total minus this item) — the corrected point-biserial — as a percentage;
 * - KR-20 (Kuder–Richardson 20) = k/(k−1) · (1 − Σ p·q / σ²), the coefficient of internal
 *   consistency Moodle reports, for right/wrong items, computed over the positions of the paper
 *   (Moodle's "slots"), so it is meaningful even when each trainee draws other questions into them.
 *
 * Population variances throughout (divide by n), as in the KR-20 formula. Pure functions: the
 * results page, the CSV and the unit tests call the same code.
 */

/** Fewer answers than this say nothing about an item: no flag is raised below it. */
export const MIN_ANSWERS_TO_FLAG = 5;
/** Facility at or above this is flagged as too easy (Moodle's bands: 90–94 very easy, 95–100 extremely easy). */
export const TOO_EASY = 90;
/** Facility at or below this is flagged as too hard (Moodle's bands: 6–10 very difficult, ≤5 extremely difficult). */
export const TOO_HARD = 10;
/** KR-20 needs at least this many results to mean anything. */
export const MIN_RESULTS_FOR_KR20 = 10;

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative';

export const ITEM_FLAG_TEXT: Record<ItemFlag, string> = {
  'too-easy': '太容易',
  'too-hard': '太难',
  negative: '区分度为负（答得好的人反而更常答错，请检查题目和答案）',
};

/** One trainee's counted attempt, question by question. */
export interface AnsweredPaper {
  /** Per position of the paper (slot): which question sat there, whether it was right, and what was chosen. */
  items: { slot: number; questionId: string; right: boolean; choice: string | null }[];
}

export interface ItemStatistics {
  questionId: string;
  /** How many trainees answered (saw) it. */
  n: number;
  right: number;
  /** Facility index, percent. */
  facility: number;
  /** Standard deviation of the item score (0/1), as a percentage of the maximum. */
  sd: number;
  /** Discrimination index (corrected point-biserial), percent; null when it cannot be computed (no variance). */
  discrimination: number | null;
  /** How many trainees gave each answer (option id, 正确/错误, a number …; '' = no answer). */
  choices: Record<string, number>;
  flags: ItemFlag[];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return mean(xs.map((x) => (x - m) ** 2));
};

/** Pearson's r of two equally long series; null when either has no variance. */
export function correlation(xs: number[], ys: number[]): number | null {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Statistics for every question any paper holds, in order of first appearance by slot. */
export function itemStatistics(papers: AnsweredPaper[]): ItemStatistics[] {
  const totals = papers.map((p) => p.items.filter((i) => i.right).length);
  const byQuestion = new Map<string, { slot: number; scores: number[]; rest: number[]; choices: Record<string, number> }>();
  papers.forEach((paper, k) => {
    for (const item of paper.items) {
      const entry = byQuestion.get(item.questionId) ?? { slot: item.slot, scores: [], rest: [], choices: {} };
      const x = item.right ? 1 : 0;
      entry.scores.push(x);
      entry.rest.push(totals[k] - x);
      const answers = item.choice === null ? [''] : item.choice.split(',');
      for (const a of answers) entry.choices[a] = (entry.choices[a] ?? 0) + 1;
      byQuestion.set(item.questionId, entry);
    }
  });
  return [...byQuestion]
    .sort(([a, x], [b, y]) => x.slot - y.slot || (a < b ? -1 : 1))
    .map(([questionId, e]) => {
      const n = e.scores.length;
      const right = e.scores.filter((x) => x === 1).length;
      const facility = (right / n) * 100;
      const r = correlation(e.scores, e.rest);
      const discrimination = r === null ? null : r * 100;
      const flags: ItemFlag[] = [];
      if (n >= MIN_ANSWERS_TO_FLAG) {
        if (facility >= TOO_EASY) flags.push('too-easy');
        if (facility <= TOO_HARD) flags.push('too-hard');
        if (discrimination !== null && discrimination < 0) flags.push('negative');
      }
      return { questionId, n, right, facility, sd: Math.sqrt(variance(e.scores)) * 100, discrimination, choices: e.choices, flags };
    });
}

/**
 * KR-20 over the slots of the paper. Null with fewer than MIN_RESULTS_FOR_KR20 papers, fewer than
 * two slots, or no spread in the totals (then reliability is undefined).
 */
export function kr20(papers: AnsweredPaper[]): number | null {
  if (papers.length < MIN_RESULTS_FOR_KR20) return null;
  const slots = [...new Set(papers.flatMap((p) => p.items.map((i) => i.slot)))].sort((a, b) => a - b);
  const k = slots.length;
  if (k < 2) return null;
  const scoreAt = (p: AnsweredPaper, slot: number) => (p.items.find((i) => i.slot === slot)?.right ? 1 : 0);
  const totals = papers.map((p) => slots.reduce((sum, s) => sum + scoreAt(p, s), 0));
  const totalVariance = variance(totals);
  if (totalVariance === 0) return null;
  const sumPq = slots.reduce((sum, s) => {
    const p = mean(papers.map((paper) => scoreAt(paper, s)));
    return sum + p * (1 - p);
  }, 0);
  return (k / (k - 1)) * (1 - sumPq / totalVariance);
}
