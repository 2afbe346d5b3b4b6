/** The question bank and quiz list for pages, from the collections plus generated questions. */
import { getCollection } from 'astro:content';
import { buildBank, chapterQuizzes } from '../quizzes/catalog';
import { generateQuestions } from '../quizzes/generate';
import type { Question, QuizDefinition } from '../schemas/quiz';

let cache: Promise<{ bank: Question[]; quizzes: QuizDefinition[] }> | undefined;

async function load() {
  const generated = generateQuestions({
    rules: (await getCollection('rules')).map((e) => e.data),
    lists: (await getCollection('documents')).map((e) => e.data),
    phrases: (await getCollection('phrases')).map((e) => e.data),
    processes: (await getCollection('processes')).map((e) => e.data),
    sources: (await getCollection('sources')).map((e) => e.data),
  });
  const bank = buildBank(
    (await getCollection('questions')).map((e) => e.data),
    generated,
  );
  const chapters = (await getCollection('docs'))
    .filter((e) => e.data.kind === 'chapter')
    .sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99))
    .map((e) => ({ slug: e.id, title: e.data.title }));
  const quizzes = [...(await getCollection('quizzes')).map((e) => e.data), ...chapterQuizzes(chapters, bank)];
  return { bank, quizzes };
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
