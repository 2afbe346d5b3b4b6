/**
 * Reads the norms data files (YAML). Used twice on purpose with the same code: by the content
 * loader that feeds Astro's collections, and before validation to learn which ids exist, so
 * that cross-references can be checked in the schemas (see src/schemas/refs.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { SOURCE_EFFECTS, SOURCE_KINDS } from '../schemas/enums';
import type { KnownIds, SourceFacts } from '../schemas/refs';

/** One record read from a data file, with the file it came from (for error messages). */
export interface RawEntry {
  /** The entry's `id` field. */
  id: string;
  /** The entry as written. */
  data: Record<string, unknown>;
  /** Path relative to the project root, e.g. src/content/norms/rules/baoquan.yaml. */
  file: string;
}

/** The YAML files at `path`: the file itself, or every .yaml/.yml file in the folder, sorted. */
export function dataFilesAt(root: string, path: string): string[] {
  const abs = join(root, path);
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => join(abs, f));
}

/**
 * Every entry under `path`. Each file holds a YAML list of objects with an `id`, or one such object.
 * Throws, naming the file, when an entry has no id or an id repeats.
 */
export function readEntries(root: string, path: string): RawEntry[] {
  const out: RawEntry[] = [];
  const where = new Map<string, string>();
  for (const abs of dataFilesAt(root, path)) {
    const file = relative(root, abs).split('\\').join('/');
    let doc: unknown;
    try {
      doc = parse(readFileSync(abs, 'utf-8'));
    } catch (err) {
      throw new Error(`${file}: YAML 格式错误：${(err as Error).message}`);
    }
    if (doc == null) continue;
    // A file holds a list of entries, or a single entry (one process per file).
    const items: unknown[] = Array.isArray(doc) ? doc : [doc];
    items.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
        throw new Error(`${file}: 第 ${i + 1} 项缺少字符串字段 id`);
      }
      const id = (item as { id: string }).id;
      const first = where.get(id);
      if (first) throw new Error(`${file}: id "${id}" 重复（第一次出现在 ${first}）`);
      where.set(id, file);
      out.push({ id, data: item as Record<string, unknown>, file });
    });
  }
  return out;
}

/** Where each collection's data lives, relative to the project root. */
export const DATA_PATHS = {
  rules: 'src/content/norms/rules',
  documents: 'src/content/norms/documents',
  phrases: 'src/content/norms/phrases',
  situations: 'src/content/norms/situations.yaml',
  sources: 'src/content/norms/sources',
  inventory: 'src/content/norms/inventory.yaml',
  glossary: 'src/content/norms/glossary',
  comparisons: 'src/content/norms/comparisons.yaml',
  processes: 'src/content/processes',
  sequences: 'src/content/norms/sequences',
  questions: 'src/quizzes/banks',
  quizzes: 'src/quizzes/quizzes.yaml',
  holidays: 'src/content/norms/holidays',
  stopWords: 'src/content/norms/search/stopwords.yaml',
  synonyms: 'src/content/norms/search/synonyms.yaml',
  searchIntents: 'src/content/norms/search/intents.yaml',
} as const;

export const DOCS_PATH = 'src/content/docs';

/** Chapter slugs as Starlight makes them: path without extension, `index` for folder roots. */
export function chapterSlugs(root: string): string[] {
  const base = join(root, DOCS_PATH);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(name) && !name.startsWith('_')) {
        const slug = relative(base, abs).split('\\').join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
        out.push(slug.toLowerCase());
      }
    }
  };
  walk(base);
  return out;
}

/**
 * The heading anchors of every chapter, as Astro makes them (github-slugger over the heading
 * text, in document order so repeated headings get -1, -2 …), for checking `#anchor` links
 * that only appear at run time (quiz explanations) and so escape the built-site link check.
 */
export function chapterAnchors(root: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const base = join(root, DOCS_PATH);
  for (const slug of chapterSlugs(root)) {
    const candidates = [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`].map((f) => join(base, f));
    const file = candidates.find((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    if (!file) continue;
    const slugger = new GithubSlugger();
    const ids = new Set<string>();
    for (const m of readFileSync(file, 'utf-8').matchAll(/^#{2,6}\s+(.+?)\s*$/gm)) ids.add(slugger.slug(m[1]));
    out.set(slug, ids);
  }
  return out;
}

/** Kind and effect of every source whose values are valid, for the rules' standing checks. */
export function readSourceFacts(root: string): Map<string, SourceFacts> {
  const out = new Map<string, SourceFacts>();
  for (const { id, data } of readEntries(root, DATA_PATHS.sources)) {
    const kind = SOURCE_KINDS.find((k) => k === data.kind);
    const effect = SOURCE_EFFECTS.find((e) => e === data.effect);
    if (kind && effect) out.set(id, { shortTitle: String(data.shortTitle ?? id), kind, effect });
  }
  return out;
}

/** The ids that exist in every collection, for the cross-reference checks. */
export function readKnownIds(root: string): KnownIds {
  const ids = (path: string) => new Set(readEntries(root, path).map((e) => e.id));
  return {
    sourceFacts: readSourceFacts(root),
    rules: ids(DATA_PATHS.rules),
    documents: ids(DATA_PATHS.documents),
    phrases: ids(DATA_PATHS.phrases),
    // Phrases name their situation by its name, as clerks say it.
    situations: new Set(readEntries(root, DATA_PATHS.situations).map((e) => String(e.data.name))),
    sources: ids(DATA_PATHS.sources),
    inventory: ids(DATA_PATHS.inventory),
    glossary: ids(DATA_PATHS.glossary),
    chapters: new Set(chapterSlugs(root)),
    anchors: chapterAnchors(root),
  };
}
