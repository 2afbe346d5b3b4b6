/**
 * Questions generated from the norms data, where the data already holds the answer: time limits
 * (rules), document lists, phrases and the step orders sources state. A changed rule changes its
 * questions. Question ids are stable (gen-…-<data id>), option ids come from the option's text
 * (contentId), and every random choice is seeded by the question id over data sorted by id, so
 * the same data always yields the same questions whatever order it was read in.
 *
 * The generators live in src/quizzes/gen/; the choices the data cannot make by itself (which
 * lists lend each other wrong options, which phrases fit the same moment …) are data in
 * src/quizzes/generation.yaml.
 */
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
  return [...fromRules(ctx), ...fromLists(ctx), ...fromPhrases(ctx), ...fromSequences(ctx)];
}
