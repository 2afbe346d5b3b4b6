/**
 * Whether the 期限计算器 can count a rule: a 期限 with a number, counted from its trigger. A 服务标准
 * (每日24小时电话服务, 人工接听不少于8小时) is not counted from any event, and a duty without a
 * number (委托领取超过1000元须通知本人) has nothing to count; no calculator offers either and no
 * 时限速查 row links to one. Read from the rule's data, never from a list of ids.
 */
export type WithLimit<R extends { limit?: unknown }> = R & { limit: NonNullable<R['limit']> };

/** Whether the rule states a number of units (most do; a few duties have none). */
export function hasLimit<R extends { limit?: unknown }>(rule: R): rule is WithLimit<R> {
  return rule.limit !== undefined;
}

export function isCountable<R extends { requirement: '期限' | '服务标准'; limit?: unknown }>(rule: R): rule is WithLimit<R> {
  return rule.requirement === '期限' && hasLimit(rule);
}
