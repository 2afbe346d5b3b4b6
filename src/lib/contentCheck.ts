/**
 * Validates every norms data file and every chapter's frontmatter and MDX component references
 * with the same schemas Astro uses, without running Astro. `npm run test:unit` runs it, so a
 * content author gets the file, the entry and the field in seconds.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { chapterFields } from '../schemas/chapter';
import { comparisonSchema } from '../schemas/comparison';
import { processSchema } from '../schemas/process';
import { questionSchema, quizSchema } from '../schemas/quiz';
import { documentListSchema } from '../schemas/documentList';
import { glossarySchema } from '../schemas/glossary';
import { inventoryItemSchema } from '../schemas/inventory';
import { phraseSchema } from '../schemas/phrase';
import { ruleSchema } from '../schemas/rule';
import { sequenceSchema } from '../schemas/sequence';
import { situationSchema } from '../schemas/situation';
import { sourceDocumentSchema } from '../schemas/source';
import { searchIntentSchema } from '../schemas/searchIntent';
import { stopWordGroupSchema } from '../schemas/stopWords';
import { synonymSchema } from '../schemas/synonym';
import { chapterTexts, checkLexicon } from '../search/build/lexiconCheck';
import { DATA_PATHS, DOCS_PATH, readEntries, readKnownIds } from './dataFiles';
import { readHolidayFiles } from './holidayLoader';
import { holidayYearSchema } from '../schemas/holiday';

/** One problem, phrased for the author: where, which field, what is wrong. */
export interface ContentProblem {
  file: string;
  entry?: string;
  field: string;
  message: string;
}

function issuesOf(result: z.ZodSafeParseResult<unknown>, file: string, entry?: string): ContentProblem[] {
  if (result.success) return [];
  return result.error.issues.map((i) => ({ file, entry, field: i.path.join('.') || '(整条)', message: i.message }));
}

/** MDX files under src/content/docs, relative to root. */
export function chapterFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(name)) out.push(relative(root, abs).split('\\').join('/'));
    }
  };
  walk(join(root, DOCS_PATH));
  return out.sort();
}

/** The YAML frontmatter of an MD/MDX file. */
export function frontmatterOf(source: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return m ? (parse(m[1]) ?? {}) : {};
}

/** Components that take ids of norms entries (`id="…"` or `ids={['…']}`), and their collection. */
const COMPONENT_REFS = [
  { component: 'Rule', attr: 'id', kind: 'rules' },
  { component: 'RuleTable', attr: 'ids', kind: 'rules' },
  { component: 'DocumentList', attr: 'id', kind: 'documents' },
  { component: 'PhraseList', attr: 'ids', kind: 'phrases' },
] as const;

/** The ids an MDX component tag refers to through `attr`. */
export function referencedIds(source: string, component: string, attr: string): string[] {
  const out: string[] = [];
  const tag = new RegExp(`<${component}\\b[^>]*?\\b${attr}=(?:"([^"]+)"|\\{\\[([^\\]]*)\\]\\})`, 'g');
  for (const m of source.matchAll(tag)) {
    if (m[1]) out.push(m[1]);
    else for (const q of m[2].matchAll(/['"]([^'"]+)['"]/g)) out.push(q[1]);
  }
  return out;
}

export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let known;
  try {
    known = readKnownIds(root);
  } catch (err) {
    return [{ file: '(数据文件)', field: '(文件)', message: (err as Error).message }];
  }
  const collections: [string, z.ZodType][] = [
    [DATA_PATHS.rules, ruleSchema(known)],
    [DATA_PATHS.documents, documentListSchema(known)],
    [DATA_PATHS.phrases, phraseSchema(known)],
    [DATA_PATHS.situations, situationSchema],
    [DATA_PATHS.sources, sourceDocumentSchema(known)],
    [DATA_PATHS.inventory, inventoryItemSchema],
    [DATA_PATHS.glossary, glossarySchema(known)],
    [DATA_PATHS.comparisons, comparisonSchema(known)],
    [DATA_PATHS.processes, processSchema(known)],
    [DATA_PATHS.sequences, sequenceSchema(known)],
    [DATA_PATHS.questions, questionSchema(known)],
    [DATA_PATHS.quizzes, quizSchema(known)],
    [DATA_PATHS.stopWords, stopWordGroupSchema],
    [DATA_PATHS.synonyms, synonymSchema(known)],
    [DATA_PATHS.searchIntents, searchIntentSchema],
  ];
  for (const [path, schema] of collections) {
    for (const entry of readEntries(root, path)) {
      problems.push(...issuesOf(schema.safeParse(entry.data), entry.file, entry.id));
    }
  }
  try {
    for (const entry of readHolidayFiles(root, DATA_PATHS.holidays)) {
      problems.push(...issuesOf(holidayYearSchema.safeParse(entry.data), entry.file, entry.id));
    }
  } catch (err) {
    problems.push({ file: DATA_PATHS.holidays, field: '(文件)', message: (err as Error).message });
  }
  const fields = chapterFields(known);
  const situations = new Set(readEntries(root, DATA_PATHS.phrases).map((e) => String(e.data.situation)));
  for (const file of chapterFiles(root)) {
    const source = readFileSync(join(root, file), 'utf-8');
    problems.push(...issuesOf(fields.safeParse(frontmatterOf(source)), file));
    for (const { component, attr, kind } of COMPONENT_REFS) {
      for (const id of referencedIds(source, component, attr)) {
        if (!known[kind].has(id)) problems.push({ file, field: `<${component} ${attr}>`, message: `找不到 "${id}"` });
      }
    }
    for (const situation of referencedIds(source, 'PhraseList', 'situation')) {
      if (!situations.has(situation)) {
        problems.push({ file, field: '<PhraseList situation>', message: `没有情境为 "${situation}" 的服务用语` });
      }
    }
  }
  problems.push(...checkSearchLexicon(root));
  return problems;
}

/** The search lexicon's checks across files (src/search/build/lexiconCheck.ts), as the build runs them. */
export function checkSearchLexicon(root: string): ContentProblem[] {
  const entries = <T>(path: string) => readEntries(root, path).map((e) => ({ id: e.id, file: e.file, data: e.data as T }));
  const data = (path: string) => readEntries(root, path).map((e) => e.data as { chapter?: string });
  const chapters = chapterFiles(root).map((file) => {
    const source = readFileSync(join(root, file), 'utf-8');
    const fm = frontmatterOf(source) as { title?: string; keywords?: string[] };
    const id = file.slice(DOCS_PATH.length + 1).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    return { id, title: fm.title ?? '', keywords: fm.keywords ?? [], body: source };
  });
  const texts = chapterTexts(chapters, [DATA_PATHS.rules, DATA_PATHS.documents, DATA_PATHS.phrases, DATA_PATHS.glossary].flatMap(data));
  return checkLexicon({
    stopWords: entries(DATA_PATHS.stopWords),
    synonyms: entries(DATA_PATHS.synonyms),
    intents: entries(DATA_PATHS.searchIntents),
    glossary: entries<{ term: string; aliases?: string[] }>(DATA_PATHS.glossary).map((e) => ({ term: e.data.term, aliases: e.data.aliases ?? [] })),
    chapterText: (slug) => texts.get(slug),
  });
}

/** Problems as lines an author can act on. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.entry ? ` → ${p.entry}` : ''} · ${p.field}: ${p.message}`).join('\n');
}
