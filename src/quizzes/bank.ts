/**
 * The question bank as the site ships it, built by one function that the build (/data/questions.json,
 * the quiz pages, the SCORM packages) and the unit tests both call: hand-written questions plus
 * the questions generated from the norms data, each with its content fingerprint, sorted by id —
 * so the result depends only on the content, never on the order files or collections were read in.
 */
import type { BankQuestion, Question } from '../schemas/quiz';
import { generateQuestions, type NormsData } from './generate';
import { withFingerprint } from './identity';

/** Code-unit order: the same everywhere (no locale). */
const compareIds = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function assembleBank(handWritten: readonly Question[], norms: NormsData): Promise<BankQuestion[]> {
  const all = [...handWritten, ...generateQuestions(norms)];
  const seen = new Set<string>();
  const twice = all.filter((q) => seen.size === seen.add(q.id).size).map((q) => q.id);
  if (twice.length) throw new Error(`题库中有重复的题目 id：${[...new Set(twice)].join('、')}（手写题不要用 gen- 前缀）`);
  return Promise.all(all.sort(compareIds).map(withFingerprint));
}
