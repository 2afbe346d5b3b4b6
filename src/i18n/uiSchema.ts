/** The check on ./ui.ts: every key present and non-empty. Used by the unit tests, not shipped. */
import { z } from 'astro/zod';
import { ui } from './ui';

export const uiStringsSchema = z.object(
  Object.fromEntries(
    Object.keys(ui).map((k) => [k, z.string().min(1, { error: `界面文字 ${k} 不能为空` })]),
  ),
);
