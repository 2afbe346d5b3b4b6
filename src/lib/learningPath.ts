/**
 * The learning path as the browser needs it, built once per build: every chapter in `order`,
 * with its practice quiz and its walkthroughs (src/lib/quizData.ts decides which go with which).
 * Pages hand it to the dashboard, the marks and the completion record as JSON.
 */
import { getCollection } from 'astro:content';
import { chapterCompanions } from './quizData';
import type { PathChapter } from './journey';

/** A chapter on the path, with what the learning-path list also shows. */
export interface PathChapterPage extends PathChapter {
  topic?: string;
  description?: string;
}

let cache: Promise<PathChapterPage[]> | undefined;

async function build(): Promise<PathChapterPage[]> {
  const chapters = (await getCollection('docs'))
    .filter((e) => e.data.kind === 'chapter' && e.data.order)
    .sort((a, b) => a.data.order! - b.data.order!);
  return Promise.all(
    chapters.map(async (c) => {
      const { walkthroughs, quiz } = await chapterCompanions(c.id);
      return {
        slug: c.id,
        title: c.data.title,
        topic: c.data.topic,
        description: c.data.description,
        quiz: quiz && { id: quiz.id, title: quiz.title },
        walkthroughs: walkthroughs.sort((a, b) => a.order - b.order).map((w) => ({ id: w.id, title: w.title })),
      };
    }),
  );
}

export function learningPath(): Promise<PathChapterPage[]> {
  return (cache ??= build());
}

/** Only what the browser scripts need (the PathChapter fields), for a JSON data block. */
export function pathForBrowser(path: PathChapterPage[]): PathChapter[] {
  return path.map(({ slug, title, quiz, walkthroughs }) => ({ slug, title, quiz, walkthroughs }));
}
