/**
 * Due dates for time limits, counted the way 《民法典》第二百条至第二百零三条 count periods.
 *
 * - 第二百零一条: the day the clock starts (起算日) is not counted; counting begins the next day.
 *   For 小时, counting starts at the moment given.
 * - 工作日 skip weekends and holidays and count 调休 make-up days (calendar: src/lib/holidays.ts).
 * - 日 and 天 are calendar days (周末和节假日照算); the word follows the source.
 * - 年 (第二百零二条): the same month and day in the year the period ends; when that month has no
 *   such day (29 February), its last day.
 * - 第二百零三条: when the last day of a 日/天/年 period is a 法定休假日, the period ends on the
 *   day after the holiday. The plain count is always returned too; the moved date comes beside it.
 *   The calculator reads 法定休假日 as a day off within an arranged holiday period, the weekend
 *   days inside that period included, but not an ordinary weekend (README, “期限怎么算”).
 *
 * A result that relies on a year whose holiday arrangement is not yet published is 暂定.
 */
import { t } from '../i18n/ui';
import { addDays, createCalendar, isoDate, type Calendar, type DayInfo } from './holidays';

export type LimitUnit = '工作日' | '日' | '天' | '小时' | '年';

export interface DeadlineInput {
  /** Start date (起算日) as YYYY-MM-DD; for 小时, YYYY-MM-DDTHH:mm. */
  start: string;
  /** The limit. */
  limit: { value: number; unit: LimitUnit; bound?: '以内' | '不少于' };
  /** Which days are working days; defaults to chinese-days with the statutory fallback. */
  calendar?: Calendar;
}

export interface SkippedDay {
  date: string;
  /** Why it was skipped: 周末 or the holiday's name. */
  reason: string;
}

export interface MovedDate {
  /** The last day after 民法典第二百零三条 (YYYY-MM-DD). */
  date: string;
  /** The holiday the plain last day falls in. */
  holiday: string;
  /** One sentence: why, with the article. */
  explanation: string;
}

export interface DeadlineResult {
  /** The due date by plain count (YYYY-MM-DD), or date-time (YYYY-MM-DDTHH:mm) for 小时. */
  due: string;
  /** How the days were counted, in one sentence for the user, citing the article. */
  method: string;
  /** Non-working days passed over (工作日 only). */
  skipped: SkippedDay[];
  /** Make-up working days (调休上班) that were counted (工作日 only). */
  makeUpDays: string[];
  /** The last day moved past a 法定休假日 (日/天/年 deadlines only). */
  moved?: MovedDate;
  /** Set when the answer relies on a year without a published arrangement: what is uncertain. */
  provisional?: string;
  /** Set when a counted day lies in a year with no holiday data at all (before the package's range). */
  warning?: string;
}

let defaultCalendar: Calendar | undefined;
const calendarOr = (c?: Calendar) => c ?? (defaultCalendar ??= createCalendar());

export function parseDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${iso}`);
  const [, y, mo, d, h = '0', mi = '0'] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
  if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) throw new RangeError(`不存在的日期：${iso}`);
  return date;
}

export { isoDate };
const isoDateTime = (d: Date) => d.toISOString().slice(0, 16);

/** 第二百零二条: the same month and day `years` later, or that month's last day. */
function addYears(d: Date, years: number): Date {
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfMonth)));
}

/** "10月1日", with the year when the dates shown span two years. */
export function shortDate(iso: string, withYear = false): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/**
 * Years in which the notice, once published, could still change this answer (some day among
 * `days` may change in the way `matters` says), and years with no data at all.
 */
function uncertainty(cal: Calendar, days: DayInfo[], matters: (d: DayInfo) => boolean) {
  const years = (list: DayInfo[]) => [...new Set(list.map((d) => Number(d.date.slice(0, 4))))];
  const missing = years(days.filter((d) => d.basis === 'none'));
  return {
    provisional: years(days.filter((d) => d.basis === 'statutory' && matters(d))),
    warning: missing.length
      ? t('calc.noData', { years: missing.join('、'), first: cal.firstArranged, last: cal.lastArranged })
      : undefined,
  };
}

/** 第二百零三条: the day after the holiday period the last day falls in, if it falls in one. */
function moveOffHoliday(cal: Calendar, last: Date): { moved?: MovedDate; days: DayInfo[] } {
  const first = cal.day(isoDate(last));
  if (!first.statutoryRest) return { days: [first] };
  const days = [first];
  let d = last;
  do {
    d = addDays(d, 1);
    days.push(cal.day(isoDate(d)));
  } while (days[days.length - 1].statutoryRest);
  const date = isoDate(d);
  const spansYears = date.slice(0, 4) !== first.date.slice(0, 4);
  return {
    days,
    moved: {
      date,
      holiday: first.holiday!,
      explanation: t('calc.movedWhy', { day: shortDate(first.date, spansYears), holiday: first.holiday! }),
    },
  };
}

export function computeDeadline({ start, limit, calendar }: DeadlineInput): DeadlineResult {
  if (!Number.isInteger(limit.value) || limit.value <= 0) throw new RangeError('时限必须是正整数');
  const startDate = parseDate(start);
  const cal = calendarOr(calendar);
  const minimum = limit.bound === '不少于';

  if (limit.unit === '小时') {
    const due = new Date(startDate.getTime() + limit.value * 3_600_000);
    return { due: isoDateTime(due), method: t('calc.method.hours', { n: limit.value }), skipped: [], makeUpDays: [] };
  }

  if (limit.unit === '日' || limit.unit === '天' || limit.unit === '年') {
    const last = limit.unit === '年' ? addYears(startDate, limit.value) : addDays(startDate, limit.value);
    const method =
      limit.unit === '年' ? t('calc.method.years', { n: limit.value }) : t('calc.method.days', { n: limit.value, unit: limit.unit });
    // A minimum (公示不少于5日) is met by the plain count; moving it would only lengthen it.
    if (minimum) return { due: isoDate(last), method, skipped: [], makeUpDays: [] };
    const { moved, days } = moveOffHoliday(cal, last);
    // 第二百零三条 only cares whether the last day (and the days after it) are days off.
    const { provisional, warning } = uncertainty(cal, days, (d) => d.statutoryRest || d.mayChange === 'rest');
    return {
      due: isoDate(last),
      method,
      skipped: [],
      makeUpDays: [],
      moved,
      provisional: provisional.length ? t('calc.provisional.days', { years: provisional.join('、') }) : undefined,
      warning,
    };
  }

  const skipped: SkippedDay[] = [];
  const makeUpDays: string[] = [];
  const seen: DayInfo[] = [];
  let day = startDate;
  let counted = 0;
  while (counted < limit.value) {
    day = addDays(day, 1);
    const info = cal.day(isoDate(day));
    seen.push(info);
    if (info.work) {
      counted++;
      if (info.makeUp) makeUpDays.push(info.date);
    } else {
      skipped.push({ date: info.date, reason: info.holiday ?? '周末' });
    }
  }
  const { provisional, warning } = uncertainty(cal, seen, (d) => d.mayChange !== undefined);
  return {
    due: isoDate(day),
    method: t('calc.method.workdays', { n: limit.value }),
    skipped,
    makeUpDays,
    provisional: provisional.length ? t('calc.provisional.workdays', { years: provisional.join('、') }) : undefined,
    warning,
  };
}

/** "2026年10月12日（星期一）" for a YYYY-MM-DD date. */
export function formatChineseDate(iso: string): string {
  const d = parseDate(iso.slice(0, 10));
  const week = '日一二三四五六'[d.getUTCDay()];
  const time = iso.length > 10 ? ` ${iso.slice(11, 16)}` : '';
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（星期${week}）${time}`;
}
