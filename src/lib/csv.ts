/**
 * CSV that Excel opens as the manager expects: UTF-8 with a byte-order mark (without it Excel
 * reads Chinese as mojibake), CRLF line ends, the header row first, numbers as numbers — and no
 * text cell that Excel turns into something else:
 *
 * - a formula (a cell starting with = + - @, or a tab or CR before one): prefixed with an
 *   apostrophe, as OWASP's CSV-injection guidance recommends;
 * - a date, time, number or percentage ("2/8" → 2月8日, "00123" → 123, "1E5", "50%", "14:05",
 *   "2026-11-30"): prefixed with a tab character, which Excel keeps as text and does not show.
 */

/** Text Excel would read as a number, date, time, fraction, percentage or boolean when opening a CSV. */
const COERCIBLE = /^\s*([-+]?[\d.,]+([eE][-+]?\d+)?%?|[\d\s./\-:年月日时分秒]+|[A-Za-z]{3,9}[\s-]\d{1,4}([\s,-]+\d{1,4})?|\d{1,4}[\s-][A-Za-z]{3,9}([\s-]\d{1,4})?|true|false)\s*$/i;

/** One CSV cell. Numbers stay numbers; text is protected and quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  else if (text !== '' && COERCIBLE.test(text)) text = `\t${text}`;
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: header row first, then the rows; BOM and CRLF for Excel. */
export function csvFile(header: string[], rows: (string | number | null | undefined)[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
