/** The search lexicon built from the repository's own data files, as the build makes it (for unit tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS, readEntries } from '../../src/lib/dataFiles';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';
import { buildLexicon, type LexiconSources } from '../../src/search/build/lexicon';
import { compileLexicon, type CompiledLexicon } from '../../src/search/understand';
import type { Lexicon } from '../../src/search/lexicon';

const root = process.cwd();
const data = <T>(path: string) => readEntries(root, path).map((e) => e.data as T);

export function siteSources(): LexiconSources {
  const chapters = chapterFiles(root).map((f) => readFileSync(join(root, f), 'utf-8'));
  return {
    stopWords: data(DATA_PATHS.stopWords),
    synonyms: data(DATA_PATHS.synonyms),
    intents: data<LexiconSources['intents'][number] & { words?: string[] }>(DATA_PATHS.searchIntents).map((i) => ({ ...i, words: i.words ?? [] })),
    glossary: data<{ term: string; aliases?: string[] }>(DATA_PATHS.glossary).map((g) => ({ ...g, aliases: g.aliases ?? [] })),
    rules: data<{ title: string; keywords?: string[] }>(DATA_PATHS.rules).map((r) => ({ ...r, keywords: r.keywords ?? [] })),
    documents: data(DATA_PATHS.documents),
    phrases: data(DATA_PATHS.phrases),
    chapters: chapters.map((src) => {
      const fm = frontmatterOf(src) as { title: string; keywords?: string[] };
      return { title: fm.title, keywords: fm.keywords ?? [] };
    }),
    // As the build: the chapters and the norms data they show.
    siteText: [...chapters, JSON.stringify([DATA_PATHS.rules, DATA_PATHS.documents, DATA_PATHS.phrases, DATA_PATHS.glossary].map((p) => data(p)))].join(''),
  };
}

let built: Lexicon | undefined;
/** Built once per test file: the traditional-character map takes a fraction of a second. */
export function siteLexicon(): Lexicon {
  return (built ??= buildLexicon(siteSources()));
}

export function compiledSiteLexicon(): CompiledLexicon {
  return compileLexicon(siteLexicon());
}
