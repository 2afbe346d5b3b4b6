/**
 * Quiz questions and quiz definitions. Hand-written banks live in src/quizzes/banks/*.yaml;
 * questions whose answer the norms data already holds (time limits, document lists, phrases,
 * process order) are generated from it (src/quizzes/generate.ts), so a changed rule changes
 * its questions.
 *
 * Identity (the contract in README「题目的身份」): every option, ordering item and matching pair
 * has an id that never changes meaning, and responses name those ids, never positions — the quiz
 * shuffles for display, and a data edit cannot silently regrade an old answer.
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import type { KnownIds } from './refs';
import { citationSchema } from './source';

import { QUIZ_TOPICS } from './quizTopics';
export { QUIZ_TOPICS } from './quizTopics';

/** What a question trains; every question has at least one. */
export const quizTopicSchema = z.enum(QUIZ_TOPICS, {
  error: (issue) => `题目主题必须是 ${QUIZ_TOPICS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'numeric', 'scenario'] as const;

/** "chapter-slug" or "chapter-slug#anchor": where the answer is taught. */
export function learnLinkSchema(known: KnownIds) {
  return z.string().superRefine((value, ctx) => {
    const [slug, anchor] = value.split('#');
    if (!known.chapters.has(slug)) {
      ctx.addIssue({ code: 'custom', message: `learn 指向不存在的章节 "${slug}"（写成 章节slug 或 章节slug#锚点）` });
    } else if (anchor && known.anchors && !known.anchors.get(slug)?.has(anchor)) {
      const some = [...(known.anchors.get(slug) ?? [])].slice(0, 4).join('、');
      ctx.addIssue({ code: 'custom', message: `learn 的锚点 "#${anchor}" 在章节 "${slug}" 中不存在（该章的小节例如：${some}）` });
    }
  });
}

/** Id of an option, ordering item or matching pair: unique within its question, never reused for another meaning. */
export const OPTION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,15}$/;
export const optionIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? '缺少 id：每个选项、排序项和连线对都要有 id（例如 id: a）' : 'id 必须是字符串（例如 id: a）') })
  .regex(OPTION_ID_PATTERN, { error: '选项 id 只能用小写字母、数字和连字符，以字母或数字开头，最长 16 个字符（例如 a、b、c）' });

/** Ids that repeat within one list of a question, for the error message. */
const repeated = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

export function questionSchema(known: KnownIds) {
  const base = {
    /** Stable ASCII id; results and the review list refer to it. */
    id: idSchema,
    /** Near-duplicates (same case, same answer) share a group; one draw never holds two of a group. */
    group: idSchema.optional(),
    /** The documents and articles that make the answer right (at least one; never this site itself). */
    sources: z.array(citationSchema(known)).min(1, { error: '至少要写一条出处 { doc, article }' }).optional(),
    /** What it trains. */
    topics: z.array(quizTopicSchema).min(1, { error: '至少要有一个主题' }),
    /** 1 = recall, 2 = apply, 3 = judge a case. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '难度只能是 1、2 或 3' }),
    /** Why the answer is right, in one to three sentences, naming the rule's source. */
    explanation: z.string().min(6),
    /** Where the answer is taught: chapter slug, optionally #anchor. */
    learn: learnLinkSchema(known),
  };
  const option = z.object({
    /** Stable id (a, b, c … for hand-written options); responses refer to it. */
    id: optionIdSchema,
    /** The option text. */
    text: z.string().min(1),
    /** Whether this option is (one of) the right answer(s). */
    correct: z.boolean().default(false),
  });
  const single = z.object({
    ...base,
    type: z.literal('single'),
    /** The question. */
    prompt: z.string().min(4),
    /** 2–6 options, exactly one correct. */
    options: z.array(option).min(2).max(6),
  });
  const multiple = z.object({
    ...base,
    type: z.literal('multiple'),
    /** The question; the page adds “（多选）”. */
    prompt: z.string().min(4),
    /** 2–8 options, at least one correct. */
    options: z.array(option).min(2).max(8),
  });
  const scenario = z.object({
    ...base,
    type: z.literal('scenario'),
    /** The short case from the counter, two to five sentences. */
    case: z.string().min(10),
    /** The question about the case. */
    prompt: z.string().min(4),
    /** Options; one correct = single choice, several = select all that apply. */
    options: z.array(option).min(2).max(6),
  });
  const truefalse = z.object({
    ...base,
    type: z.literal('truefalse'),
    /** A statement to judge. */
    prompt: z.string().min(4),
    /** Whether the statement is true. */
    answer: z.boolean(),
  });
  const ordering = z.object({
    ...base,
    type: z.literal('ordering'),
    /** The instruction, e.g. 把保全作业流程排成正确顺序. */
    prompt: z.string().min(4),
    /** The items, in the right order (shown shuffled); responses list item ids. */
    items: z
      .array(
        z.object({
          /** Stable id of the step; responses refer to it. */
          id: optionIdSchema,
          /** The step as shown. */
          text: z.string().min(1),
        }),
      )
      .min(3)
      .max(9),
  });
  const matching = z.object({
    ...base,
    type: z.literal('matching'),
    /** The instruction. */
    prompt: z.string().min(4),
    /** Pairs, each left matched to its right (rights are shown shuffled); responses map pair id → pair id. */
    pairs: z
      .array(
        z.object({
          /** Stable id of the pair; names both its left and its right side in responses. */
          id: optionIdSchema,
          /** Shown as the row label. */
          left: z.string().min(1),
          /** Offered in every row's list. */
          right: z.string().min(1),
        }),
      )
      .min(2)
      .max(6),
  });
  const numeric = z.object({
    ...base,
    type: z.literal('numeric'),
    /** The question. */
    prompt: z.string().min(4),
    /** The number. */
    answer: z.number(),
    /** The unit shown after the input, e.g. 个工作日. */
    unit: z.string().min(1),
  });
  return z
    .discriminatedUnion('type', [single, multiple, scenario, truefalse, ordering, matching, numeric], {
      error: (issue) =>
        issue.code === 'invalid_union' ? `题型 type 必须是 ${QUESTION_TYPES.join(' / ')} 之一` : undefined,
    })
    .superRefine((q, ctx) => {
      if (q.type === 'single') {
        const n = q.options.filter((o) => o.correct).length;
        if (n !== 1) {
          ctx.addIssue({ code: 'custom', path: ['options'], message: `单选题 "${q.id}" 必须恰好有一个正确选项（现在有 ${n} 个）` });
        }
      }
      if ((q.type === 'multiple' || q.type === 'scenario') && !q.options.some((o) => o.correct)) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: `题目 "${q.id}" 至少要有一个正确选项` });
      }
      if ('options' in q) {
        const texts = q.options.map((o) => o.text);
        if (new Set(texts).size !== texts.length) {
          ctx.addIssue({ code: 'custom', path: ['options'], message: `题目 "${q.id}" 有重复的选项` });
        }
      }
      const lists = { options: 'options' in q ? q.options : [], items: q.type === 'ordering' ? q.items : [], pairs: q.type === 'matching' ? q.pairs : [] };
      for (const [field, list] of Object.entries(lists)) {
        const twice = repeated(list.map((x) => x.id));
        if (twice.length) {
          ctx.addIssue({ code: 'custom', path: [field], message: `题目 "${q.id}" 的 ${field} 中 id 重复：${twice.join('、')}（每项的 id 在本题内必须唯一）` });
        }
      }
      if (q.type === 'matching' && new Set(q.pairs.map((p) => p.right)).size !== q.pairs.length) {
        ctx.addIssue({ code: 'custom', path: ['pairs'], message: `连线题 "${q.id}" 右侧选项不能重复` });
      }
    });
}
export type Question = z.infer<ReturnType<typeof questionSchema>>;
export type QuestionType = Question['type'];
/** A question as the site ships it: with its content fingerprint (src/quizzes/identity.ts), computed at build time. */
export type BankQuestion = Question & { fingerprint: string };
export type { QuizTopic } from './quizTopics';

/** A quiz: a fixed set of questions by filter, or an exam that draws per topic. */
export function quizSchema(known: KnownIds) {
  return z
    .object({
      /** Stable ASCII id, also the URL /quizzes/<id>/. */
      id: idSchema,
      /** Title shown on the list and the quiz page. */
      title: z.string().min(2),
      /** One sentence on what it covers. */
      summary: z.string().min(6),
      /** practice = feedback after each answer; exam = timer, feedback at the end. */
      mode: z.enum(['practice', 'exam']),
      /** Questions with any of these topics (empty = any topic). */
      topics: z.array(quizTopicSchema).default([]),
      /** Only questions whose learn link is in one of these chapters (empty = any chapter). */
      chapters: z.array(z.string()).default([]),
      /** How many questions to ask (drawn at random); omitted = all that match. */
      count: z.number().int().positive().optional(),
      /** Exam: how many questions to draw from each topic. */
      perTopic: z.partialRecord(quizTopicSchema, z.number().int().positive()).optional(),
      /** Exam: time limit in minutes. */
      minutes: z.number().int().positive().optional(),
      /** Score (percent) needed to pass. */
      passMark: z.number().int().min(1).max(100).default(80),
    })
    .superRefine((q, ctx) => {
      for (const [i, c] of q.chapters.entries()) {
        if (!known.chapters.has(c)) ctx.addIssue({ code: 'custom', path: ['chapters', i], message: `找不到章节 "${c}"` });
      }
      if (q.mode === 'exam' && !q.minutes) {
        ctx.addIssue({ code: 'custom', path: ['minutes'], message: '考试必须设时间限制 minutes' });
      }
      if (q.perTopic && (q.topics.length || q.chapters.length || q.count)) {
        ctx.addIssue({ code: 'custom', path: ['perTopic'], message: 'perTopic 按主题抽题，不能再同时写 topics、chapters 或 count' });
      }
    });
}
export type QuizDefinition = z.infer<ReturnType<typeof quizSchema>>;
