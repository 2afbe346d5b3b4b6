/** A time limit: one entry per rule, read by chapters, tables, walkthroughs and quizzes. */
import { z } from 'astro/zod';
import {
  AGAINST_NATIONAL_VERDICTS,
  businessLineSchema,
  comparisonVerdictSchema,
  idSchema,
  limitUnitSchema,
  ruleEffectSchema,
} from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';
import { governsAtCounter, isNationalKind } from '../lib/ruleStanding';

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
      /**
       * This rule's own effect, only when it differs from its document's: the document is current
       * but this article has been replaced by a later rule (e.g. 2010年规定第二十九条 by the 2020
       * complaints rules). Leave it out and the rule takes its document's effect.
       */
      effect: ruleEffectSchema.optional(),
      /** Id of the rule that decides the matter now, when this one is superseded or repealed. */
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
      const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const source = known.sourceFacts?.get(rule.source.doc);
      if (rule.effect && source && source.effect !== '现行') {
        issue(
          ['effect'],
          `出处「${source.shortTitle}」的效力已是「${source.effect}」，本条随之，不要另写 effect；effect 只用于出处现行、而本条已被后来的规定取代的情形`,
        );
      }
      const effect = rule.effect ?? source?.effect;
      const replaced = effect === '已被取代' || effect === '已废止';
      if (replaced && !rule.supersededBy) {
        issue(['supersededBy'], `本条的效力是「${effect}」，必须用 supersededBy 写明现在以哪条规则为准`);
      }
      if (rule.supersededBy && effect && !replaced) {
        issue(
          ['supersededBy'],
          `本条的效力是「${effect}」（随出处「${source?.shortTitle}」），不能写 supersededBy；如果本条已被后来的规定取代，请加上 effect: 已被取代`,
        );
      }
      if (rule.supersededBy && rule.comparison?.verdict !== '已被取代') {
        issue(['comparison', 'verdict'], '写了 supersededBy 的规则，comparison.verdict 必须是「已被取代」');
      }
      if (rule.comparison?.verdict === '已被取代' && !rule.supersededBy) {
        issue(['supersededBy'], '对照结论是「已被取代」的规则必须用 supersededBy 写明取代它的规则');
      }
      if (source && !governsAtCounter(rule, source) && !rule.comparison) {
        issue(
          ['comparison'],
          `出处是「${source.kind}」、效力为「${effect}」的规则不是柜面应执行的现行全国规定，必须写 comparison，说明它与现行全国规定的关系`,
        );
      }
      if (rule.supersededBy === rule.id) issue(['supersededBy'], '规则不能被自己取代');
      const verdict = rule.comparison?.verdict;
      if (source && verdict && isNationalKind(source.kind) && (AGAINST_NATIONAL_VERDICTS as readonly string[]).includes(verdict)) {
        issue(
          ['comparison', 'verdict'],
          `本条出自全国规定（${source.kind}），不能说「${verdict}」；细化上位法的用「更具体」，后来的规定增加要求的用「已补充」`,
        );
      }
    });
}
export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
