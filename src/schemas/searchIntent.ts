/**
 * What kind of answer a question asks for: 几天 → a time limit, 要带什么 → a document list,
 * 怎么说 → a service phrase, 是什么意思 → a glossary term. Decides which answer cards search shows
 * and which word replaces the question in the page search.
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { searchWordListSchema, searchWordSchema } from './searchWord';

/** The norms collections an answer card is built from. */
export const ANSWER_CARDS = ['rules', 'documents', 'phrases', 'glossary'] as const;

export const searchIntentSchema = z.object({
  /** Stable ASCII id, e.g. `deadline`. */
  id: idSchema,
  /** Which kind of answer card the question asks for (rules = 时限, documents = 材料清单, phrases = 服务用语, glossary = 术语). */
  card: z.enum(ANSWER_CARDS, {
    error: (issue) => `card 必须是 ${ANSWER_CARDS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
  }),
  /** The word searched in place of the question, e.g. 时限; none = the question is only dropped. */
  term: searchWordSchema.optional(),
  /** How people ask, e.g. 几天、多久、要带什么: replaced by `term` in the page search. */
  asks: searchWordListSchema('提问的说法'),
  /** Words that name the answer themselves, e.g. 时限、材料: searched as typed. */
  words: searchWordListSchema('内容词').default([]),
});
export type SearchIntent = z.infer<typeof searchIntentSchema>;
