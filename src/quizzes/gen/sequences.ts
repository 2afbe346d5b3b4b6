/**
 * Ordering and "next step" questions, only from sequences a source states in so many words
 * (src/content/norms/sequences). All questions on one sequence share a group: the ordering
 * question gives every next step away, so a draw holds at most one of them.
 */
import { hashSeed, pick, rng, shuffle } from '../../lib/random';
import type { Question } from '../../schemas/quiz';
import { base, fairDecoys, option, type GenContext } from './shared';

/** How many "next step" questions each sequence yields (more would only repeat the order). */
const NEXT_PER_SEQUENCE = 3;

export function fromSequences(ctx: GenContext): Question[] {
  const out: Question[] = [];
  for (const s of ctx.data.sequences) {
    const group = `seq-${s.id}`;
    const where = ctx.cite(s.source);
    const order = s.steps.map((x) => x.text).join(' → ');
    const explanation = `${where}规定的${s.title}依次是：${order}。`;
    out.push({
      ...base(`gen-order-${s.id}`, ['流程'], 2, [s.source], s.learn, explanation),
      group,
      type: 'ordering',
      prompt: `按${where}，把「${s.title}」的步骤排成正确顺序。`,
      items: s.steps.map((x) => ({ id: x.id, text: x.text })),
    });
    const random = rng(hashSeed(`next-${s.id}`));
    const asked = pick([...s.steps.keys()].slice(0, -1), NEXT_PER_SEQUENCE, random).sort((a, b) => a - b);
    for (const k of asked) {
      const step = s.steps[k];
      const next = s.steps[k + 1];
      // Near misses first: the step before, and the one after next.
      const near = [s.steps[k - 1], s.steps[k + 2]].filter((x) => x !== undefined).map((x) => x.text);
      const rest = shuffle(s.steps.filter((_, i) => i !== k && i !== k + 1 && i !== k - 1 && i !== k + 2).map((x) => x.text), random);
      const decoys = fairDecoys([next.text], [...near, ...rest], 2);
      out.push({
        ...base(`gen-next-${s.id}-${step.id}`, ['流程'], 2, [s.source], s.learn, `${explanation}“${step.text}”之后是“${next.text}”。`),
        group,
        type: 'single',
        prompt: `按${where}的「${s.title}」，“${step.text}”之后的下一步是什么？`,
        options: shuffle([option(next.text, true), ...decoys.map((t) => option(t, false))], random),
      });
    }
  }
  return out;
}
