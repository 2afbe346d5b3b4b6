/**
 * The 单位 filter on 时限速查: which choice a unit falls under. 天 and 日 are both calendar days,
 * so a 天 rule (犹豫期不少于15天) is found under 日 as well as under its own word.
 */
import { LIMIT_UNITS, type LimitUnit } from '../schemas/enums';

/** The filter choices, in the vocabulary's order: every unit except 天, which 日 covers. */
export const UNIT_FILTER_CHOICES = LIMIT_UNITS.filter((u) => u !== '天');

/** The values a row carries in `data-unit` (space-separated; the filter matches any of them). */
export function unitFilterValue(unit: LimitUnit): string {
  return unit === '天' ? '天 日' : unit;
}
