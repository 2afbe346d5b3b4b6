/**
 * Cross-references between collections. Astro's `reference()` only checks the shape of an id,
 * not that the entry exists, so each schema that points elsewhere is built from the set of ids
 * that do exist. A dangling id then fails validation like any other field: Astro's error names
 * the file, and zod's path names the field.
 */
import { z } from 'astro/zod';
import type { SourceFacts as StandingFacts } from '../lib/ruleStanding';

/** The ids that exist in each collection, read from the data files before validation. */
export interface KnownIds {
  /** Time-limit rules (src/content/norms/rules). */
  rules: ReadonlySet<string>;
  /** Document lists (src/content/norms/documents). */
  documents: ReadonlySet<string>;
  /** Service phrases (src/content/norms/phrases). */
  phrases: ReadonlySet<string>;
  /** Names of the situations phrases are said in (src/content/norms/situations.yaml). */
  situations: ReadonlySet<string>;
  /** Source documents (src/content/norms/sources). */
  sources: ReadonlySet<string>;
  /** Inventory knowledge points (src/content/norms/inventory.yaml). */
  inventory: ReadonlySet<string>;
  /** Glossary terms (src/content/norms/glossary). */
  glossary: ReadonlySet<string>;
  /** Chapter slugs (src/content/docs, without extension). */
  chapters: ReadonlySet<string>;
  /** Heading anchors of each chapter (slug → ids of its Markdown headings). */
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Kind and effect of each source document as written (id → facts), so that a rule can be checked
   * against the standing it inherits from its source. Entries whose kind or effect is not a valid
   * value are left out (the source's own schema reports them).
   */
  sourceFacts?: ReadonlyMap<string, SourceFacts>;
}

/** What a rule inherits from its source document, plus its short title for messages. */
export interface SourceFacts extends StandingFacts {
  /** Short title, for messages. */
  shortTitle: string;
}

export type RefKind = Exclude<keyof KnownIds, 'anchors' | 'sourceFacts'>;


/** What each kind is called in an error message a content author reads. */
const LABELS: Record<RefKind, string> = {
  rules: '时限规则',
  documents: '材料清单',
  phrases: '服务用语',
  situations: '情境（src/content/norms/situations.yaml）',
  sources: '出处文件',
  inventory: '知识点',
  glossary: '术语',
  chapters: '章节',
};

/** A string that must name an existing entry of `kind`. */
export function refTo(kind: RefKind, known: KnownIds) {
  return z.string().superRefine((value, ctx) => {
    const set = known[kind];
    if (set.has(value)) return;
    const examples = [...set].slice(0, 5).join('、');
    ctx.addIssue({
      code: 'custom',
      message: `找不到${LABELS[kind]} "${value}"。请检查拼写${examples ? `（已有的例如：${examples}）` : ''}`,
    });
  });
}

/** An empty registry, for schema tests that do not exercise references. */
export function emptyKnownIds(): KnownIds {
  return {
    rules: new Set(),
    documents: new Set(),
    phrases: new Set(),
    situations: new Set(),
    sources: new Set(),
    inventory: new Set(),
    glossary: new Set(),
    chapters: new Set(),
  };
}
