/**
 * Whether the 期限计算器 can count a rule: a 期限 counted from its trigger. A 服务标准 (每日24小时
 * 电话服务, 人工接听不少于8小时) is not counted from any event, so no calculator offers it and no
 * 时限速查 row links to one. Read from the rule's data, never from a list of ids.
 */
export function isCountable(rule: { requirement: '期限' | '服务标准' }): boolean {
  return rule.requirement === '期限';
}
