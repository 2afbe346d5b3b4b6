/** The holiday overlay schema: what a maintainer typing in a notice sees when something is off. */
import { describe, expect, it } from 'vitest';
import { holidayYearSchema } from '../../src/schemas/holiday';
import { messages } from './fixtures';

/** A complete, plausible arrangement for 2027 built around the statutory days (test data only). */
const valid2027 = () => ({
  year: 2027,
  notice: { title: '国务院办公厅关于2027年部分节假日安排的通知', published: '2026-11-20' },
  holidays: [
    { festivals: ['元旦'], from: '2027-01-01', to: '2027-01-03' },
    { festivals: ['春节'], from: '2027-02-05', to: '2027-02-11', makeUp: ['2027-02-20'] },
    { festivals: ['清明节'], from: '2027-04-03', to: '2027-04-05' },
    { festivals: ['劳动节'], from: '2027-05-01', to: '2027-05-05', makeUp: ['2027-04-25'] },
    { festivals: ['端午节'], from: '2027-06-09', to: '2027-06-11' },
    { festivals: ['中秋节'], from: '2027-09-15', to: '2027-09-17', makeUp: ['2027-09-19'] },
    { festivals: ['国庆节'], from: '2027-10-01', to: '2027-10-07', makeUp: ['2027-09-26', '2027-10-09'] },
  ],
});
type Year = ReturnType<typeof valid2027>;
const edit = (change: (y: Year) => void) => {
  const y = valid2027();
  change(y);
  return messages(holidayYearSchema.safeParse(y));
};

describe('holiday overlay schema', () => {
  it('accepts a complete arrangement', () => {
    expect(messages(holidayYearSchema.safeParse(valid2027()))).toEqual([]);
  });

  it('accepts 中秋节 and 国庆节 sharing one period', () => {
    expect(
      edit((y) => {
        y.holidays.splice(5, 2, { festivals: ['中秋节', '国庆节'], from: '2027-09-15', to: '2027-10-07', makeUp: [] });
      }),
    ).toEqual(['holidays.5.to: 一段假期不会超过15天，请核对 2027-09-15 至 2027-10-07']);
  });

  it('rejects a date written another way, naming the field', () => {
    expect(edit((y) => (y.holidays[0].from = '2027/01/01'))).toEqual([
      'holidays.0.from: 放假第一天必须写成 YYYY-MM-DD，例如 2027-10-01',
    ]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(edit((y) => (y.holidays[2].to = '2027-04-01'))).toContain('holidays.2.to: 放假最后一天 2027-04-01 早于第一天 2027-04-03');
  });

  it('rejects a make-up working day that is not a weekend day', () => {
    expect(edit((y) => (y.holidays[1].makeUp = ['2027-02-22']))).toEqual([
      'holidays.1.makeUp.0: 2027-02-22 不是周六或周日：调休上班只会安排在周末',
    ]);
  });

  it('rejects a festival that is missing or written twice', () => {
    expect(edit((y) => y.holidays.splice(4, 1))).toEqual(['holidays: 缺少「端午节」的放假安排：每年的通知都包括七个节日']);
    expect(edit((y) => (y.holidays[4].festivals = ['清明节']))).toEqual([
      'holidays.4.festivals: 「清明节」写了两次（第 3 段已经有它）',
      'holidays: 缺少「端午节」的放假安排：每年的通知都包括七个节日',
    ]);
  });

  it('rejects an unknown festival name', () => {
    expect(edit((y) => ((y.holidays[0].festivals as string[]) = ['新年']))[0]).toBe(
      'holidays.0.festivals.0: 节日必须是 元旦 / 春节 / 清明节 / 劳动节 / 端午节 / 中秋节 / 国庆节 之一，收到的是 "新年"',
    );
  });

  it('catches a mistyped period that misses the festival’s statutory days (here 端午 typed in July)', () => {
    expect(edit((y) => Object.assign(y.holidays[4], { from: '2027-07-09', to: '2027-07-11' }))).toEqual([
      'holidays.4: 端午节的法定假日 2027-06-09（端午）不在所填的放假日期 2027-07-09 至 2027-07-11 之内',
    ]);
  });

  it('rejects dates belonging to another year', () => {
    expect(edit((y) => Object.assign(y.holidays[0], { from: '2028-01-01', to: '2028-01-03' }))).toContain(
      'holidays.0.from: 2028-01-01 不在 2027 年的安排范围内（文件名是 2027.yaml）',
    );
  });

  it('rejects a day that is both off and a make-up working day, or off twice', () => {
    expect(edit((y) => (y.holidays[6].makeUp = ['2027-10-02']))).toEqual(['holidays.6.makeUp.0: 2027-10-02 既是放假日又是调休上班日']);
    expect(edit((y) => (y.holidays[6].from = '2027-09-17'))).toContain('holidays.6.from: 2027-09-17 在两段假期里都出现了');
  });

  it('requires the notice’s title and publication date', () => {
    expect(edit((y) => ((y.notice as { published?: string }).published = undefined))).toEqual([
      'notice.published: 发布日期必须写成 YYYY-MM-DD，例如 2027-10-01',
    ]);
  });
});
