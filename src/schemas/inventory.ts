/** The knowledge points the site must teach (from shared/norms-inventory.md), kept as data so coverage is testable. */
import { z } from 'astro/zod';

export const inventoryItemSchema = z.object({
  /** The inventory id, e.g. `B6` (letter + number, as in the inventory). */
  id: z.string().regex(/^[A-Z]\d{1,2}$/, { error: '知识点 id 形如 B6（一个大写字母加数字）' }),
  /** The inventory section it belongs to, e.g. 保全. */
  area: z.string().min(2),
  /** Our own short title for the point. */
  title: z.string().min(2),
  /** Seed files the point comes from. */
  seeds: z.array(z.enum(['000', '001', '002', '003', '004'])).min(1),
});
export type InventoryItem = z.infer<typeof inventoryItemSchema>;
