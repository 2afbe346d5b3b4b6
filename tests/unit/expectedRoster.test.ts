/** The expected roster: pasted from Excel, read from CSV (UTF-8 or GBK), with problems named by person. */
import { describe, expect, it } from 'vitest';
import { decodeRosterFile, parseExpectedRoster } from '../../src/lib/expectedRoster';
import { staffKey } from '../../src/lib/staffNo';

describe('expected roster', () => {
  it('reads two columns pasted from Excel, with a header, in any order', () => {
    const r = parseExpectedRoster('工号\t姓名\tcomment\nA1001\t张三\t\nA1002\t李四\t新人\n');
    expect(r.people).toEqual([
      { name: '张三', staffNo: 'A1001' },
      { name: '李四', staffNo: 'A1002' },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('finds the columns by content when there is no header', () => {
    const r = parseExpectedRoster('张三,00123\r\n李四,00124\r\n王五,00125');
    expect(r.people.map((p) => p.staffNo)).toEqual(['00123', '00124', '00125']);
    expect(r.people[2].name).toBe('王五');
  });

  it('handles CSV quoting and a byte-order mark', () => {
    const r = parseExpectedRoster('\uFEFF姓名,工号\r\n"欧阳, 娜娜",B-77\r\n');
    expect(r.people).toEqual([{ name: '欧阳, 娜娜', staffNo: 'B-77' }]);
  });

  it('reports blank and duplicate staff numbers by name and row content, keeping the first', () => {
    const r = parseExpectedRoster('姓名\t工号\n张三\tA1001\n王五\t\n李四\tＡ１００１\n');
    expect(r.people).toEqual([{ name: '张三', staffNo: 'A1001' }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      '王五没有工号（“王五”），没有加入名单。',
      '工号 Ａ１００１ 重复：张三和李四（“李四\tＡ１００１”）。名单保留张三，请核对后改正。',
    ]);
  });

  it('says what to do when nothing usable was pasted', () => {
    expect(parseExpectedRoster('  \n ').problems[0].message).toMatch(/没有读到名单/);
    expect(parseExpectedRoster('只有一列\n另一行').problems[0].message).toMatch(/没有找到“姓名”和“工号”两列/);
  });

  it('reads a GBK-encoded CSV saved by Excel on Chinese Windows', () => {
    // 姓名,工号 / 张三,A1 in GBK.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb9, 0xa4, 0xba, 0xc5, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x41, 0x31]);
    expect(parseExpectedRoster(decodeRosterFile(gbk)).people).toEqual([{ name: '张三', staffNo: 'A1' }]);
    expect(decodeRosterFile(new TextEncoder().encode('张三'))).toBe('张三');
  });

  it('treats full-width, spaced and lower-case staff numbers as the same', () => {
    expect(staffKey(' ａ１００２ ')).toBe('A1002');
    expect(staffKey('a 1002')).toBe('A1002');
  });
});
