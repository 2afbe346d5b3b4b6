/** The question bank and quiz list for pages, from the collections plus generated questions. */
import { getCollection } from 'astro:content';
import { assembleBank } from '../quizzes/bank';
import { chapterQuizzes } from '../quizzes/catalog';
import type { BankQuestion, QuizDefinition } from '../schemas/quiz';

let cache: Promise<{ bank: BankQuestion[]; quizzes: QuizDefinition[] }> | undefined;

async function load() {
  // The same function the unit tests call (tests/unit/bankData.ts): what is tested is what ships.
  const bank = await assembleBank((await getCollection('questions')).map((e) => e.data), {
    rules: (await getCollection('rules')).map((e) => e.data),
    lists: (await getCollection('documents')).map((e) => e.data),
    phrases: (await getCollection('phrases')).map((e) => e.data),
    processes: (await getCollection('processes')).map((e) => e.data),
    sources: (await getCollection('sources')).map((e) => e.data),
  });
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
