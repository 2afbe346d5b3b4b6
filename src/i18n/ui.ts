/**
 * Every UI string the site's own components and scripts show, in one place. Plain data with no
 * dependencies, so browser scripts can import it without pulling in zod; the schema check lives
 * in ./uiSchema.ts and runs in the unit tests.
 */
export const ui = {
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
  'filter.all': '全部',
  'filter.line': '业务',
  'filter.unit': '单位',
  'filter.query': '关键词',
  'filter.queryHint': '例如：受理、拒赔、回访',
  'filter.reset': '清除筛选',
  'filter.count': '显示 {shown} / {total} 条',
  'filter.none': '没有符合条件的时限，请放宽筛选条件。',
  'filter.legend': '筛选时限',
  'table.chapter': '章节',
  'checklist.pick': '选择业务类型',
  'checklist.conditions': '本案情形（勾选后只显示适用的材料）',
  'checklist.print': '打印这份清单',
  'checklist.clear': '清空勾选',
  'checklist.progress': '已备齐 {done} / {total} 项',
  'checklist.printedOn': '打印日期',
  'checklist.customer': '客户姓名',
  'checklist.clerk': '经办人',
  'search.button': '搜索',
  'search.shortcut': '快捷键',
} as const;

export type UiKey = keyof typeof ui;

/** Look up a UI string; `{name}` placeholders are replaced from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
