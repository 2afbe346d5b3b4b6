/**
 * A sequence of steps exactly as a source states it (e.g. 河南规范第二十九条's 保全作业流程:
 * 客户申请—受理初审—…—归档). Ordering and "next step" questions are built only from these — never
 * from the walkthrough graphs, whose decision nodes and branch steps are the site's own model.
 */
import { z } from 'astro/zod';
import { idSchema } from './enums';
import { learnLinkSchema, orderedStepSchema } from './quiz';
import type { KnownIds } from './refs';
import { citationSchema } from './source';

export function sequenceSchema(known: KnownIds) {
  return z
    .object({
      /** Stable ASCII id, e.g. `henan-baoquan-flow`. */
      id: idSchema,
      /** What the steps are, as a clerk names it, e.g. 保全作业流程. */
      title: z.string().min(2),
      /** The steps in the order the source gives them; ids become the ordering question's item ids. */
      steps: z
        .array(orderedStepSchema)
        .min(3, { error: '一个顺序至少要有 3 步' })
        .max(9, { error: '一个顺序最多 9 步（排序题放不下更多）' }),
      /** The document and article that state the order. */
      source: citationSchema(known),
      /** The chapter section that teaches the order: chapter-slug#anchor. */
      learn: learnLinkSchema(known),
    })
    .superRefine((s, ctx) => {
      const ids = s.steps.map((x) => x.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: `步骤 id 重复：${[...new Set(twice)].join('、')}` });
      const texts = s.steps.map((x) => x.text);
      if (new Set(texts).size !== texts.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: '有两步的文字相同，排序题无法判定' });
    });
}
export type Sequence = z.infer<ReturnType<typeof sequenceSchema>>;
