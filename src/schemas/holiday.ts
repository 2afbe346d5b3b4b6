/**
 * One year's holiday arrangement, as the State Council's yearly notice
 * (国务院办公厅关于××××年部分节假日安排的通知) publishes it. A file
 * src/content/norms/holidays/<year>.yaml holds one; the year is the file name. It overrides the
 * `chinese-days` package for that year, so the site is right the day a notice comes out.
 */
import { z } from 'astro/zod';
import { FESTIVALS, STATUTORY_RULES_FROM, statutoryHolidays } from '../lib/holidays';

const isoDate = (what: string) => z.iso.date({ error: `${what}必须写成 YYYY-MM-DD，例如 2027-10-01` });
const festivalSchema = z.enum(FESTIVALS, {
  error: (issue) => `节日必须是 ${FESTIVALS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

export const holidayYearSchema = z
  .object({
    /** The year the arrangement is for; the loader takes it from the file name (2027.yaml → 2027). */
    year: z.number().int().min(2004).max(2100),
    /** The notice the days are copied from. */
    notice: z.object({
      /** Its full title, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
      title: z.string().min(8, { error: '请写通知的完整标题' }),
      /** Its document number (发文字号), when known. */
      number: z.string().optional(),
      /** The day it was published, YYYY-MM-DD. */
      published: isoDate('发布日期'),
    }),
    /** One entry per holiday period in the notice, in the notice's order. */
    holidays: z
      .array(
        z.object({
          /** The festival or festivals the period is for (中秋节 and 国庆节 sometimes share one). */
          festivals: z.array(festivalSchema).min(1, { error: '请写这段假期是哪个节日' }),
          /** First day off, YYYY-MM-DD. */
          from: isoDate('放假第一天'),
          /** Last day off, YYYY-MM-DD (inclusive). */
          to: isoDate('放假最后一天'),
          /** Weekend days on which people work instead (调休上班), YYYY-MM-DD. */
          makeUp: z.array(isoDate('调休上班日')).default([]),
        }),
      )
      .min(1, { error: '至少要有一段假期' }),
  })
  .superRefine((y, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // A malformed date has its own message already; comparing it would only add noise.
    const dates = y.holidays.flatMap((h) => [h.from, h.to, ...h.makeUp]);
    if (!dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)))) return;
    // 元旦's period and its make-up day may lie in late December of the year before
    // (2023's 元旦 began on 31 December 2022); nothing else leaves the year.
    const earliest = `${y.year - 1}-12-01`;
    const latest = `${y.year}-12-31`;
    const inReach = (d: string) => d >= earliest && d <= latest;
    const seen = new Map<string, number>();
    const offDays = new Set<string>();
    y.holidays.forEach((h, i) => {
      if (h.to < h.from) issue(['holidays', i, 'to'], `放假最后一天 ${h.to} 早于第一天 ${h.from}`);
      else if (days(h.from, h.to) > 14) issue(['holidays', i, 'to'], `一段假期不会超过15天，请核对 ${h.from} 至 ${h.to}`);
      for (const [field, d] of [['from', h.from], ['to', h.to]] as const) {
        if (!inReach(d)) issue(['holidays', i, field], `${d} 不在 ${y.year} 年的安排范围内（文件名是 ${y.year}.yaml）`);
      }
      for (let t = Date.parse(h.from); t <= Date.parse(h.to); t += 86_400_000) {
        const d = new Date(t).toISOString().slice(0, 10);
        if (offDays.has(d)) issue(['holidays', i, 'from'], `${d} 在两段假期里都出现了`);
        offDays.add(d);
      }
      h.makeUp.forEach((m, k) => {
        if (!inReach(m)) issue(['holidays', i, 'makeUp', k], `${m} 不在 ${y.year} 年的安排范围内`);
        if (![0, 6].includes(weekday(m))) issue(['holidays', i, 'makeUp', k], `${m} 不是周六或周日：调休上班只会安排在周末`);
      });
      for (const f of h.festivals) {
        if (seen.has(f)) issue(['holidays', i, 'festivals'], `「${f}」写了两次（第 ${seen.get(f)! + 1} 段已经有它）`);
        else seen.set(f, i);
      }
    });
    y.holidays.forEach((h, i) =>
      h.makeUp.forEach((m, k) => {
        if (offDays.has(m)) issue(['holidays', i, 'makeUp', k], `${m} 既是放假日又是调休上班日`);
      }),
    );
    for (const f of FESTIVALS) if (!seen.has(f)) issue(['holidays'], `缺少「${f}」的放假安排：每年的通知都包括七个节日`);
    // Each statutory day must lie in its festival's period: catches a mistyped month or day.
    if (y.year >= STATUTORY_RULES_FROM) {
      for (const s of statutoryHolidays(y.year)) {
        const i = seen.get(s.festival);
        if (i === undefined) continue;
        const h = y.holidays[i];
        if (s.date < h.from || s.date > h.to) {
          issue(['holidays', i], `${s.festival}的法定假日 ${s.date}（${s.label}）不在所填的放假日期 ${h.from} 至 ${h.to} 之内`);
        }
      }
    }
  });

export type HolidayYear = z.infer<typeof holidayYearSchema>;
