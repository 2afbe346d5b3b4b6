/**
 * Checks across the search lexicon's files that no single entry's schema can see: a word given
 * two meanings (a stop word in one file, a colloquial word in another), a stop word that is a
 * glossary term, a synonym whose term its chapter never uses. The build (through the lexicon
 * endpoint) and the content check both run it; every problem names the file, entry and field.
 */

export interface SourceEntry<T> {
  id: string;
  /** Path of the YAML file, relative to the project root. */
  file: string;
  data: T;
}

export interface LexiconProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export interface LexiconCheckInput {
  stopWords: SourceEntry<{ words: string[] }>[];
  synonyms: SourceEntry<{ term: string; words: string[]; chapter: string }>[];
  intents: SourceEntry<{ asks: string[]; words: string[] }>[];
  glossary: { term: string; aliases: string[] }[];
  /** The text of a chapter by slug (frontmatter and body), to check that a synonym's term is used there. */
  chapterText?: (slug: string) => string | undefined;
}

export function checkLexicon(input: LexiconCheckInput): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const claimed = new Map<string, { where: string }>();
  const claim = (e: SourceEntry<unknown>, field: string, words: string[]) => {
    words.forEach((word, i) => {
      const here = `${e.file} → ${e.id} 的 ${field}`;
      const first = claimed.get(word);
      if (first && first.where !== here) {
        problems.push({
          file: e.file,
          entry: e.id,
          field: `${field}.${i}`,
          message: `「${word}」已经写在 ${first.where} 里：一个词只能有一种处理（去掉、换成规范用语或认出提问）`,
        });
      } else if (!first) {
        claimed.set(word, { where: here });
      }
    });
  };
  for (const e of input.stopWords) claim(e, 'words', e.data.words);
  for (const e of input.synonyms) claim(e, 'words', e.data.words);
  for (const e of input.intents) {
    claim(e, 'asks', e.data.asks);
    claim(e, 'words', e.data.words);
  }

  const glossaryWord = new Map<string, string>();
  for (const g of input.glossary) for (const w of [g.term, ...g.aliases]) if (!glossaryWord.has(w)) glossaryWord.set(w, g.term);
  for (const e of input.stopWords) {
    e.data.words.forEach((word, i) => {
      const term = glossaryWord.get(word);
      if (term) {
        problems.push({ file: e.file, entry: e.id, field: `words.${i}`, message: `「${word}」是术语表里「${term}」的说法，不能当作停用词去掉` });
      }
    });
  }
  for (const e of input.synonyms) {
    e.data.words.forEach((word, i) => {
      const term = glossaryWord.get(word);
      if (term && term !== e.data.term) {
        problems.push({
          file: e.file,
          entry: e.id,
          field: `words.${i}`,
          message: `「${word}」在术语表里是「${term}」的又称，这里却换成「${e.data.term}」：两处要一致`,
        });
      }
    });
    const text = input.chapterText?.(e.data.chapter);
    if (text !== undefined && !text.includes(e.data.term)) {
      problems.push({ file: e.file, entry: e.id, field: 'term', message: `章节 ${e.data.chapter} 里没有出现「${e.data.term}」：请写规范里实际使用的词` });
    }
  }
  return problems;
}

/**
 * Each chapter's text as the check reads it: its title, keywords and body, and the norms data it
 * shows (the rules, lists, phrases and terms whose `chapter` it is).
 */
export function chapterTexts(
  chapters: { id: string; title: string; keywords: string[]; body: string }[],
  shown: { chapter?: string }[],
): Map<string, string> {
  return new Map(
    chapters.map((c) => [c.id, [c.title, ...c.keywords, c.body, JSON.stringify(shown.filter((x) => x.chapter === c.id))].join(' ')]),
  );
}

/** Problems as one message for a failed build. */
export function formatLexiconProblems(problems: LexiconProblem[]): string {
  return ['搜索词表有误：', ...problems.map((p) => `${p.file} → ${p.entry} · ${p.field}: ${p.message}`)].join('\n');
}
