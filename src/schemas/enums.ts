/**
 * Closed vocabularies shared by several schemas. Each list is written once here;
 * schemas, filters and UI read it, so adding a value is a one-line change.
 */
import { z } from 'astro/zod';

/**
 * Units a time limit can be counted in, written exactly as the source writes them. 工作日 and 日
 * (calendar days) are never interchangeable. 天 is a calendar day too (《健康保险管理办法》 writes
 * “15天”); it is kept as written and counted like 日. 年 counts by 《民法典》第二百零二条.
 */
export const LIMIT_UNITS = ['工作日', '日', '天', '小时', '年'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];
export const limitUnitSchema = z.enum(LIMIT_UNITS, {
  error: (issue) =>
    `时限单位必须是 ${LIMIT_UNITS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/**
 * What a rule's limit is. 期限: something must be done within it, counted from the trigger (the
 * 期限计算器 computes these). 服务标准: a standing service level such as 每日24小时电话服务, not
 * counted from any event, so the calculator does not offer it.
 */
export const REQUIREMENTS = ['期限', '服务标准'] as const;
export const requirementSchema = z.enum(REQUIREMENTS, {
  error: (issue) => `requirement 必须是 ${REQUIREMENTS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Business lines used to group time limits on the 时限速查 page. */
export const BUSINESS_LINES = ['承保', '回访', '保全', '理赔', '投诉', '电话', '经纪', '农险', '通用'] as const;
export const businessLineSchema = z.enum(BUSINESS_LINES, {
  error: (issue) => `业务条线必须是 ${BUSINESS_LINES.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Who a page is written for. */
export const AUDIENCES = ['新员工', '柜面', '管理者'] as const;
export const audienceSchema = z.enum(AUDIENCES, {
  error: (issue) => `读者必须是 ${AUDIENCES.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** The information architecture: one topic per chapter group (also the sidebar groups). */
export const TOPICS = [
  '服务原则',
  '职业礼仪',
  '服务用语',
  '营业场所与柜面',
  '电话与多渠道',
  '销售与承保',
  '回访',
  '保全',
  '理赔',
  '退保与批改',
  '投诉处理',
  '信息保护',
  '客户关系与质量',
  '专项规范',
  '法规对照',
] as const;
export const topicSchema = z.enum(TOPICS, {
  error: (issue) => `主题必须是 ${TOPICS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Phrase levels: what must be said, what is encouraged, what is forbidden. */
export const PHRASE_LEVELS = ['必讲', '提倡', '禁忌'] as const;
export const phraseLevelSchema = z.enum(PHRASE_LEVELS, {
  error: (issue) => `用语级别必须是 ${PHRASE_LEVELS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Where a phrase is used. 通用 = both counter and telephone. */
export const CHANNELS = ['柜面', '电话', '通用'] as const;
export const channelSchema = z.enum(CHANNELS, {
  error: (issue) => `渠道必须是 ${CHANNELS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/**
 * The moments of a customer's visit (or call), in the order they happen: lists of phrases go from
 * arrival to leaving. 任何时候 gathers what can happen at any point.
 */
export const SITUATION_MOMENTS = ['客户到来', '了解需求', '办理业务', '客户离开', '任何时候'] as const;
export const situationMomentSchema = z.enum(SITUATION_MOMENTS, {
  error: (issue) => `时段必须是 ${SITUATION_MOMENTS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Conditions under which an item of a document list applies. */
export const ITEM_CONDITIONS = [
  '疾病',
  '意外',
  '未成年人',
  '委托办理',
  '宣告死亡',
  '作为遗产',
  // Case types of a basic checklist that covers every claim (《售后服务管理细则》第四条（四））, and
  // medical items only some treatments produce: conditions as data, not notes (question-bank audit W1/W2).
  '身故',
  '残疾',
  '烧烫伤',
  '财产损失',
  '住院治疗',
  '做过病理检查',
] as const;
export const itemConditionSchema = z.enum(ITEM_CONDITIONS, {
  error: (issue) =>
    `材料适用条件必须是 ${ITEM_CONDITIONS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/**
 * What kind of document a source is. The kind says who wrote it and whom it binds; whether it
 * is still in force is a separate thing (SOURCE_EFFECTS). Ordered from the law down.
 */
export const SOURCE_KINDS = [
  '法律',
  '行政法规',
  '部门规章',
  '规范性文件',
  '推荐性国家标准',
  '全国行业自律规范',
  '地方行业规范',
  '地方政府文件',
  '公司制度',
  '培训材料示例',
] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS, {
  error: (issue) => `文件类别必须是 ${SOURCE_KINDS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Kinds made by the state that bind every insurer in the country (law, administrative
 * regulation, the regulator's rules and notices). Only these can govern at the counter.
 */
export const NATIONAL_KINDS = ['法律', '行政法规', '部门规章', '规范性文件'] as const satisfies readonly SourceKind[];
/** Kinds that apply only in one province or city; such a source names its region. */
export const LOCAL_KINDS = ['地方行业规范', '地方政府文件'] as const satisfies readonly SourceKind[];

/**
 * Whether a document (or one rule of it) is in force.
 * 已被取代 = the text still exists but a later rule decides the matter;
 * 未能核对原文 = no official copy was found to check the text against.
 */
export const SOURCE_EFFECTS = ['现行', '已被取代', '已废止', '未能核对原文'] as const;
export const sourceEffectSchema = z.enum(SOURCE_EFFECTS, {
  error: (issue) => `效力必须是 ${SOURCE_EFFECTS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});
export type SourceEffect = (typeof SOURCE_EFFECTS)[number];

/** A rule's own effect when it differs from its document's: the document is current, the article is not. */
export const RULE_EFFECTS = ['已被取代', '已废止'] as const satisfies readonly SourceEffect[];
export const ruleEffectSchema = z.enum(RULE_EFFECTS, {
  error: (issue) =>
    `规则自己的效力只能写 ${RULE_EFFECTS.join(' / ')}（现行或未能核对原文随出处文件，不用写），收到的是 ${JSON.stringify(issue.input)}`,
});

/**
 * How a rule or a text compares with the current national rule.
 * 严于 / 宽于全国规定: a local, company or training text asks more / less than the national rule;
 * 更具体: a national regulation spells out what the law leaves open (5个工作日 for 《保险法》's 及时);
 * 已补充: a later national rule adds to an earlier one that stays in force (a deadline, more cases);
 * 已被取代: a later rule decides the matter instead; 口径不同: they speak of different things.
 */
export const COMPARISON_VERDICTS = ['一致', '严于全国规定', '宽于全国规定', '更具体', '已补充', '已被取代', '口径不同'] as const;
/** Verdicts that measure a non-national text against the national rule; meaningless between two national rules. */
export const AGAINST_NATIONAL_VERDICTS = ['严于全国规定', '宽于全国规定'] as const;
export const comparisonVerdictSchema = z.enum(COMPARISON_VERDICTS, {
  error: (issue) =>
    `对照结论必须是 ${COMPARISON_VERDICTS.join(' / ')} 之一，收到的是 ${JSON.stringify(issue.input)}`,
});

/** Lower-case ASCII ids keep URLs, anchors and JSON keys stable. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id 只能用小写字母、数字和连字符（例如 baoquan-accept）' });
