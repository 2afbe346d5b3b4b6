/**
 * A walkthrough of one process (接报案, 保全 …), written as data. The machine factory
 * (src/machines/walkthroughMachine.ts) turns it into an xstate machine; the page renders every
 * step server-side; the diagram is laid out from the same steps.
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

/** Step ids are machine state names: lowerCamel words, as in the xstate examples. */
export const stepIdSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, { error: '步骤 id 用小驼峰英文（例如 checkDocuments）' });

/** How a final step ends the process. */
export const OUTCOME_KINDS = ['办结', '不予受理', '拒赔', '不予承保', '不予变更', '转交', '待补正'] as const;

export function processSchema(known: KnownIds) {
  const choice = z.object({
    /** What the clerk sees on the button, e.g. 资料齐全. */
    label: z.string().min(1),
    /** The step this choice leads to. */
    to: stepIdSchema,
  });
  const step = z
    .object({
      /** Stable id; also the URL fragment (#step-<id>) and the machine state name. */
      id: stepIdSchema,
      /** Short title, e.g. 受理初审. */
      title: z.string().min(2),
      /** What to do at this step, in one to three plain sentences. */
      body: z.string().min(4),
      /** Points to check or ask, e.g. the three groups of facts. */
      checklist: z.array(z.string().min(2)).default([]),
      /** Phrases to say here (ids of phrases). */
      say: z.array(refTo('phrases', known)).default([]),
      /** Document list to collect here (id). */
      documents: refTo('documents', known).optional(),
      /** Time limits that start or run at this step (ids of rules); the first gets the date calculator. */
      rules: z.array(refTo('rules', known)).default([]),
      /** Where the step comes from. */
      source: citationSchema(known),
      /** The next step, for a step without a decision. */
      next: stepIdSchema.optional(),
      /** The branches, for a step with a decision; the question is the step title. */
      choices: z.array(choice).min(2, { error: '分支至少要有两个选项' }).optional(),
      /** Set on a step that ends the process, with how it ends. */
      outcome: z.object({ kind: z.enum(OUTCOME_KINDS), text: z.string().min(2) }).optional(),
    })
    .superRefine((s, ctx) => {
      const ways = [s.next, s.choices, s.outcome].filter((x) => x !== undefined).length;
      if (ways !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['next'],
          message: `步骤 "${s.id}" 必须且只能写 next、choices、outcome 其中之一（现在写了 ${ways} 个）`,
        });
      }
    });

  return z
    .object({
      /** Stable ASCII id, also the URL /processes/<id>/. */
      id: idSchema,
      /** Name of the process, e.g. 保全. */
      title: z.string().min(2),
      /** One sentence: what this walkthrough covers and when to use it. */
      summary: z.string().min(6),
      /** Chapter (docs slug) that teaches the process. */
      chapter: refTo('chapters', known),
      /** Documents and articles the process follows. */
      sources: z.array(citationSchema(known)).min(1),
      /** Inventory ids the walkthrough practises. */
      covers: z.array(refTo('inventory', known)).default([]),
      /** Order on the /processes/ page. */
      order: z.number().int().positive(),
      /** Id of the first step. */
      initial: stepIdSchema,
      /** The steps, in the order a reader should see them without JavaScript. */
      steps: z.array(step).min(2),
    })
    .superRefine((p, ctx) => {
      const ids = new Map<string, number>();
      p.steps.forEach((s, i) => {
        if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `步骤 id "${s.id}" 重复` });
        ids.set(s.id, i);
      });
      if (!ids.has(p.initial)) {
        ctx.addIssue({ code: 'custom', path: ['initial'], message: `初始步骤 "${p.initial}" 不存在` });
      }
      p.steps.forEach((s, i) => {
        if (s.next && !ids.has(s.next)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'next'], message: `步骤 "${s.id}" 的 next 指向不存在的步骤 "${s.next}"` });
        }
        s.choices?.forEach((c, j) => {
          if (!ids.has(c.to)) {
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, 'choices', j, 'to'],
              message: `步骤 "${s.id}" 的选项「${c.label}」指向不存在的步骤 "${c.to}"`,
            });
          }
        });
      });
      if (!p.steps.some((s) => s.outcome)) {
        ctx.addIssue({ code: 'custom', path: ['steps'], message: '流程至少要有一个结束步骤（写 outcome 的步骤）' });
      }
    });
}
export type ProcessDefinition = z.infer<ReturnType<typeof processSchema>>;
export type ProcessStep = ProcessDefinition['steps'][number];
