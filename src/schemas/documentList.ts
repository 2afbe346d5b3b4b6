/** A checklist of documents for one claim or service type. */
import { z } from 'astro/zod';
import { idSchema, itemConditionSchema } from './enums';
import { refTo, type KnownIds } from './refs';
import { citationSchema } from './source';

/** Service types a counter clerk picks from on the 材料清单 page. */
export const SERVICE_TYPES = ['理赔基本资料', '身故', '残疾', '医疗', '重大疾病', '保全', '退保', '批改', '投诉'] as const;

export function documentListSchema(known: KnownIds) {
  const item = z.object({
    /** Stable ASCII id within the list, used for tick-box state and anchors. */
    id: idSchema,
    /** What to bring, e.g. 受益人身份证件. */
    text: z.string().min(2),
    /** Alternatives of which any one is enough (任选其一), e.g. 死亡证明 / 火化证明. */
    anyOf: z.array(z.string().min(2)).optional(),
    /** Only needed under these conditions; empty = always needed. */
    when: z.array(itemConditionSchema).default([]),
    /** Not needed under these conditions (another item replaces it), e.g. 未成年人. */
    unless: z.array(itemConditionSchema).default([]),
    /** Whether an original (原件) is required. */
    original: z.boolean().default(false),
    /** A short hint for the clerk, e.g. 未成年人提供监护人账户. */
    note: z.string().optional(),
  });
  return z
    .object({
      /** Stable ASCII id, e.g. `claim-death`. */
      id: idSchema,
      /** Title of the checklist, e.g. 身故保险金申请材料. */
      title: z.string().min(2),
      /** Which service type it belongs to, for the picker. */
      serviceType: z.enum(SERVICE_TYPES, {
        error: (issue) => `业务类型必须是 ${SERVICE_TYPES.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
      }),
      /** One sentence on when this list applies. */
      summary: z.string().min(4),
      /** The items, in the order they are usually checked. */
      items: z.array(item).min(1, { error: '材料清单至少要有一项' }),
      /** Where the list comes from; the list's badge (kind and effect) is its source's. */
      source: citationSchema(known),
      /** A caveat shown under the list, e.g. 公司可增加要求，但须一次性告知. */
      note: z.string().optional(),
      /** Chapter (docs slug) that teaches this list. */
      chapter: refTo('chapters', known),
      /** Inventory ids this list belongs to. */
      covers: z.array(refTo('inventory', known)).default([]),
    })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.items.forEach((it, i) => {
        if (seen.has(it.id)) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `材料 id "${it.id}" 在本清单中重复` });
        }
        seen.add(it.id);
      });
    });
}
export type DocumentList = z.infer<ReturnType<typeof documentListSchema>>;
export type DocumentItem = DocumentList['items'][number];
