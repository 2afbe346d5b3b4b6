/**
 * A difference between a seed rule and the current national rule that cannot be written as two
 * time limits (e.g. 5个工作日 against 《保险法》's “及时”, or a duty the national rule words differently).
 * Differences between two numeric limits live on the rule itself (`comparison`).
 */
import { z } from 'astro/zod';
import { comparisonVerdictSchema, idSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

export function comparisonSchema(known: KnownIds) {
  const side = z.object({
    /** What this side says, in one plain sentence. */
    says: z.string().min(4),
    /** Where it says it. */
    source: citationSchema(known),
  });
  return z.object({
    /** Stable ASCII id, also the anchor on the 法规对照 page. */
    id: idSchema,
    /** The matter compared, e.g. 理赔核定时限. */
    title: z.string().min(2),
    /** The seed, local or company side. */
    seed: side,
    /** The current national side. */
    national: side,
    /** The verdict in one word. */
    verdict: comparisonVerdictSchema,
    /** What to do at the counter, in one or two sentences. */
    governs: z.string().min(4),
    /** Time-limit rules involved, if any. */
    rules: z.array(refTo('rules', known)).default([]),
    /** Chapter (docs slug) that discusses it. */
    chapter: refTo('chapters', known),
  });
}
export type Comparison = z.infer<ReturnType<typeof comparisonSchema>>;
