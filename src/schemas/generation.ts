/**
 * The choices behind the generated questions that the norms data cannot make by itself, written
 * once as data (src/quizzes/generation.yaml) with a reason for each: which document lists lend
 * each other wrong options, which words name the same document, which phrases fit each other's
 * moment, which rules are examined by a hand-written question instead, which generated questions
 * are near-duplicates of hand-written ones, and the absolute words a test-wise candidate looks for.
 */
import { z } from 'astro/zod';
import { learnLinkSchema } from './quiz';
import { QUIZ_TOPICS } from './quizTopics';
import { refTo, type KnownIds } from './refs';
import { SERVICE_TYPES } from './documentList';
import { idSchema } from './enums';

const reason = z.string().min(4, { error: '请用一句话写明理由' });

export function generationSchema(known: KnownIds) {
  return z.object({
    /** Groups of service types whose document lists may lend each other wrong options (a death claim borrows from a disability claim, never from 退保). */
    documentFamilies: z.array(z.array(z.enum(SERVICE_TYPES)).min(2)).min(1),
    /** Documents never used as a wrong option in another list's question (too absurd to test anything). */
    documentsNotAsDecoys: z.array(
      z.object({
        /** Document list id. */
        list: refTo('documents', known),
        /** Item id within that list. */
        item: z.string().min(1),
        /** Why. */
        reason,
      }),
    ),
    /** Words that name the same document; two items sharing a group are never right against wrong in one question (保险单 / 保险单正本). */
    documentHeads: z.array(z.array(z.string().min(1)).min(1)).min(1),
    /** Phrases that fit each other's moment: never one as the wrong option of the other. */
    phrasesNeverAgainst: z.array(
      z.object({
        /** Two or more phrase ids. */
        phrases: z.array(refTo('phrases', known)).min(2),
        /** Why they fit the same moment. */
        reason,
      }),
    ),
    /** Phrases not asked as "what do you say" (e.g. a behaviour, not words to say). */
    phrasesNotAsked: z.array(z.object({ /** Phrase id. */ phrase: refTo('phrases', known), /** Why. */ reason })),
    /** Phrase id → the section teaching it (chapter-slug#anchor), for phrases no chapter lists with <PhraseList> (walkthrough phrases). */
    phraseSections: z.record(refTo('phrases', known), learnLinkSchema(known)),
    /** Chapter → the topics of taboo questions from phrases taught there (sales taboos are compliance); other chapters use `defaultTabooTopics`. */
    tabooTopics: z.record(z.string(), z.array(z.enum(QUIZ_TOPICS)).min(1)),
    /** Topics of taboo questions from any other chapter. */
    defaultTabooTopics: z.array(z.enum(QUIZ_TOPICS)).min(1),
    /** Actors who hold a right rather than a duty: their limit reads 可以 … 内 (投诉人可以在30日内申请核查). */
    rightHolders: z.array(z.string().min(1)),
    /** Rules whose number is examined by a hand-written question instead of a generated one. */
    rulesExaminedElsewhere: z.array(
      z.object({
        /** Rule id. */
        rule: refTo('rules', known),
        /** The hand-written question that examines it. */
        question: z.string().min(1),
        /** Why not a generated question. */
        reason,
      }),
    ),
    /**
     * Generated questions that are near-duplicates of hand-written ones (same case, same answer):
     * they join the hand-written questions' group, so one draw never holds two of them. A
     * generated question that already shares a group with other generated ones (a limit's number
     * and unit questions, a sequence's order and next steps) brings that whole group along.
     */
    nearDuplicates: z.array(
      z.object({
        /** The group the hand-written questions declare (`group:` in src/quizzes/banks). */
        group: idSchema,
        /** Ids of generated questions (gen-…) that join it. */
        questions: z.array(z.string().regex(/^gen-/, { error: '这里只列生成题的 id（以 gen- 开头）；手写题在题库文件里写 group' })).min(1),
        /** Why they are near-duplicates. */
        reason,
      }),
    ),
    /** Absolute words a test-wise candidate treats as a sign of a wrong option (只要, 一律 …). */
    absoluteWords: z.array(z.string().min(1)).min(3),
  });
}
export type GenerationConfig = z.infer<ReturnType<typeof generationSchema>>;
