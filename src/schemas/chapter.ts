/** Frontmatter that every chapter adds to Starlight's own. */
import { z } from 'astro/zod';
import { audienceSchema, businessLineSchema, topicSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

/** `page` = home, 404 and other pages that are not chapters; `chapter` = a teaching page. */
export const PAGE_KINDS = ['chapter', 'page'] as const;

export function chapterFields(known: KnownIds) {
  return z
    .object({
      /** Whether this is a teaching chapter (default) or another kind of page. */
      kind: z.enum(PAGE_KINDS).default('chapter'),
      /** The documents and articles the chapter teaches from. */
      sources: z.array(citationSchema(known)).default([]),
      /** Inventory ids the chapter teaches; coverage is checked against these. */
      covers: z.array(refTo('inventory', known)).default([]),
      /** Who the chapter is for. */
      audience: z.array(audienceSchema).default([]),
      /** Sidebar group and search filter. */
      topic: topicSchema.optional(),
      /** Business line, for search filtering. */
      businessLine: businessLineSchema.optional(),
      /** Position in the new-hire learning path (1 = first). */
      order: z.number().int().positive().optional(),
      /** Words clerks type that the text may not contain, e.g. 解约 for 退保; indexed for search. */
      keywords: z.array(z.string()).default([]),
    })
    .superRefine((page, ctx) => {
      if (page.kind !== 'chapter') return;
      const need = (field: 'sources' | 'covers' | 'audience', what: string) => {
        if (page[field].length === 0) {
          ctx.addIssue({ code: 'custom', path: [field], message: `章节必须填写 ${field}（${what}）` });
        }
      };
      need('sources', '出处：文件和条款');
      need('covers', '本章讲授的知识点 id');
      need('audience', '读者：新员工 / 柜面 / 管理者');
      if (!page.topic) ctx.addIssue({ code: 'custom', path: ['topic'], message: '章节必须填写 topic（主题）' });
    });
}
export type ChapterFields = z.infer<ReturnType<typeof chapterFields>>;
