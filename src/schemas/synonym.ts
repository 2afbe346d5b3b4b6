/**
 * Colloquial words and the norms' own term they stand for (人走了 → 身故, 小孩 → 未成年人): the
 * query is searched with the term. Kept and reviewed as norms content; the glossary's aliases
 * are the other source of synonyms.
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { searchWordListSchema, searchWordSchema } from './searchWord';

export function synonymSchema(known: KnownIds) {
  return z
    .object({
      /** Stable ASCII id, e.g. `shengu`. */
      id: idSchema,
      /** The term the norms and this site use, e.g. 身故; it must appear in `chapter`. */
      term: searchWordSchema,
      /** What clerks and customers say instead, e.g. 人走了、过世、死了. */
      words: searchWordListSchema('这组口头说法'),
      /** Chapter (docs slug) that uses the term, where a reviewer checks the mapping. */
      chapter: refTo('chapters', known),
      /** Where and how the norms use the term, in one or two sentences. */
      note: z.string().min(4, { error: '请写明规范在哪里、怎样使用这个词，方便审核' }),
    })
    .superRefine((entry, ctx) => {
      const at = entry.words.indexOf(entry.term);
      if (at >= 0) {
        ctx.addIssue({ code: 'custom', path: ['words', at], message: `「${entry.term}」就是规范用语本身，不要写进口头说法` });
      }
    });
}
export type Synonym = z.infer<ReturnType<typeof synonymSchema>>;
