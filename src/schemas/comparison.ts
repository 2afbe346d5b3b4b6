/**
 * A difference between two texts on one matter that cannot be written as two time limits (e.g.
 * 5个工作日 against 《保险法》's “及时”, or a duty the national rule words differently). Differences
 * between two numeric limits live on the rule itself (`comparison`).
 */
import { z } from 'astro/zod';
import { AGAINST_NATIONAL_VERDICTS, comparisonVerdictSchema, idSchema } from './enums';
import { isNationalKind } from '../lib/ruleStanding';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

export function comparisonSchema(known: KnownIds) {
  const side = z.object({
    /** What this side says, in one plain sentence. */
    says: z.string().min(4),
    /** Where it says it. */
    source: citationSchema(known),
  });
  return z
    .object({
      /** Stable ASCII id, also the anchor on the 法规对照 page. */
      id: idSchema,
      /** The matter compared, e.g. 理赔核定时限. */
      title: z.string().min(2),
      /** The text compared with the national rule: local, company, training material or an older or broader national text. */
      seed: side,
      /** A second text on the same matter, when two of the site's texts also disagree with each other (e.g. two document lists). */
      other: side.optional(),
      /** The current national side, which governs. */
      national: side,
      /** The verdict in one word. */
      verdict: comparisonVerdictSchema,
      /** What to do at the counter, in one or two sentences. */
      governs: z.string().min(4),
      /** Time-limit rules involved, if any. */
      rules: z.array(refTo('rules', known)).default([]),
      /** Chapter (docs slug) that discusses it. */
      chapter: refTo('chapters', known),
    })
    .superRefine((c, ctx) => {
      const seed = known.sourceFacts?.get(c.seed.source.doc);
      if (seed && isNationalKind(seed.kind) && (AGAINST_NATIONAL_VERDICTS as readonly string[]).includes(c.verdict)) {
        ctx.addIssue({
          code: 'custom',
          path: ['verdict'],
          message: `对照的一方「${seed.shortTitle}」本身就是全国规定（${seed.kind}），不能说「${c.verdict}」；细化上位法的用「更具体」，后来的规定增加要求的用「已补充」`,
        });
      }
      const national = known.sourceFacts?.get(c.national.source.doc);
      if (national && !isNationalKind(national.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['national', 'source', 'doc'],
          message: `national 一方必须引用全国规定（法律、行政法规、部门规章或规范性文件），「${national.shortTitle}」是${national.kind}`,
        });
      }
    });
}
export type Comparison = z.infer<ReturnType<typeof comparisonSchema>>;
