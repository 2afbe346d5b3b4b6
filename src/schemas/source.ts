/**
 * Source documents and citations: every rule on the site names where it comes from.
 * A source records two separate things — what kind of document it is (`kind`) and whether it is
 * in force (`effect`) — and when its text was last compared with the site (`checked`). Rules take
 * their standing from their source (src/lib/ruleStanding.ts); a rule records only what differs.
 */
import { z } from 'astro/zod';
import { LOCAL_KINDS, idSchema, sourceEffectSchema, sourceKindSchema } from './enums';
import { refTo, type KnownIds } from './refs';

/** Kinds published by an order (主席令, 国务院令, 部门令). */
const ORDER_KINDS = ['法律', '行政法规', '部门规章'] as const;

const isoDate = (field: string) => z.iso.date({ error: `${field}必须写成 YYYY-MM-DD` });

/** A document the site cites (a law, a regulation, a provincial norm, a company rule, training material). */
export function sourceDocumentSchema(known: KnownIds) {
  return z
    .object({
      /** Stable ASCII id used by citations, e.g. `henan-2014`. */
      id: idSchema,
      /** Full title as it appears in print, e.g. 《人身保险业务基本服务规定》. */
      title: z.string().min(2),
      /** Short name used in running text and tables, e.g. 2010年《基本服务规定》. */
      shortTitle: z.string().min(2),
      /** Issuing document number, e.g. 保监会令2010年第4号. */
      docNumber: z.string().optional(),
      /** What kind of document this is: who wrote it and whom it binds. */
      kind: sourceKindSchema,
      /** The province or city a local document applies in, e.g. 河南省; only for local kinds. */
      region: z.string().min(2).optional(),
      /** Whether the document is in force, superseded, repealed, or could not be checked against an official copy. */
      effect: sourceEffectSchema,
      /** Date it was issued (印发、发布) (YYYY-MM-DD), when the document states it. */
      issued: isoDate('印发日期 issued ').optional(),
      /** Date it took effect (施行) (YYYY-MM-DD), when the document states it. */
      effective: isoDate('施行日期 effective ').optional(),
      /** Date it was repealed (YYYY-MM-DD); required when effect is 已废止. */
      repealed: isoDate('废止日期 repealed ').optional(),
      /** Id of the document that replaced it; required when effect is 已被取代. */
      replacedBy: refTo('sources', known).optional(),
      /** When the site's rules, lists and phrases were last compared with this document's text (YYYY-MM-DD). */
      checked: isoDate('核对日期 checked '),
      /** Which file(s) of the compilation the site took it from (000–004), or `crossref` for the verified national text. */
      seeds: z.array(z.enum(['000', '001', '002', '003', '004', 'crossref'])).min(1),
      /** One or two sentences on scope and reliability, shown on the 出处文件 page. */
      note: z.string().optional(),
    })
    .superRefine((s, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (s.effect === '现行' && s.repealed) {
        issue('repealed', '效力为「现行」的文件不能有废止日期；已经废止的，请把 effect 改为「已废止」');
      }
      if (s.effect === '现行' && s.replacedBy) {
        issue('replacedBy', '效力为「现行」的文件不能写 replacedBy；已被取代的，请把 effect 改为「已被取代」');
      }
      if (s.effect === '已废止' && !s.repealed) issue('repealed', '效力为「已废止」的文件必须写废止日期 repealed');
      if (s.effect === '已被取代' && !s.replacedBy) {
        issue('replacedBy', '效力为「已被取代」的文件必须用 replacedBy 写明取代它的文件');
      }
      if (s.replacedBy === s.id) issue('replacedBy', '文件不能被自己取代');
      const local = (LOCAL_KINDS as readonly string[]).includes(s.kind);
      if (local && !s.region) issue('region', `「${s.kind}」必须写 region，说明在哪个省市适用（例如 河南省）`);
      if (!local && s.region) {
        issue('region', `region 只用于${LOCAL_KINDS.join('和')}；「${s.kind}」不是地方文件，请删去 region`);
      }
      // The document number tells a 令 from a 通知 (review F9: 保监发〔2017〕54号 had been filed as a 部门规章).
      if (s.docNumber) {
        const isOrder = s.docNumber.includes('令');
        if (s.kind === '部门规章' && !isOrder) {
          issue('kind', `文号「${s.docNumber}」不是“令”：部门规章以“令”公布，以通知等形式发布的是规范性文件`);
        }
        if (isOrder && !(ORDER_KINDS as readonly string[]).includes(s.kind)) {
          issue('kind', `文号「${s.docNumber}」是“令”，以令公布的是${ORDER_KINDS.join('、')}，不是「${s.kind}」`);
        }
      }
      if (s.issued && s.checked < s.issued) issue('checked', '核对日期不能早于印发日期');
      if (s.effective && s.repealed && s.repealed < s.effective) issue('repealed', '废止日期不能早于施行日期');
    });
}
export type SourceDocument = z.infer<ReturnType<typeof sourceDocumentSchema>>;

/** A citation: which document, which article. */
export function citationSchema(known: KnownIds) {
  return z.object({
    /** Id of a source document in src/content/norms/sources. */
    doc: refTo('sources', known),
    /** Article or place in the document, e.g. 第十九条第一款 or 「接受报案」一节. */
    article: z.string().min(1, { error: '请写明条款或位置（例如 第十九条）' }),
  });
}
export type Citation = z.infer<ReturnType<typeof citationSchema>>;
