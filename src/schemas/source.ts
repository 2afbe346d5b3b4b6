/** Source documents and citations: every rule on the site names where it comes from. */
import { z } from 'astro/zod';
import { idSchema, sourceKindSchema, sourceStatusSchema } from './enums';
import { refTo, type KnownIds } from './refs';

/** A document the site cites (a regulation, a provincial norm, a company rule, training material). */
export const sourceDocumentSchema = z.object({
  /** Stable ASCII id used by citations, e.g. `henan-2014`. */
  id: idSchema,
  /** Full title as it appears in print, e.g. 《人身保险业务基本服务规定》. */
  title: z.string().min(2),
  /** Short name used in running text and tables, e.g. 2010年基本服务规定. */
  shortTitle: z.string().min(2),
  /** Issuing document number, e.g. 保监会令2010年第4号. */
  docNumber: z.string().optional(),
  /** What kind of document this is; decides how much weight its rules carry. */
  kind: sourceKindSchema,
  /** Whether the document is in force, repealed, or could not be verified. */
  status: sourceStatusSchema,
  /** Date it took effect (YYYY-MM-DD), when known. */
  effective: z.iso.date({ error: '生效日期必须写成 YYYY-MM-DD' }).optional(),
  /** Date it was repealed (YYYY-MM-DD), when it has been. */
  repealed: z.iso.date({ error: '废止日期必须写成 YYYY-MM-DD' }).optional(),
  /** Id of the document that replaced it, if any. */
  replacedBy: idSchema.optional(),
  /** Which seed file(s) the site took it from (000–004), or `crossref` for the verified national text. */
  seeds: z.array(z.enum(['000', '001', '002', '003', '004', 'crossref'])).min(1),
  /** One or two sentences on scope and reliability, shown on the 法规对照 page. */
  note: z.string().optional(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

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
