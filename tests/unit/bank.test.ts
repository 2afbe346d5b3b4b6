/** The question bank as a whole: size, topics, a practice quiz for every chapter, the exam draw. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS, readEntries, readKnownIds } from '../../src/lib/dataFiles';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';
import { generateQuestions } from '../../src/quizzes/generate';
import { buildBank, candidates, chapterOf, chapterQuizzes, draw, questionCount } from '../../src/quizzes/catalog';
import { questionSchema, quizSchema, QUIZ_TOPICS, type Question } from '../../src/schemas/quiz';
import { ruleSchema } from '../../src/schemas/rule';
import { documentListSchema } from '../../src/schemas/documentList';
import { phraseSchema } from '../../src/schemas/phrase';
import { processSchema } from '../../src/schemas/process';
import { sourceDocumentSchema } from '../../src/schemas/source';

const root = process.cwd();
const known = readKnownIds(root);
const load = <T>(path: string, schema: { parse: (x: unknown) => T }) => readEntries(root, path).map((e) => schema.parse(e.data));
const handWritten = load(DATA_PATHS.questions, questionSchema(known));
const generated = generateQuestions({
  rules: load(DATA_PATHS.rules, ruleSchema(known)),
  lists: load(DATA_PATHS.documents, documentListSchema(known)),
  phrases: load(DATA_PATHS.phrases, phraseSchema(known)),
  processes: load(DATA_PATHS.processes, processSchema(known)),
  sources: load(DATA_PATHS.sources, sourceDocumentSchema(known)),
});
const bank = buildBank(handWritten, generated);
const quizzes = load(DATA_PATHS.quizzes, quizSchema(known));
const chapters = chapterFiles(root)
  .map((f) => ({ f, fm: frontmatterOf(readFileSync(join(root, f), 'utf-8')) }))
  .filter(({ fm }) => (fm.kind ?? 'chapter') === 'chapter')
  .map(({ f, fm }) => ({ slug: f.replace('src/content/docs/', '').replace(/\.mdx$/, ''), title: String(fm.title) }));

describe('question bank', () => {
  it('has at least 200 questions with unique ids, hand-written and generated', () => {
    expect(bank.length).toBeGreaterThanOrEqual(200);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(handWritten.length).toBeGreaterThan(100);
    expect(generated.length).toBeGreaterThan(80);
  });

  it('has at least 25 questions for every topic', () => {
    const counts = Object.fromEntries(QUIZ_TOPICS.map((t) => [t, bank.filter((q) => q.topics.includes(t)).length]));
    for (const t of QUIZ_TOPICS) expect(counts[t], `${t}: ${JSON.stringify(counts)}`).toBeGreaterThanOrEqual(25);
  });

  it('uses every question type', () => {
    expect(new Set(bank.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching', 'numeric', 'scenario']),
    );
  });

  it('gives every chapter its own practice quiz', () => {
    const perChapter = chapterQuizzes(chapters, bank).map((q) => q.chapters[0]);
    const missing = chapters
      .filter((c) => !perChapter.includes(c.slug))
      .map((c) => `${c.slug}（${bank.filter((q) => chapterOf(q) === c.slug).length} 题）`);
    expect(missing).toEqual([]);
  });
});

describe('quizzes', () => {
  it('every themed quiz has enough questions to ask', () => {
    for (const quiz of quizzes) {
      const pool = candidates(quiz, bank);
      expect(pool.length, quiz.id).toBeGreaterThanOrEqual(questionCount(quiz, pool));
    }
  });

  it('the certification exam draws the fixed number per topic, the same for the same seed', () => {
    const exam = quizzes.find((q) => q.mode === 'exam')!;
    const a = draw(exam, candidates(exam, bank), 42);
    const b = draw(exam, candidates(exam, bank), 42);
    const c = draw(exam, candidates(exam, bank), 43);
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    const total = Object.values(exam.perTopic!).reduce((x, y) => x + (y ?? 0), 0);
    expect(a).toHaveLength(total);
    for (const [topic, n] of Object.entries(exam.perTopic!)) {
      expect(a.filter((q: Question) => q.topics.includes(topic as never)).length, topic).toBeGreaterThanOrEqual(n!);
    }
  });
});
