/** What every question generator shares: the input data, options with content-derived ids, citations, learn links, fair distractors. */
import { formatCitation } from '../../lib/format';
import { ruleStandings } from '../../lib/ruleStanding';
import type { DocumentList } from '../../schemas/documentList';
import type { GenerationConfig } from '../../schemas/generation';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Phrase } from '../../schemas/phrase';
import type { Question } from '../../schemas/quiz';
import type { Rule } from '../../schemas/rule';
import type { Sequence } from '../../schemas/sequence';
import type { Citation, SourceDocument } from '../../schemas/source';
import { contentId } from '../contentId';

export interface NormsData {
  rules: Rule[];
  lists: DocumentList[];
  phrases: Phrase[];
  sequences: Sequence[];
  sources: SourceDocument[];
  glossary: GlossaryTerm[];
  /** `kind:id` → the chapter sections that render it (src/lib/dataSections.ts). */
  sections: ReadonlyMap<string, readonly string[]>;
  /** The choices the data cannot make by itself (src/quizzes/generation.yaml). */
  config: GenerationConfig;
}

/** What a generator gets: the data sorted by id, and helpers bound to it. */
export interface GenContext {
  data: NormsData;
  /** "2010年《基本服务规定》第十九条第一款". */
  cite: (c: Citation) => string;
  /** The section teaching `key` in `chapter`, else the chapter. */
  learn: (key: string, chapter: string) => string;
  /** The rule to apply at the counter: a current national rule nothing supersedes (src/lib/ruleStanding.ts). */
  governs: (r: Rule) => boolean;
  /** Replaced or repealed. */
  superseded: (r: Rule) => boolean;
}

export type Option = { id: string; text: string; correct: boolean };
export const option = (text: string, correct: boolean): Option => ({ id: contentId(text), text, correct });

export const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
export const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Data text fit for a question: sentences and asides that speak of this site (本站按自然日记作…)
 * are left out — the authority a question cites is the source, never the site.
 */
export const forLearners = (text: string) =>
  text
    .replace(/（[^）]*本站[^）]*）/g, '')
    .split(/(?<=。)/)
    .filter((sentence) => !/本站|本章/.test(sentence))
    .join('');

/** Text without its bracketed asides: 身故证明（如医院开具的…） → 身故证明. */
export const plain = (text: string) => text.replace(/（[^）]*）|\([^)]*\)/g, '').trim();

export function context(data: NormsData): GenContext {
  const title = new Map(data.sources.map((s) => [s.id, s.shortTitle]));
  const standings = ruleStandings(data.rules, data.sources);
  return {
    governs: (r) => standings.get(r.id)?.governs === true,
    superseded: (r) => ['已被取代', '已废止'].includes(standings.get(r.id)?.effect ?? ''),
    data,
    cite: (c) => formatCitation(title.get(c.doc) ?? c.doc, c.article),
    learn: (key, chapter) => data.sections.get(key)?.find((s) => s === chapter || s.startsWith(`${chapter}#`)) ?? chapter,
  };
}

/**
 * `n` wrong options from `pool` (already in a seeded random order) such that the right option is
 * not the strictly longest when the pool allows it: a test-wise candidate who picks the longest
 * option must not profit from generated questions.
 */
export function fairDecoys(right: readonly string[], pool: readonly string[], n: number): string[] {
  const chosen = pool.slice(0, n);
  const longestRight = Math.max(...right.map((t) => t.length));
  if (right.length === 1 && chosen.length && chosen.every((t) => t.length < longestRight)) {
    const long = pool.slice(n).find((t) => t.length >= longestRight);
    if (long) chosen[chosen.length - 1] = long;
  }
  return chosen;
}

/** The fields every generated question shares. */
export function base(id: string, topics: Question['topics'], difficulty: 1 | 2 | 3, sources: Citation[], learn: string, explanation: string) {
  return { id, topics, difficulty, sources, learn, explanation };
}
