/** A glossary term, written for a customer-facing clerk. */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

export function glossarySchema(known: KnownIds) {
  return z.object({
    /** Stable ASCII id, also the anchor on the 术语表 page. */
    id: idSchema,
    /** The term, e.g. 保全. */
    term: z.string().min(1),
    /** Other words people use for the same thing, e.g. 变更 for 保全; indexed for search. */
    aliases: z.array(z.string()).default([]),
    /** A plain-language definition, one to three sentences. */
    definition: z.string().min(6),
    /** Where the definition comes from, when it comes from a norm. */
    source: citationSchema(known).optional(),
    /** Chapter (docs slug) that explains it further. */
    chapter: refTo('chapters', known).optional(),
  });
}
export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
