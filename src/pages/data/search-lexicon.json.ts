/**
 * /data/search-lexicon.json — what query understanding knows about the site's words: stop words,
 * colloquial words and the norms' terms, questions, the vocabulary with its pinyin, homophones
 * and traditional characters. Built from the norms data; loaded with search (src/search/engine.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildLexicon } from '../../search/build/lexicon';
import { chapterTexts, checkLexicon, formatLexiconProblems } from '../../search/build/lexiconCheck';
import { inDataOrder } from '../../search/build/dataOrder';

export const GET: APIRoute = async () => {
  const [stopWords, synonyms, intents, glossary, rules, documents, phrases, docs] = await Promise.all([
    inDataOrder('stopWords'),
    inDataOrder('synonyms'),
    inDataOrder('searchIntents'),
    inDataOrder('glossary'),
    inDataOrder('rules'),
    inDataOrder('documents'),
    inDataOrder('phrases'),
    getCollection('docs'),
  ]);
  // Chapters in file order, as the content check and the unit tests read them.
  docs.sort((a, b) => ((a.filePath ?? '') < (b.filePath ?? '') ? -1 : 1));
  const entry = <T>(e: { id: string; filePath?: string; data: T }) => ({ id: e.id, file: e.filePath ?? '', data: e.data });
  const chapters = chapterTexts(
    docs.map((d) => ({ id: d.id, title: d.data.title, keywords: d.data.keywords, body: d.body ?? '' })),
    [...rules, ...documents, ...phrases, ...glossary].map((e) => e.data),
  );
  const problems = checkLexicon({
    stopWords: stopWords.map(entry),
    synonyms: synonyms.map(entry),
    intents: intents.map(entry),
    glossary: glossary.map((g) => g.data),
    chapterText: (slug) => chapters.get(slug),
  });
  if (problems.length) throw new Error(formatLexiconProblems(problems));

  const data = (list: { data: unknown }[]) => list.map((e) => e.data);
  const lexicon = buildLexicon({
    stopWords: stopWords.map((e) => e.data),
    synonyms: synonyms.map((e) => e.data),
    intents: intents.map((e) => e.data),
    glossary: glossary.map((e) => e.data),
    rules: rules.map((e) => e.data),
    documents: documents.map((e) => e.data),
    phrases: phrases.map((e) => e.data),
    chapters: docs.map((d) => d.data),
    siteText: [...chapters.values(), JSON.stringify([data(rules), data(documents), data(phrases), data(glossary)])].join(''),
  });
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
