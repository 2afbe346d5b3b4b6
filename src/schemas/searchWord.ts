/** One word or short phrase as people type it into search; shared by the search lexicon schemas. */
import { z } from 'astro/zod';

/** Chinese characters, letters and digits only: the query is matched after punctuation and spaces are removed. */
const WORD = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

export const searchWordSchema = z
  .string()
  .min(1, { error: '词语不能为空' })
  .max(8, { error: '词语最多 8 个字：更长的是句子，请拆成词语' })
  .regex(WORD, { error: '词语只能由汉字、字母和数字组成，不能有空格或标点' });

/** A list of search words with no word written twice. */
export function searchWordListSchema(what: string) {
  return z
    .array(searchWordSchema)
    .min(1, { error: `${what}至少要写一个词` })
    .superRefine((words, ctx) => {
      const seen = new Set<string>();
      words.forEach((w, i) => {
        if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [i], message: `「${w}」在${what}里写了两次` });
        seen.add(w);
      });
    });
}
