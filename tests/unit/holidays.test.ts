/**
 * The holiday calendar: statutory days computed from the lunar calendar, the overlay file for
 * 2026 checked day by day against chinese-days, the reach of the yearly notices, and the
 * maintainer's warning.
 */
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { join } from 'node:path';
import { readHolidayFiles } from '../../src/lib/holidayLoader';
import {
  NOTICE_REACH,
  arrangedThrough,
  compactOverlay,
  coverageWarning,
  createCalendar,
  isoDate,
  packageHasYear,
  statutoryHolidays,
} from '../../src/lib/holidays';
import { holidayYearSchema } from '../../src/schemas/holiday';

const root = process.cwd();
const overlayFiles = () => readHolidayFiles(root, 'src/content/norms/holidays');

describe('statutory holidays (全国年节及纪念日放假办法, 2024 revision)', () => {
  it('gives the 13 days of 2027, with 除夕 and 初一–初三 from the lunar calendar and 清明 from the solar terms', () => {
    expect(statutoryHolidays(2027).map((h) => `${h.date} ${h.label}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 除夕',
      '2027-02-06 正月初一',
      '2027-02-07 正月初二',
      '2027-02-08 正月初三',
      '2027-04-05 清明',
      '2027-05-01 5月1日',
      '2027-05-02 5月2日',
      '2027-06-09 端午',
      '2027-09-15 中秋',
      '2027-10-01 10月1日',
      '2027-10-02 10月2日',
      '2027-10-03 10月3日',
    ]);
  });

  it('puts 除夕 on the last day of the twelfth lunar month, whether it has 29 days or 30', () => {
    for (const [year, last] of [[2027, 29], [2030, 30]] as const) {
      const chuxi = statutoryHolidays(year).find((h) => h.label === '除夕')!.date;
      const lunar = chineseDays.getLunarDate(chuxi);
      expect([lunar.lunarMon, lunar.lunarDay], `${year}`).toEqual([12, last]);
    }
  });

  it('takes 端午 in the ordinary fifth month in a year with a leap fifth month (2028)', () => {
    expect(statutoryHolidays(2028).find((h) => h.label === '端午')!.date).toBe('2028-05-28');
  });
});

describe('the notices’ reach (NOTICE_REACH)', () => {
  it('over every year chinese-days has, days off and make-up days lie within the reach of their festival', () => {
    const names: Record<string, string> = {
      元旦: '元旦', 春节: '春节', 清明: '清明节', 劳动节: '劳动节', 端午: '端午节', 中秋: '中秋节', 国庆节: '国庆节',
    };
    let checked = 0;
    for (let year = 2004; packageHasYear(year); year++) {
      const stat = [...statutoryHolidays(year - 1), ...statutoryHolidays(year), ...statutoryHolidays(year + 1)];
      for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000) {
        const date = isoDate(new Date(t));
        const detail = chineseDays.getDayDetail(date);
        const festival = names[detail.name.split(',')[1]];
        if (!festival) continue;
        const reach = NOTICE_REACH[detail.work ? 'work' : 'rest'];
        // When 中秋 and 国庆 share one period (2025), the package names it after one of them.
        const autumn = ['中秋节', '国庆节'];
        const near = stat.filter((s) => s.festival === festival || (autumn.includes(festival) && autumn.includes(s.festival)));
        const within = near.some((s) => {
          const gap = (t - Date.parse(`${s.date}T00:00:00Z`)) / 86_400_000;
          return gap >= -reach.before && gap <= reach.after;
        });
        expect(within, `${date} ${detail.name}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('the overlay', () => {
  it('2026.yaml is valid and agrees with chinese-days on every day of 2026', () => {
    const [file] = overlayFiles().filter((f) => f.id === '2026');
    const parsed = holidayYearSchema.parse(file.data);
    const overlayOnly = createCalendar(compactOverlay([parsed]));
    for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = isoDate(new Date(t));
      const ours = overlayOnly.day(date);
      const pkg = chineseDays.getDayDetail(date);
      expect(ours.work, date).toBe(pkg.work);
      expect(ours.makeUp, date).toBe(pkg.work && [0, 6].includes(new Date(t).getUTCDay()));
    }
  });

  it('every overlay file is named after its year and valid', () => {
    for (const f of overlayFiles()) {
      expect(f.file).toMatch(/holidays\/\d{4}\.yaml$/);
      expect(holidayYearSchema.safeParse(f.data).success, f.file).toBe(true);
    }
  });

  it('counts an unbroken run of arranged years', () => {
    const has = (y: number) => [2025, 2026, 2028].includes(y);
    expect(arrangedThrough(2026, has)).toBe(2026);
    expect(arrangedThrough(2025, has)).toBe(2026);
    expect(arrangedThrough(2027, has)).toBe(2026);
  });
});

describe('the build warning for the maintainer', () => {
  it('says nothing while more than 60 days remain', () => {
    expect(coverageWarning(2026, new Date('2026-10-31T12:00:00Z'))).toBeUndefined();
  });

  it('on 2026-11-30 names the days left, what the calculator does meanwhile, and the file to add', () => {
    const w = coverageWarning(2026, new Date('2026-11-30T12:00:00Z'))!;
    expect(w).toContain('节假日安排只收录到 2026 年（还有 31 天就到 2026-12-31）');
    expect(w).toContain('标为“暂定”');
    expect(w).toContain('src/content/norms/holidays/2027.yaml');
    expect(w).toContain('chinese-days');
  });

  it('after the year has ended, says how long ago', () => {
    expect(coverageWarning(2026, new Date('2027-01-10T00:00:00Z'))).toContain('2026-12-31 已经过去 10 天');
  });

  it('the real data today: the last published arrangement is 2026', () => {
    const years = overlayFiles().map((f) => Number(f.id));
    expect(arrangedThrough(2026, (y) => years.includes(y) || packageHasYear(y))).toBe(2026);
  });
});

describe('readHolidayFiles', () => {
  it('takes the year from the file name', () => {
    const [f] = readHolidayFiles(root, join('src/content/norms/holidays/2026.yaml'));
    expect(f.data.year).toBe(2026);
  });
});
