/**
 * Questions generated from the norms data, where the data already holds the answer: time limits
 * (rules), document lists, phrases and the step orders sources state. A changed rule changes its
 * questions. Question ids are stable (gen-…-<data id>), option ids come from the option's text
 * (contentId), and every random choice is seeded by the question id over data sorted by id, so
 * the same data always yields the same questions whatever order it was read in.
 *
 * The generators live in src/quizzes/gen/; the choices the data cannot make by itself (which
 * lists lend each other wrong options, which phrases fit the same moment …) are data in
 * src/quizzes/generation.yaml, and so is the list of generated questions that join a hand-written
 * group of near-duplicates.
 */
import { GENERATION_PATH } from '../lib/generationConfig';
import type { Question } from '../schemas/quiz';
import { fromLists } from './gen/documents';
import { fromRules } from './gen/limits';
import { fromPhrases } from './gen/phrases';
import { fromSequences } from './gen/sequences';
import { byId, context, type NormsData } from './gen/shared';

export type { NormsData } from './gen/shared';

export function generateQuestions(input: NormsData): Question[] {
  // Sorted by id first: the questions depend on the data, never on the order files or collections were read in.
  const ctx = context({
    ...input,
    rules: byId(input.rules),
    lists: byId(input.lists),
    phrases: byId(input.phrases),
    sequences: byId(input.sequences),
    sources: byId(input.sources),
    glossary: byId(input.glossary),
  });
  return joinHandWrittenGroups([...fromRules(ctx), ...fromLists(ctx), ...fromPhrases(ctx), ...fromSequences(ctx)], input.config.nearDuplicates);
}

/**
 * Generated questions listed as near-duplicates of hand-written ones take the hand-written group
 * (src/quizzes/generation.yaml); the generated group they were in comes along whole, so the
 * questions that gave each other away still never meet in one draw.
 */
function joinHandWrittenGroups(questions: Question[], nearDuplicates: NormsData['config']['nearDuplicates']): Question[] {
  const renamed = new Map<string, string>();
  const direct = new Map<string, string>();
  for (const { group, questions: ids } of nearDuplicates) {
    for (const id of ids) {
      const q = questions.find((x) => x.id === id);
      if (!q) throw new Error(`${GENERATION_PATH} 的 nearDuplicates 列了不存在的生成题 "${id}"（组 ${group}）：题目 id 改了就同步改这里`);
      if (q.group) renamed.set(q.group, group);
      else direct.set(id, group);
    }
  }
  return questions.map((q) => {
    const group = direct.get(q.id) ?? (q.group && renamed.get(q.group));
    return group ? { ...q, group } : q;
  });
}
