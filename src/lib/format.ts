/** Formatting shared by every place that prints a norm, so a limit reads the same everywhere. */

interface Limit {
  value: number;
  unit: '工作日' | '日' | '小时';
  bound?: '以内' | '不少于';
}

/** "2个工作日", "3日", "24小时" — the unit exactly as the source has it; minimums read "不少于8小时". */
export function formatLimit(limit: Limit): string {
  const amount = limit.unit === '工作日' ? `${limit.value}个工作日` : `${limit.value}${limit.unit}`;
  return limit.bound === '不少于' ? `不少于${amount}` : amount;
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
