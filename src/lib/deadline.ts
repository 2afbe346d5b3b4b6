/**
 * Due dates for time limits. 工作日 are counted with mainland China's public holidays and
 * make-up working days (调休) from the `chinese-days` library, which is maintained against the
 * State Council's yearly holiday notice — we do not keep our own holiday table. 日 are
 * calendar days (周末和节假日照算); 小时 are clock hours.
 *
 * Convention, stated to the user with every result: the day the clock starts (起算日) is not
 * counted; counting begins the next day. When any day counted lies in a year the library has
 * no holiday data for, the result carries a warning instead of silently treating that year's
 * holidays as working days.
 */
import chineseDays from 'chinese-days';

const { isWorkday, getDayDetail, getHolidaysInRange } = chineseDays;

export type LimitUnit = '工作日' | '日' | '小时';

export interface DeadlineInput {
  /** Start date (起算日) as YYYY-MM-DD; for 小时, YYYY-MM-DDTHH:mm. */
  start: string;
  /** The limit. */
  limit: { value: number; unit: LimitUnit; bound?: '以内' | '不少于' };
}

export interface SkippedDay {
  date: string;
  /** Why it was skipped: 周末 or the holiday's name. */
  reason: string;
}

export interface DeadlineResult {
  /** The due date (YYYY-MM-DD), or date-time (YYYY-MM-DDTHH:mm) for 小时. */
  due: string;
  /** How the days were counted, in one sentence for the user. */
  method: string;
  /** Non-working days passed over (工作日 only). */
  skipped: SkippedDay[];
  /** Make-up working days (调休上班) that were counted (工作日 only). */
  makeUpDays: string[];
  /** Set when a counted day lies outside the holiday data. */
  warning?: string;
}

const DAY = 86_400_000;
const coverage = new Map<number, boolean>();

/** Whether the library has the official holiday arrangement for `year`. */
export function hasHolidayData(year: number): boolean {
  if (!coverage.has(year)) {
    coverage.set(year, getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0);
  }
  return coverage.get(year)!;
}

/** The first and last year with holiday data, found by probing around the current year. */
export function holidayDataYears(today = new Date()): { first: number; last: number } {
  let last = today.getUTCFullYear() + 2;
  while (last > 1990 && !hasHolidayData(last)) last--;
  let first = last;
  while (hasHolidayData(first - 1)) first--;
  return { first, last };
}

export function parseDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${iso}`);
  const [, y, mo, d, h = '0', mi = '0'] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
  if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) throw new RangeError(`不存在的日期：${iso}`);
  return date;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const isoDateTime = (d: Date) => d.toISOString().slice(0, 16);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

function uncoveredYears(from: Date, to: Date): number[] {
  const years: number[] = [];
  for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++) if (!hasHolidayData(y)) years.push(y);
  return years;
}

function warningFor(years: number[]): string | undefined {
  if (years.length === 0) return undefined;
  const { first, last } = holidayDataYears();
  return `${years.join('、')}年的法定节假日和调休安排还没有收录（目前收录 ${first}–${last} 年）。这段时间只按周末推算，实际到期日可能不同，请按国务院公布的放假安排核对。`;
}

export function computeDeadline({ start, limit }: DeadlineInput): DeadlineResult {
  if (!Number.isInteger(limit.value) || limit.value <= 0) throw new RangeError('时限必须是正整数');
  const startDate = parseDate(start);

  if (limit.unit === '小时') {
    const due = new Date(startDate.getTime() + limit.value * 3_600_000);
    return { due: isoDateTime(due), method: `按小时连续计算：从起算时刻起 ${limit.value} 小时。`, skipped: [], makeUpDays: [] };
  }

  if (limit.unit === '日') {
    const due = addDays(startDate, limit.value);
    return {
      due: isoDate(due),
      method: `按自然日计算：起算日当天不计，从次日起连续数 ${limit.value} 天，周末和节假日照算。`,
      skipped: [],
      makeUpDays: [],
      warning: undefined,
    };
  }

  const skipped: SkippedDay[] = [];
  const makeUpDays: string[] = [];
  let day = startDate;
  let counted = 0;
  while (counted < limit.value) {
    day = addDays(day, 1);
    const iso = isoDate(day);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (isWorkday(iso)) {
      counted++;
      if (weekend) makeUpDays.push(iso);
    } else {
      const detail = getDayDetail(iso);
      const name = detail.name.split(',')[1];
      skipped.push({ date: iso, reason: weekend && !name ? '周末' : (name ?? '周末') });
    }
  }
  return {
    due: isoDate(day),
    method: `按工作日计算：起算日当天不计，从次日起数 ${limit.value} 个工作日，跳过周末和法定节假日，调休上班的周末计入。`,
    skipped,
    makeUpDays,
    warning: warningFor(uncoveredYears(startDate, day)),
  };
}

/** "2026年10月12日（星期一）" for a YYYY-MM-DD date. */
export function formatChineseDate(iso: string): string {
  const d = parseDate(iso.slice(0, 10));
  const week = '日一二三四五六'[d.getUTCDay()];
  const time = iso.length > 10 ? ` ${iso.slice(11, 16)}` : '';
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（星期${week}）${time}`;
}
