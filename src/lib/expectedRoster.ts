/**
 * The expected roster: who should hand in results, pasted from Excel (tab-separated) or read from
 * a CSV file (comma-separated, UTF-8 or the GBK that Excel's plain "CSV" uses on Chinese Windows).
 * Columns are found by their header (姓名 / 工号) or, without one, by content (the cell with
 * letters and digits is the staff number). Problems name the person and quote the row, never
 * just "第 5 行".
 */
import { staffKey } from './staffNo';

export interface ExpectedPerson {
  name: string;
  staffNo: string;
}

export interface RosterProblem {
  /** What went wrong, in Chinese, naming the person and quoting the row. */
  message: string;
}

const NAME_HEADER = /^(姓名|名字|学员|学员姓名|员工姓名|name)$/i;
const STAFF_HEADER = /^(工号|员工号|员工编号|编号|人员编号|职工号|staff ?(no|number|id)?|id)$/i;

/** Splits one line into cells: tabs if the text has any, else commas (with CSV quoting). */
function cells(line: string, tabs: boolean): string[] {
  if (tabs) return line.split('\t').map((c) => c.trim());
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',' || ch === '，') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

const looksLikeStaffNo = (cell: string) => /\d/.test(cell) && !/[\u4e00-\u9fff]/.test(cell);
const looksLikeName = (cell: string) => /[\u4e00-\u9fff]/.test(cell) || (/^[A-Za-z][A-Za-z .'-]*$/.test(cell) && !/\d/.test(cell));

/** Reads pasted or file text into people and problems. Never throws. */
export function parseExpectedRoster(text: string): { people: ExpectedPerson[]; problems: RosterProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const tabs = lines.some((l) => l.includes('\t'));
  const rows = lines.map((line) => ({ line: line.trim(), cells: cells(line, tabs) }));
  const problems: RosterProblem[] = [];
  if (rows.length === 0) return { people: [], problems: [{ message: '没有读到名单。请从 Excel 复制“姓名”和“工号”两列后粘贴，或选择 CSV 文件。' }] };

  let nameCol = -1;
  let staffCol = -1;
  const header = rows[0].cells;
  if (header.some((c) => NAME_HEADER.test(c)) || header.some((c) => STAFF_HEADER.test(c))) {
    nameCol = header.findIndex((c) => NAME_HEADER.test(c));
    staffCol = header.findIndex((c) => STAFF_HEADER.test(c));
    rows.shift();
  }
  if (nameCol < 0 || staffCol < 0) {
    // No usable header: the column where most cells look like staff numbers is the staff number.
    const width = Math.max(...rows.map((r) => r.cells.length));
    const score = (test: (c: string) => boolean) =>
      [...Array(width).keys()].map((i) => rows.filter((r) => r.cells[i] && test(r.cells[i])).length);
    const staffScores = score(looksLikeStaffNo);
    if (staffCol < 0) staffCol = staffScores.indexOf(Math.max(...staffScores));
    if (nameCol < 0) {
      const nameScores = score(looksLikeName).map((s, i) => (i === staffCol ? -1 : s));
      nameCol = nameScores.indexOf(Math.max(...nameScores));
    }
  }
  if (nameCol < 0 || staffCol < 0 || nameCol === staffCol) {
    return { people: [], problems: [{ message: '没有找到“姓名”和“工号”两列。请复制这两列（可带表头“姓名”“工号”）后再粘贴。' }] };
  }

  const people: ExpectedPerson[] = [];
  const seen = new Map<string, ExpectedPerson>();
  for (const { line, cells: c } of rows) {
    const name = (c[nameCol] ?? '').trim();
    const staffNo = (c[staffCol] ?? '').trim();
    if (!staffNo) {
      problems.push({ message: `${name || '（没有姓名）'}没有工号（“${line}”），没有加入名单。` });
      continue;
    }
    if (!name) {
      problems.push({ message: `工号 ${staffNo} 没有姓名（“${line}”），没有加入名单。` });
      continue;
    }
    const key = staffKey(staffNo);
    const first = seen.get(key);
    if (first) {
      problems.push({ message: `工号 ${staffNo} 重复：${first.name}和${name}（“${line}”）。名单保留${first.name}，请核对后改正。` });
      continue;
    }
    const person = { name, staffNo };
    seen.set(key, person);
    people.push(person);
  }
  return { people, problems };
}

/** A roster file's text: UTF-8 when it is valid UTF-8, otherwise GB18030 (a superset of GBK). */
export function decodeRosterFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
