/**
 * A situation a clerk meets, from the customer's arrival to their leaving (or from picking up
 * the phone to hanging up). Phrases name their situation; every list of phrases (the 服务用语
 * chapter, the 服务用语手册) follows this order, so the order is written once, here as data in
 * src/content/norms/situations.yaml.
 */
import { z } from 'astro/zod';
import { idSchema, situationMomentSchema } from './enums';

export const situationSchema = z.object({
  /** Stable ASCII id, also the anchor of the situation in the 服务用语手册 (#situation-<id>). */
  id: idSchema,
  /** The situation as a clerk names it, exactly as phrases write it in their `situation` field, e.g. 客户走错窗口. */
  name: z.string().min(2),
  /** When in the customer's visit or call it happens: 客户到来, 了解需求, 办理业务, 客户离开, or 任何时候. */
  moment: situationMomentSchema,
  /** Position within its moment, smallest first: the order a customer meets the situations. */
  order: z.number({ error: '顺序 order 必须是数字（同一时段里越小越靠前）' }).int().positive(),
});
export type Situation = z.infer<typeof situationSchema>;
