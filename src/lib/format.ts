/** Formatting shared by every place that prints a norm, so a limit reads the same everywhere. */

import type { LimitUnit } from '../schemas/enums';

interface Limit {
  value: number;
  unit: LimitUnit;
  bound?: '以内' | '不少于';
}

/** "2个工作日", "3日", "15天", "2年", "24小时" — the unit exactly as the source has it; minimums read "不少于8小时". */
export function formatLimit(limit: Limit): string {
  const amount = limit.unit === '工作日' ? `${limit.value}个工作日` : `${limit.value}${limit.unit}`;
  return limit.bound === '不少于' ? `不少于${amount}` : amount;
}

/** What the 时限 column shows: the limit, or for a rule without a number what the source says instead (犹豫期内). */
export function limitText(rule: { limit?: Limit; timing?: string }): string {
  return rule.limit ? formatLimit(rule.limit) : (rule.timing ?? '');
}

/** "金额超过1000元" for a rule's money threshold. */
export function formatAmount(amount: { value: number; bound: '超过' | '不少于' }): string {
  return `金额${amount.bound}${amount.value}元`;
}

/** The rule as one sentence: "自收到申请之日起2个工作日内完成受理" / "提供人工接听服务不少于8小时（每个工作日）". */
export function ruleSentence(rule: { limit: Limit; trigger: string; action: string }): string {
  if (rule.limit.bound === '不少于') return `${rule.action}${formatLimit(rule.limit)}（${rule.trigger}）`;
  return `自${rule.trigger}起${formatLimit(rule.limit)}内${rule.action}`;
}

/** "2010年《基本服务规定》第十九条第一款" from a source's short title and an article. */
export function formatCitation(shortTitle: string, article: string): string {
  return `${shortTitle}${article}`;
}

/** "2026年11月30日" from "2026-11-30" (a day in the learner's progress record). */
export function formatDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
