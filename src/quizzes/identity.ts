/**
 * A question's content fingerprint: 8 hex characters of SHA-256 over the canonical JSON of what
 * grading depends on — type, prompt, case, options (id, text, correct), items, pairs, answer,
 * unit. The explanation, learn link, topics, difficulty, group and sources are left out on
 * purpose: rewording an explanation must not void the answers already given.
 *
 * One module for the build (every shipped question carries it), the results page, the SCORM
 * player and the tests. Web Crypto (crypto.subtle) is built into browsers and Node, so no
 * library is needed; it is asynchronous, hence the Promise.
 */
import type { BankQuestion, Question } from '../schemas/quiz';

export const FINGERPRINT_LENGTH = 8;

/** The graded content of a question, with a fixed key order and no optional fields left undefined. */
export function gradedContent(q: Question): Record<string, unknown> {
  const out: Record<string, unknown> = { type: q.type, prompt: q.prompt };
  if (q.type === 'scenario') out.case = q.case;
  if ('options' in q) out.options = q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct === true }));
  if (q.type === 'ordering') out.items = q.items.map((i) => ({ id: i.id, text: i.text }));
  if (q.type === 'matching') out.pairs = q.pairs.map((p) => ({ id: p.id, left: p.left, right: p.right }));
  if (q.type === 'truefalse' || q.type === 'numeric') out.answer = q.answer;
  if (q.type === 'numeric') out.unit = q.unit;
  return out;
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export async function fingerprint(q: Question): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(gradedContent(q)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, FINGERPRINT_LENGTH / 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The question with its fingerprint, as shipped. */
export async function withFingerprint(q: Question): Promise<BankQuestion> {
  return { ...q, fingerprint: await fingerprint(q) };
}
