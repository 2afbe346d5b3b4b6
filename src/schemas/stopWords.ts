/**
 * Words dropped from a search query (了, 吗, 怎么办): grouped by why they carry no meaning for
 * finding a page. Read by the query understanding (src/search/understand.ts) through the search
 * lexicon built at build time (src/search/lexiconData.ts).
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { searchWordListSchema } from './searchWord';

export const stopWordGroupSchema = z.object({
  /** Stable ASCII id of the group, e.g. `particles`. */
  id: idSchema,
  /** Why these words can be dropped, in one sentence a reviewer can check. */
  note: z.string().min(4, { error: '请用一句话说明为什么这些词可以去掉' }),
  /** The words, each as typed (one to eight characters, no punctuation). */
  words: searchWordListSchema('这组停用词'),
});
export type StopWordGroup = z.infer<typeof stopWordGroupSchema>;
