/** A time limit: one entry per rule, read by chapters, tables, walkthroughs and quizzes. */
import { z } from 'astro/zod';
import {
  businessLineSchema,
  comparisonVerdictSchema,
  idSchema,
  limitUnitSchema,
  requirementSchema,
  ruleStatusSchema,
} from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

export function ruleSchema(known: KnownIds) {
  return z
    .object({
      /** Stable ASCII id, e.g. `baoquan-accept-complete`. */
      id: idSchema,
      /** Short name of the rule for tables and headings, e.g. 保全受理（资料齐全）. */
      title: z.string().min(2),
      /** What must happen, written as an action, e.g. 完成保全受理. */
      action: z.string().min(2),
      /** When the clock starts (起算点), e.g. 收到资料齐全、符合约定的保全申请之日. */
      trigger: z.string().min(2, { error: '请写明起算点（从哪一天开始算）' }),
      /** The limit itself. */
      limit: z.object({
        /** How many units. */
        value: z.number({ error: '时限数值必须是数字' }).int().positive({ error: '时限数值必须是正整数' }),
        /** 工作日, 日 (calendar days) or 小时, exactly as the source writes it. */
        unit: limitUnitSchema,
        /** 以内 = a deadline (must be done within); 不少于 = a minimum (e.g. 公示不少于5日, 人工接听不少于8小时). */
        bound: z.enum(['以内', '不少于']).default('以内'),
      }),
      /** 期限 (the default: counted from the trigger) or 服务标准 (a standing service level the 期限计算器 leaves out). */
      requirement: requirementSchema.default('期限'),
      /** Who acts, e.g. 保险公司 or 营运部门. */
      actor: z.string().min(2),
      /** Business line for filtering on the 时限速查 page. */
      businessLine: businessLineSchema,
      /** Where the rule comes from. */
      source: citationSchema(known),
      /** Other documents that state the same limit in the same terms (同样见于). */
      alsoIn: z.array(citationSchema(known)).default([]),
      /** Time that does not count towards the limit, e.g. 体检所需时间. */
      excludes: z.string().optional(),
      /** How binding the rule is. */
      status: ruleStatusSchema,
      /** Id of the rule that replaces this one, when this one is repealed or overridden. */
      supersededBy: refTo('rules', known).optional(),
      /** How this rule compares with the current national rule; required unless it is that rule. */
      comparison: z
        .object({
          /** The verdict in one word. */
          verdict: comparisonVerdictSchema,
          /** Id of the national rule it is compared with. */
          nationalRule: refTo('rules', known).optional(),
          /** One or two sentences: what differs and which one governs at the counter. */
          note: z.string().min(4),
        })
        .optional(),
      /** Chapter (docs slug) that teaches this rule; the 时限速查 table links to it. */
      chapter: refTo('chapters', known),
      /** Inventory ids this rule belongs to. */
      covers: z.array(refTo('inventory', known)).default([]),
      /** Extra words a clerk might search for, e.g. 变更、批改. */
      keywords: z.array(z.string()).default([]),
    })
    .superRefine((rule, ctx) => {
      if (rule.status === '已废止' && !rule.supersededBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['supersededBy'],
          message: '已废止的规则必须用 supersededBy 指明取代它的规则',
        });
      }
      if (rule.supersededBy && rule.comparison?.verdict !== '已被取代') {
        ctx.addIssue({
          code: 'custom',
          path: ['comparison', 'verdict'],
          message: '写了 supersededBy 的规则，comparison.verdict 必须是「已被取代」',
        });
      }
      if (rule.status !== '现行全国规定' && !rule.comparison) {
        ctx.addIssue({
          code: 'custom',
          path: ['comparison'],
          message: `状态为「${rule.status}」的规则必须写 comparison，说明它与现行全国规定的关系`,
        });
      }
      if (rule.supersededBy === rule.id) {
        ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: '规则不能被自己取代' });
      }
    });
}
export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
