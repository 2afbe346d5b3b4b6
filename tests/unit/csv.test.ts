/** CSV cells that Excel opens as written: no dates, no numbers from text, no formulas; BOM and CRLF. */
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from '../../src/lib/csv';

describe('CSV for Excel', () => {
  it('keeps numbers numeric', () => {
    expect(csvCell(93)).toBe('93');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('protects text that Excel would turn into a date, time, number or boolean', () => {
    for (const text of ['2/8', '1-4', '2026-11-30', '2026-11-30 14:05', '14:05', '00123', '1E5', '50%', '3月5日', 'Nov 30', 'TRUE']) {
      expect(csvCell(text), text).toBe(`"\t${text}"`);
    }
  });

  it('neutralises formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 123')).toBe("'+86 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
  });

  it('leaves ordinary text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell('A1002')).toBe('A1002');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
  });

  it('writes the header row first, with a BOM and CRLF line ends', () => {
    const file = csvFile(['姓名', '得分'], [['张三', 90]]);
    expect(file).toBe('\uFEFF姓名,得分\r\n张三,90\r\n');
  });
});
