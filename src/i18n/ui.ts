/**
 * Every UI string the site's own components show, in one place. The schema makes a missing or
 * empty string a type error and a test failure rather than a blank on the page.
 */
import { z } from 'astro/zod';

const KEYS = [
  'rule.limit',
  'rule.trigger',
  'rule.scope',
  'rule.actor',
  'rule.source',
  'rule.alsoIn',
  'rule.excludes',
  'rule.status',
  'rule.comparison',
  'rule.national',
  'rule.governs',
  'rule.this',
  'rule.supersededBy',
  'rule.chapter',
  'rule.unknownTitle',
  'docs.when',
  'docs.unless',
  'docs.anyOf',
  'docs.original',
  'docs.always',
  'docs.source',
  'phrase.level',
  'phrase.channel',
  'phrase.source',
  'phrase.say',
  'phrase.avoid',
  'table.caption.deadlines',
  'table.business',
  'table.rule',
  'table.limit',
  'table.trigger',
  'table.source',
  'table.status',
  'source.kind',
  'source.status',
  'source.effective',
  'source.repealed',
  'source.replacedBy',
  'search.button',
  'search.shortcut',
] as const;

export const uiStringsSchema = z.object(
  Object.fromEntries(KEYS.map((k) => [k, z.string().min(1, { error: `界面文字 ${k} 不能为空` })])) as Record<
    (typeof KEYS)[number],
    z.ZodString
  >,
);
export type UiKey = (typeof KEYS)[number];

export const ui = uiStringsSchema.parse({
  'rule.limit': '时限',
  'rule.trigger': '起算',
  'rule.scope': '适用',
  'rule.actor': '由谁办理',
  'rule.source': '出处',
  'rule.alsoIn': '同样见于',
  'rule.excludes': '不计入期限',
  'rule.status': '效力',
  'rule.comparison': '与全国规定对照',
  'rule.national': '现行全国规定',
  'rule.governs': '柜面以此为准',
  'rule.this': '本条',
  'rule.supersededBy': '已由以下规则取代',
  'rule.chapter': '详见章节',
  'rule.unknownTitle': '时限规则',
  'docs.when': '仅在以下情形需要',
  'docs.unless': '以下情形不需要',
  'docs.anyOf': '任选其一',
  'docs.original': '原件',
  'docs.always': '都需要',
  'docs.source': '清单出处',
  'phrase.level': '级别',
  'phrase.channel': '渠道',
  'phrase.source': '出处',
  'phrase.say': '这样说',
  'phrase.avoid': '不能这样做',
  'table.caption.deadlines': '时限一览',
  'table.business': '业务',
  'table.rule': '事项',
  'table.limit': '时限',
  'table.trigger': '起算点',
  'table.source': '出处',
  'table.status': '效力',
  'source.kind': '类别',
  'source.status': '状态',
  'source.effective': '施行日期',
  'source.repealed': '废止日期',
  'source.replacedBy': '取代它的文件',
  'search.button': '搜索',
  'search.shortcut': '快捷键',
} satisfies Record<UiKey, string>);

/** Look up a UI string. */
export function t(key: UiKey): string {
  return ui[key];
}
