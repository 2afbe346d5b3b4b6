/** The deadline calculator over real holiday periods (the State Council's 2025 and 2026 arrangements). */
import { describe, expect, it } from 'vitest';
import { computeDeadline, formatChineseDate, hasHolidayData, holidayDataYears } from '../../src/lib/deadline';

const wd = (value: number) => ({ value, unit: '工作日' as const });

describe('工作日', () => {
  it('skips the whole 2026 National Day holiday and counts the make-up Saturday', () => {
    // Start Tue 29 Sep 2026: 30 Sep is a working day; 1–7 Oct holiday; Thu 8 Oct and Fri 9 Oct
    // working days; Sat 10 Oct is a 调休 working day.
    const r = computeDeadline({ start: '2026-09-29', limit: wd(5) });
    expect(r.due).toBe('2026-10-12');
    expect(r.makeUpDays).toEqual(['2026-10-10']);
    expect(r.skipped.filter((s) => s.reason === '国庆节').map((s) => s.date)).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(r.warning).toBeUndefined();
  });

  it('counts the make-up Sunday before National Day 2026 as a working day', () => {
    // Fri 18 Sep 2026 + 1 working day: Sat 19 is off, Sun 20 Sep is a 调休 working day.
    const r = computeDeadline({ start: '2026-09-18', limit: wd(1) });
    expect(r.due).toBe('2026-09-20');
    expect(r.makeUpDays).toEqual(['2026-09-20']);
  });

  it('does not count the start day, and skips an ordinary weekend', () => {
    expect(computeDeadline({ start: '2026-11-20', limit: wd(2) }).due).toBe('2026-11-24');
  });

  it('crosses the Spring Festival 2026 with its make-up Saturdays', () => {
    // Fri 13 Feb 2026: Sat 14 Feb make-up working day; 15–23 Feb holiday; 24 Feb back.
    const r = computeDeadline({ start: '2026-02-13', limit: wd(2) });
    expect(r.due).toBe('2026-02-24');
    expect(r.skipped.some((s) => s.reason === '春节')).toBe(true);
  });

  it('warns, instead of guessing silently, when the count runs into a year without holiday data', () => {
    const { last } = holidayDataYears(new Date('2026-11-22'));
    expect(hasHolidayData(last)).toBe(true);
    expect(hasHolidayData(last + 1)).toBe(false);
    const r = computeDeadline({ start: `${last}-12-28`, limit: wd(15) });
    expect(r.warning).toContain(`${last + 1}年的法定节假日和调休安排还没有收录`);
    const inside = computeDeadline({ start: `${last}-03-02`, limit: wd(15) });
    expect(inside.warning).toBeUndefined();
  });
});

describe('日 (calendar days)', () => {
  it('counts weekends and holidays: 15日 from 25 Sep 2026 is 10 Oct', () => {
    const r = computeDeadline({ start: '2026-09-25', limit: { value: 15, unit: '日' } });
    expect(r.due).toBe('2026-10-10');
    expect(r.skipped).toEqual([]);
    expect(r.method).toContain('自然日');
  });

  it('3日 across a month end', () => {
    expect(computeDeadline({ start: '2026-01-30', limit: { value: 3, unit: '日' } }).due).toBe('2026-02-02');
  });
});

describe('小时 and input checks', () => {
  it('adds clock hours', () => {
    expect(computeDeadline({ start: '2026-10-01T09:30', limit: { value: 24, unit: '小时' } }).due).toBe('2026-10-02T09:30');
  });
  it('rejects impossible dates and non-positive limits', () => {
    expect(() => computeDeadline({ start: '2026-02-30', limit: wd(1) })).toThrow('不存在的日期');
    expect(() => computeDeadline({ start: '2026/02/03', limit: wd(1) })).toThrow('日期格式');
    expect(() => computeDeadline({ start: '2026-02-03', limit: wd(0) })).toThrow('正整数');
  });
  it('formats dates the way clerks read them', () => {
    expect(formatChineseDate('2026-10-12')).toBe('2026年10月12日（星期一）');
  });
});
