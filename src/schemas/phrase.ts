/** A service phrase: what to say (or never do) in a given situation. */
import { z } from 'astro/zod';
import { channelSchema, idSchema, phraseLevelSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

export function phraseSchema(known: KnownIds) {
  return z.object({
    /** Stable ASCII id, e.g. `counter-greet`. */
    id: idSchema,
    /**
     * The situation, as a clerk would name it, e.g. 客户走错窗口: one of the names in
     * src/content/norms/situations.yaml, which decides where it comes in every list. Phrases
     * sharing a situation are shown together.
     */
    situation: refTo('situations', known),
    /** The words to say; for 禁忌 entries, the behaviour to avoid. `××` marks a blank to fill in. */
    text: z.string().min(2),
    /** 必讲 (must say), 提倡 (encouraged) or 禁忌 (forbidden). */
    level: phraseLevelSchema,
    /** 柜面, 电话 or 通用. */
    channel: channelSchema,
    /** Where it comes from. */
    source: citationSchema(known),
    /** Why or when, in one sentence, if not obvious. */
    note: z.string().optional(),
    /** Chapter (docs slug) that teaches it. */
    chapter: refTo('chapters', known),
    /** Inventory ids it belongs to. */
    covers: z.array(refTo('inventory', known)).default([]),
  });
}
export type Phrase = z.infer<ReturnType<typeof phraseSchema>>;
