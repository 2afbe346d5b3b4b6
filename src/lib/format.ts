/** Formatting shared by every place that prints a norm, so a limit reads the same everywhere. */

/** "2个工作日", "3日", "24小时" — the unit exactly as the source has it. */
export function formatLimit(limit: { value: number; unit: '工作日' | '日' | '小时' }): string {
  return limit.unit === '工作日' ? `${limit.value}个工作日` : `${limit.value}${limit.unit}`;
}

/** "2010年《基本服务规定》第十九条第一款" from a source's short title and an article. */
export function formatCitation(shortTitle: string, article: string): string {
  return `${shortTitle}${article}`;
}
