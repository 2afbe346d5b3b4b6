/**
 * The deadline calculator over real holiday periods: the 23 worked cases of the external
 * calendar review (shared/reviews/lms-html-calendar.md §3), the year boundary into 2027 (no
 * published arrangement), 民法典第二百零三条 and 年 periods.
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, formatChineseDate } from '../../src/lib/deadline';
import { createCalendar } from '../../src/lib/holidays';

const wd = (value: number) => ({ value, unit: '工作日' as const });
const days = (value: number) => ({ value, unit: '日' as const });

describe('工作日 in years with a published arrangement (review cases 1–12)', () => {
  // [case, rule in the review, start, limit, due]
  const cases: [number, string, string, number, string][] = [
    [1, 'claim-decision', '2026-02-12', 5, '2026-02-26'],
    [2, 'baoquan-accept', '2026-02-13', 2, '2026-02-24'],
    [3, 'uw-contract-no-exam', '2026-02-10', 15, '2026-03-09'],
    [4, 'claim-handover', '2025-12-31', 3, '2026-01-06'],
    [5, 'claim-decision', '2026-04-30', 5, '2026-05-11'],
    [6, 'lapse-notice', '2026-09-24', 10, '2026-10-15'],
    [7, 'baoquan-accept', '2026-09-18', 2, '2026-09-21'],
    [8, 'claim-handover', '2026-04-02', 3, '2026-04-08'],
    [9, 'claim-decision', '2026-06-18', 5, '2026-06-26'],
    [10, 'complaint-regulator-forward', '2026-09-30', 7, '2026-10-15'],
    [11, 'claim-handover', '2026-10-03', 3, '2026-10-10'],
    [12, 'baoquan-accept', '2026-10-10', 2, '2026-10-13'],
  ];
  for (const [n, rule, start, value, due] of cases) {
    it(`case ${n}: ${rule} from ${start} + ${value}个工作日 → ${due}`, () => {
      const r = computeDeadline({ start, limit: wd(value) });
      expect(r.due).toBe(due);
      expect(r.provisional).toBeUndefined();
      expect(r.warning).toBeUndefined();
    });
  }

  it('lists the skipped holiday days by their statutory names and the make-up day counted (case 6)', () => {
    const r = computeDeadline({ start: '2026-09-24', limit: wd(10) });
    expect(r.skipped).toContainEqual({ date: '2026-09-25', reason: '中秋节' });
    expect(r.skipped.filter((s) => s.reason === '国庆节').map((s) => s.date)).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(r.skipped).toContainEqual({ date: '2026-10-11', reason: '周末' });
    expect(r.makeUpDays).toEqual(['2026-10-10']);
  });

  it('cites 民法典第二百零一条 for not counting the start day', () => {
    expect(computeDeadline({ start: '2026-11-20', limit: wd(2) }).method).toContain('《民法典》第二百零一条');
  });
});

describe('工作日 into years without a published arrangement (暂定)', () => {
  it('2026-12-31 + 2个工作日 is 2027-01-05: 元旦 is a statutory holiday, then the weekend', () => {
    const r = computeDeadline({ start: '2026-12-31', limit: wd(2) });
    expect(r.due).toBe('2027-01-05');
    expect(r.skipped).toEqual([
      { date: '2027-01-01', reason: '元旦' },
      { date: '2027-01-02', reason: '周末' },
      { date: '2027-01-03', reason: '周末' },
    ]);
    expect(r.provisional).toContain('2027年的放假安排还没有公布');
    expect(r.warning).toBeUndefined();
  });

  it('case 13: 10个工作日 from 2026-12-24 skips 元旦 2027 → 2027-01-08, provisional', () => {
    const r = computeDeadline({ start: '2026-12-24', limit: wd(10) });
    expect(r.due).toBe('2027-01-08');
    expect(r.provisional).toBeDefined();
  });

  it('case 14: 5个工作日 from 2027-02-04 skips 除夕 to 初三 (5–8 Feb 2027) → 2027-02-15', () => {
    const r = computeDeadline({ start: '2027-02-04', limit: wd(5) });
    expect(r.skipped.filter((s) => s.reason === '春节').map((s) => s.date)).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08',
    ]);
    expect(r.due).toBe('2027-02-15');
    expect(r.provisional).toBeDefined();
  });

  it('case 15: 5个工作日 from 2028-09-28 skips 国庆 1–3 Oct 2028 → 2028-10-09', () => {
    const r = computeDeadline({ start: '2028-09-28', limit: wd(5) });
    expect(r.due).toBe('2028-10-09');
    expect(r.provisional).toBeDefined();
  });

  it('is not provisional far from any festival, where no notice changes anything', () => {
    const r = computeDeadline({ start: '2027-03-10', limit: wd(5) });
    expect(r.due).toBe('2027-03-17');
    expect(r.provisional).toBeUndefined();
  });
});

describe('日 and 民法典第二百零三条 (review cases 16–23)', () => {
  // [case, rule, start, 日, plain due, moved due or null]
  const cases: [number, string, string, number, string, string | null][] = [
    [16, 'claim-decision-complex', '2026-01-20', 30, '2026-02-19', '2026-02-24'],
    [17, 'claim-payment', '2026-09-21', 10, '2026-10-01', '2026-10-08'],
    [18, 'claim-refusal-notice', '2026-04-30', 3, '2026-05-03', '2026-05-06'],
    [19, 'claim-advance-payment', '2025-12-20', 60, '2026-02-18', '2026-02-24'],
    [20, 'complaint-decide-simple', '2026-09-12', 15, '2026-09-27', '2026-09-28'],
    [21, 'sur-cash-value-refund', '2026-12-15', 30, '2027-01-14', null],
    [23, 'fu-agent-leaves-notice', '2026-03-02', 30, '2026-04-01', null],
  ];
  for (const [n, rule, start, value, due, moved] of cases) {
    it(`case ${n}: ${rule} ${value}日 from ${start} → ${due}${moved ? `, moved to ${moved}` : ''}`, () => {
      const r = computeDeadline({ start, limit: days(value) });
      expect(r.due).toBe(due);
      expect(r.moved?.date ?? null).toBe(moved);
      expect(r.skipped).toEqual([]);
      expect(r.provisional).toBeUndefined();
    });
  }

  it('explains the move in one sentence with the article', () => {
    const r = computeDeadline({ start: '2026-09-21', limit: days(10) });
    expect(r.moved).toEqual({
      date: '2026-10-08',
      holiday: '国庆节',
      explanation: expect.stringMatching(/^数满的那天（10月1日）在国庆节假期内；依照《民法典》第二百零三条/),
    });
    expect(r.method).toContain('《民法典》第二百零一条');
  });

  it('does not move a last day on an ordinary weekend (the calculator’s reading of 法定休假日)', () => {
    // 2026-11-28 is a Saturday outside any holiday period.
    const r = computeDeadline({ start: '2026-11-18', limit: days(10) });
    expect(r.due).toBe('2026-11-28');
    expect(r.moved).toBeUndefined();
  });

  it('moves a last day that falls on a weekend inside a holiday period (中秋 2026 ends on a Sunday)', () => {
    expect(computeDeadline({ start: '2026-09-19', limit: days(7) }).moved?.date).toBe('2026-09-28');
  });

  it('case 22: a minimum (不少于5日) is met by the plain count and never moved', () => {
    const r = computeDeadline({ start: '2026-02-14', limit: { value: 5, unit: '日', bound: '不少于' } });
    expect(r.due).toBe('2026-02-19');
    expect(r.moved).toBeUndefined();
  });

  it('counts 天 exactly as 日 and keeps the word in the method', () => {
    const r = computeDeadline({ start: '2026-03-01', limit: { value: 15, unit: '天', bound: '不少于' } });
    expect(r.due).toBe('2026-03-16');
    expect(r.method).toContain('连续数 15天');
  });

  it('a 日 deadline ending near a festival of a year without an arrangement is provisional', () => {
    // 10日 from 2027-09-25 ends on 5 Oct 2027, two days after the statutory 国庆 days.
    const r = computeDeadline({ start: '2027-09-25', limit: days(10) });
    expect(r.due).toBe('2027-10-05');
    expect(r.moved).toBeUndefined();
    expect(r.provisional).toContain('《民法典》第二百零三条');
  });
});

describe('年 (民法典第二百零二条)', () => {
  const years = (value: number) => ({ value, unit: '年' as const });
  it('ends on the same month and day', () => {
    const r = computeDeadline({ start: '2026-11-30', limit: years(2) });
    expect(r.due).toBe('2028-11-30');
    expect(r.method).toContain('第二百零二条');
  });
  it('ends on the last day of the month when it has no such day (29 February)', () => {
    expect(computeDeadline({ start: '2024-02-29', limit: years(1) }).due).toBe('2025-02-28');
    expect(computeDeadline({ start: '2024-02-29', limit: years(4) }).due).toBe('2028-02-29');
  });
  it('is moved past a holiday too: 5年 from 2021-10-01 ends in 国庆 2026 → 2026-10-08', () => {
    const r = computeDeadline({ start: '2021-10-01', limit: years(5) });
    expect(r.due).toBe('2026-10-01');
    expect(r.moved?.date).toBe('2026-10-08');
  });
  it('into a year without an arrangement: moved past the statutory days, and provisional', () => {
    const r = computeDeadline({ start: '2026-10-01', limit: years(1) });
    expect(r.moved?.date).toBe('2027-10-04');
    expect(r.provisional).toBeDefined();
  });
});

describe('the holiday overlay wins over the package', () => {
  // A fictional notice, for the test only: it declares 30 November 2026 a day off.
  const overlay = {
    2026: { notice: '测试用通知', off: [['2026-11-30', '2026-11-30', '测试假日']] as [string, string, string][], makeUp: ['2026-11-28'] },
    // A fictional 2027 notice: 元旦 1–3 January, 4 January a normal Monday.
    2027: { notice: '测试用2027年通知', off: [['2027-01-01', '2027-01-03', '元旦']] as [string, string, string][], makeUp: [] },
  };
  const calendar = createCalendar(overlay);

  it('a day off the package does not know is skipped, a make-up Saturday is counted', () => {
    const r = computeDeadline({ start: '2026-11-27', limit: wd(2), calendar });
    // 28 Nov (Sat, make-up) counts, 29 Nov (Sun) off, 30 Nov off by the overlay, 1 Dec counts.
    expect(r.due).toBe('2026-12-01');
    expect(r.makeUpDays).toEqual(['2026-11-28']);
    expect(r.skipped).toContainEqual({ date: '2026-11-30', reason: '测试假日' });
  });

  it('a year the package lacks is no longer provisional once its notice is entered', () => {
    const r = computeDeadline({ start: '2026-12-31', limit: wd(2), calendar });
    expect(r.due).toBe('2027-01-05');
    expect(r.provisional).toBeUndefined();
    expect(calendar.lastArranged).toBe(2027);
  });
});

describe('input checks and formatting', () => {
  it('adds clock hours', () => {
    const r = computeDeadline({ start: '2026-10-01T09:30', limit: { value: 24, unit: '小时' } });
    expect(r.due).toBe('2026-10-02T09:30');
    expect(r.method).toContain('第二百零一条第二款');
  });
  it('rejects impossible dates and non-positive limits', () => {
    expect(() => computeDeadline({ start: '2026-02-30', limit: wd(1) })).toThrow('不存在的日期');
    expect(() => computeDeadline({ start: '2026/02/03', limit: wd(1) })).toThrow('日期格式');
    expect(() => computeDeadline({ start: '2026-02-03', limit: wd(0) })).toThrow('正整数');
  });
  it('warns when a day lies before any holiday data', () => {
    expect(computeDeadline({ start: '2003-06-02', limit: wd(3) }).warning).toMatch(/^2003年不在节假日数据的范围内/);
  });
  it('formats dates the way clerks read them', () => {
    expect(formatChineseDate('2026-10-12')).toBe('2026年10月12日（星期一）');
  });
});
