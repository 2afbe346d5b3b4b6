/**
 * The norms data and the question bank as the tests see them: read from the same YAML files,
 * validated by the same schemas, and assembled by the same function (assembleBank) as the build.
 * Collections and file listings come in different orders; assembleBank sorts, so this is the
 * bank the site ships (tests/e2e/bank-shipped.spec.ts compares it with /data/questions.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS, readEntries, readKnownIds } from '../../src/lib/dataFiles';
import { chapterFiles, frontmatterOf } from '../../src/lib/contentCheck';
import { assembleBank } from '../../src/quizzes/bank';
import type { NormsData } from '../../src/quizzes/generate';
import { questionSchema, quizSchema, type Question } from '../../src/schemas/quiz';
import { ruleSchema } from '../../src/schemas/rule';
import { documentListSchema } from '../../src/schemas/documentList';
import { phraseSchema } from '../../src/schemas/phrase';
import { processSchema } from '../../src/schemas/process';
import { sourceDocumentSchema } from '../../src/schemas/source';

export const root = process.cwd();
export const known = readKnownIds(root);
const load = <T>(path: string, schema: { parse: (x: unknown) => T }) => readEntries(root, path).map((e) => schema.parse(e.data));

export const norms: NormsData = {
  rules: load(DATA_PATHS.rules, ruleSchema(known)),
  lists: load(DATA_PATHS.documents, documentListSchema(known)),
  phrases: load(DATA_PATHS.phrases, phraseSchema(known)),
  processes: load(DATA_PATHS.processes, processSchema(known)),
  sources: load(DATA_PATHS.sources, sourceDocumentSchema(known)),
};
export const handWritten: Question[] = load(DATA_PATHS.questions, questionSchema(known));
export const quizzes = load(DATA_PATHS.quizzes, quizSchema(known));
export const bank = await assembleBank(handWritten, norms);

/** Chapters (not reference pages), as catalog.chapterQuizzes takes them. */
export const chapters = chapterFiles(root)
  .map((f) => ({ f, fm: frontmatterOf(readFileSync(join(root, f), 'utf-8')) }))
  .filter(({ fm }) => (fm.kind ?? 'chapter') === 'chapter')
  .map(({ f, fm }) => ({ slug: f.replace('src/content/docs/', '').replace(/\.mdx$/, ''), title: String(fm.title) }));
