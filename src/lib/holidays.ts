/**
 * Which days are working days, and which are 法定休假日, for the deadline calculator.
 *
 * Three sources, first match wins for a given year:
 *  1. the holiday overlay (src/content/norms/holidays/<year>.yaml): the State Council's yearly
 *     notice typed in by whoever maintains the site, the day it is published;
 *  2. `chinese-days`, a maintained package that follows the same yearly notices (days off and
 *     调休 make-up working days); we keep no holiday table of our own for those years;
 *  3. for later years, which no notice covers yet: the 13 statutory holiday days fixed by
 *     《全国年节及纪念日放假办法》 (2024 revision, in force 2025-01-01). Their lunar and
 *     solar-term dates (除夕, 初一–初三, 端午, 中秋, 清明) come from chinese-days' own lunar
 *     calendar and solar-term functions rather than from a table or a formula of ours: the
 *     package is maintained and already is the project's holiday dependency. Days counted
 *     this way are 暂定 (provisional): the yearly 调休 is unknown until the notice.
 *
 * Browser-safe: no file system, no zod. The overlay arrives as plain data (see `compactOverlay`).
 */
import chineseDays from 'chinese-days';
import type { HolidayYear } from '../schemas/holiday';

const { getDayDetail, getHolidaysInRange, getSolarDateFromLunar, getSolarTermDate } = chineseDays;

/** The seven festivals of 《全国年节及纪念日放假办法》, as the yearly notice names them. */
export const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type Festival = (typeof FESTIVALS)[number];

const DAY = 86_400_000;
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** The law's 13 days begin with 2025; before that the 2013 text applied (no 除夕, one 劳动节 day). */
export const STATUTORY_RULES_FROM = 2025;

/** The statutory holiday days of `year` under the 2024 revision, with the festival each belongs to. */
export function statutoryHolidays(year: number): { date: string; festival: Festival; label: string }[] {
  const chuyi = utc(getSolarDateFromLunar(`${year}-01-01`).date);
  const days: { date: string; festival: Festival; label: string }[] = [
    { date: `${year}-01-01`, festival: '元旦', label: '元旦' },
    // 除夕 is the last day of the twelfth lunar month (the 29th or the 30th): the day before 初一.
    { date: isoDate(addDays(chuyi, -1)), festival: '春节', label: '除夕' },
    { date: isoDate(chuyi), festival: '春节', label: '正月初一' },
    { date: isoDate(addDays(chuyi, 1)), festival: '春节', label: '正月初二' },
    { date: isoDate(addDays(chuyi, 2)), festival: '春节', label: '正月初三' },
    { date: getSolarTermDate(year, 4, 'pure_brightness'), festival: '清明节', label: '清明' },
    { date: `${year}-05-01`, festival: '劳动节', label: '5月1日' },
    { date: `${year}-05-02`, festival: '劳动节', label: '5月2日' },
    // In a year with a leap fifth month the package also returns the leap date; 端午 is the first.
    { date: getSolarDateFromLunar(`${year}-05-05`).date, festival: '端午节', label: '端午' },
    { date: getSolarDateFromLunar(`${year}-08-15`).date, festival: '中秋节', label: '中秋' },
    { date: `${year}-10-01`, festival: '国庆节', label: '10月1日' },
    { date: `${year}-10-02`, festival: '国庆节', label: '10月2日' },
    { date: `${year}-10-03`, festival: '国庆节', label: '10月3日' },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The overlay as the browser receives it: per year, days off (with the holiday's name) and make-up days. */
export interface CompactYear {
  /** The notice's title and publication date, said with results that rely on it. */
  notice: string;
  /** [from, to, name] periods of days off, inclusive. */
  off: [string, string, string][];
  /** Weekend days that are working days (调休上班). */
  makeUp: string[];
}
export type CompactOverlay = Record<string, CompactYear>;

/** The overlay entries in the small form the pages hand to the browser. */
export function compactOverlay(years: HolidayYear[]): CompactOverlay {
  return Object.fromEntries(
    years.map((y) => [
      String(y.year),
      {
        notice: `${y.notice.title}（${y.notice.published}）`,
        off: y.holidays.map((h) => [h.from, h.to, h.festivals.join('、')] as [string, string, string]),
        makeUp: y.holidays.flatMap((h) => h.makeUp),
      },
    ]),
  );
}

/** Where a year's calendar comes from. */
export type Basis = 'overlay' | 'package' | 'statutory' | 'none';

export interface DayInfo {
  date: string;
  /** Whether the day is a working day. */
  work: boolean;
  /** Set on holiday days off and on make-up working days: the holiday's name. */
  holiday?: string;
  /** A weekend day that is a working day (调休上班). */
  makeUp: boolean;
  /** Whether the day is 法定休假日 in the sense the calculator uses for 民法典第二百零三条: a day off
   *  inside an arranged holiday period (its weekend days included), not an ordinary weekend. */
  statutoryRest: boolean;
  basis: Basis;
  /** Only in a year without a published arrangement: the notice may still make this day a
   *  day off (`rest`) or, for a weekend day, a make-up working day (`work`). */
  mayChange?: 'rest' | 'work';
}

/**
 * How far from a festival's statutory days the yearly notice reaches. Over the package's
 * 2004–2026 arrangements, days off never lay more than 2 days before or 6 days after their
 * festival's statutory days (counted with the 2024 law's days), and make-up working days never
 * more than 11 days either side (tests/unit/holidays.test.ts checks this). One day of margin.
 */
export const NOTICE_REACH = { rest: { before: 3, after: 7 }, work: { before: 12, after: 12 } } as const;

/** The package's names, made the same as the statutory names (中秋 → 中秋节). */
const PACKAGE_NAMES: Record<string, string> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
};
const packageName = (raw: string) => {
  const zh = raw.split(',')[1];
  return zh ? (PACKAGE_NAMES[zh] ?? zh) : undefined;
};

const packageCoverage = new Map<number, boolean>();
/** Whether chinese-days has the State Council's arrangement for `year`. */
export function packageHasYear(year: number): boolean {
  if (!packageCoverage.has(year)) {
    packageCoverage.set(year, getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0);
  }
  return packageCoverage.get(year)!;
}

/** The first and last year chinese-days covers, probing outward from the year given. */
export function packageYears(around: number): { first: number; last: number } {
  let last = around + 2;
  while (last > 1990 && !packageHasYear(last)) last--;
  let first = last;
  while (packageHasYear(first - 1)) first--;
  return { first, last };
}

/** The last year of the unbroken run of arranged years that starts at `year` (year − 1 if `year` has none). */
export function arrangedThrough(year: number, has: (year: number) => boolean): number {
  if (!has(year)) return year - 1;
  let last = year;
  while (has(last + 1)) last++;
  return last;
}

export interface Calendar {
  day(iso: string): DayInfo;
  basis(year: number): Basis;
  /** The notice an overlay year rests on, for saying so. */
  notice(year: number): string | undefined;
  /** The last year with a published arrangement (package or overlay). */
  lastArranged: number;
  firstArranged: number;
}

/** A calendar over the package, the overlay (which wins) and the statutory fallback. */
export function createCalendar(overlay: CompactOverlay = {}, today = new Date()): Calendar {
  const overlayYears = Object.keys(overlay).map(Number);
  const pkg = packageYears(today.getUTCFullYear());
  const arranged = (y: number) => overlayYears.includes(y) || packageHasYear(y);
  const lastArranged = arrangedThrough(pkg.last, arranged);
  const firstArranged = Math.min(pkg.first, ...overlayYears);

  const overlayDays = new Map<number, { off: Map<string, string>; makeUp: Map<string, string> }>();
  for (const [year, y] of Object.entries(overlay)) {
    const off = new Map<string, string>();
    const makeUp = new Map<string, string>();
    for (const [from, to, name] of y.off) {
      for (let d = utc(from); d <= utc(to); d = addDays(d, 1)) off.set(isoDate(d), name);
    }
    // A make-up day belongs to the nearest holiday period (for naming it only).
    for (const m of y.makeUp) {
      const nearest = [...y.off].sort(
        (a, b) => Math.abs(utc(a[0]).getTime() - utc(m).getTime()) - Math.abs(utc(b[0]).getTime() - utc(m).getTime()),
      )[0];
      makeUp.set(m, nearest?.[2] ?? '');
    }
    overlayDays.set(Number(year), { off, makeUp });
  }
  const statutoryCache = new Map<number, Map<string, string>>();
  const statutory = (year: number) => {
    if (!statutoryCache.has(year)) {
      statutoryCache.set(year, new Map(statutoryHolidays(year).map((h) => [h.date, h.festival])));
    }
    return statutoryCache.get(year)!;
  };

  /** Each festival's first and last statutory day, for this year and the next year's 元旦. */
  const spansCache = new Map<number, [Date, Date][]>();
  const spans = (year: number) => {
    if (!spansCache.has(year)) {
      const byFestival = new Map<string, Date[]>();
      for (const h of [...statutoryHolidays(year), ...statutoryHolidays(year + 1).filter((h) => h.festival === '元旦')]) {
        const key = `${h.date.slice(0, 4)}-${h.festival}`;
        byFestival.set(key, [...(byFestival.get(key) ?? []), utc(h.date)]);
      }
      spansCache.set(year, [...byFestival.values()].map((ds) => [ds[0], ds[ds.length - 1]]));
    }
    return spansCache.get(year)!;
  };

  const basis = (year: number): Basis => {
    if (overlayDays.has(year)) return 'overlay';
    if (packageHasYear(year)) return 'package';
    if (year > lastArranged && year >= STATUTORY_RULES_FROM) return 'statutory';
    return 'none';
  };

  const day = (iso: string): DayInfo => {
    const d = utc(iso);
    const year = d.getUTCFullYear();
    const weekend = isWeekend(d);
    const b = basis(year);
    // Overlay periods may reach into the neighbouring year (元旦 from 31 December); look at both.
    for (const y of [year, year + 1, year - 1]) {
      const o = overlayDays.get(y);
      if (!o) continue;
      const name = o.off.get(iso);
      if (name) return { date: iso, work: false, holiday: name, makeUp: false, statutoryRest: true, basis: 'overlay' };
      const made = o.makeUp.get(iso);
      if (made !== undefined) return { date: iso, work: true, holiday: made, makeUp: true, statutoryRest: false, basis: 'overlay' };
    }
    if (b === 'overlay' || b === 'none') {
      return { date: iso, work: !weekend, makeUp: false, statutoryRest: false, basis: b };
    }
    if (b === 'package') {
      const detail = getDayDetail(iso);
      const holiday = packageName(detail.name);
      return {
        date: iso,
        work: detail.work,
        holiday,
        makeUp: detail.work && weekend,
        statutoryRest: !detail.work && !!holiday,
        basis: b,
      };
    }
    const festival = statutory(year).get(iso);
    if (festival) return { date: iso, work: false, holiday: festival, makeUp: false, statutoryRest: true, basis: b };
    const reach = (kind: 'rest' | 'work') =>
      spans(year).some(([from, to]) => {
        const r = NOTICE_REACH[kind];
        return d >= addDays(from, -r.before) && d <= addDays(to, r.after);
      });
    const mayChange = reach('rest') ? 'rest' : weekend && reach('work') ? 'work' : undefined;
    return { date: iso, work: !weekend, makeUp: false, statutoryRest: false, basis: b, mayChange };
  };

  return {
    day,
    basis,
    notice: (year) => overlay[String(year)]?.notice,
    lastArranged,
    firstArranged,
  };
}

/**
 * The maintainer's warning: the last year with a published holiday arrangement ends within
 * `days` days (or has ended). Undefined when there is time enough.
 */
export function coverageWarning(lastArranged: number, today: Date, days = 60): string | undefined {
  const end = utc(`${lastArranged}-12-31`);
  const left = Math.round((end.getTime() - utc(isoDate(today)).getTime()) / DAY);
  if (left > days) return undefined;
  const next = lastArranged + 1;
  const when = left >= 0 ? `还有 ${left} 天就到 ${lastArranged}-12-31` : `${lastArranged}-12-31 已经过去 ${-left} 天`;
  return [
    `节假日安排只收录到 ${lastArranged} 年（${when}）。`,
    `此后的工作日期限，期限计算器只能按《全国年节及纪念日放假办法》的法定节日推算，并标为“暂定”（调休未知）。`,
    `国务院办公厅公布 ${next} 年的放假安排后，请照通知新建 src/content/norms/holidays/${next}.yaml`,
    `（格式照同一文件夹里已有的年份文件，说明见 README 的“节假日安排与期限怎么算”），`,
    `或把 chinese-days 升级到收录 ${next} 年的版本，然后重新构建、发布。`,
  ].join('');
}
