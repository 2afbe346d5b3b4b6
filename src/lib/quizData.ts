/** The question bank and quiz list for pages, from the collections plus generated questions. */
import { getCollection } from 'astro:content';
import { assembleBank } from '../quizzes/bank';
import { readKnownIds } from './dataFiles';
import { dataSections } from './dataSections';
import { readGenerationConfig } from './generationConfig';
import { chapterQuizzes } from '../quizzes/catalog';
import type { BankQuestion, QuizDefinition } from '../schemas/quiz';

let cache: Promise<{ bank: BankQuestion[]; quizzes: QuizDefinition[]; next: Map<string, { href: string; title: string }> }> | undefined;

async function load() {
  // The same function the unit tests call (tests/unit/bankData.ts): what is tested is what ships.
  const rules = (await getCollection('rules')).map((e) => e.data);
  const phrases = (await getCollection('phrases')).map((e) => e.data);
  const root = process.cwd();
  const bank = await assembleBank((await getCollection('questions')).map((e) => e.data), {
    rules,
    lists: (await getCollection('documents')).map((e) => e.data),
    phrases,
    sequences: (await getCollection('sequences')).map((e) => e.data),
    sources: (await getCollection('sources')).map((e) => e.data),
    glossary: (await getCollection('glossary')).map((e) => e.data),
    sections: dataSections(root, { rules, phrases }),
    config: readGenerationConfig(root, readKnownIds(root)),
  });
  const chapters = (await getCollection('docs'))
    .filter((e) => e.data.kind === 'chapter')
    .sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99))
    .map((e) => ({ slug: e.id, title: e.data.title }));
  const quizzes = [...(await getCollection('quizzes')).map((e) => e.data), ...chapterQuizzes(chapters, bank)];
  // The learning path is the chapters that have an `order` (as <LearningPath> lists them).
  const path = (await getCollection('docs'))
    .filter((e) => e.data.kind === 'chapter' && e.data.order)
    .sort((a, b) => a.data.order! - b.data.order!)
    .map((e) => ({ href: `/${e.id}/`, slug: e.id, title: e.data.title }));
  const next = new Map<string, { href: string; title: string }>();
  for (const quiz of quizzes.filter((q) => q.id.startsWith('chapter-') && q.chapters.length === 1)) {
    const following = path[path.findIndex((c) => c.slug === quiz.chapters[0]) + 1];
    if (following && path.some((c) => c.slug === quiz.chapters[0])) next.set(quiz.id, { href: following.href, title: following.title });
  }
  return { bank, quizzes, next };
}

/** Built once per build. */
export function quizData() {
  return (cache ??= load());
}

/** What goes with a chapter: its walkthroughs and its practice quiz (the links under its title and in the learning path). */
export async function chapterCompanions(slug: string) {
  const walkthroughs = (await getCollection('processes')).filter((p) => p.data.chapter === slug).map((p) => p.data);
  const quiz = (await quizData()).quizzes.find((q) => q.id.startsWith('chapter-') && q.chapters.length === 1 && q.chapters[0] === slug);
  return { walkthroughs, quiz };
}
