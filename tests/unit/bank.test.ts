/** The question bank as a whole: identity (ids, fingerprints, one deterministic order), size, topics, quizzes, the exam draw. */
import { describe, expect, it } from 'vitest';
import { assembleBank } from '../../src/quizzes/bank';
import { candidates, chapterOf, chapterQuizzes, draw, questionCount } from '../../src/quizzes/catalog';
import { fingerprint } from '../../src/quizzes/identity';
import { OPTION_ID_PATTERN, QUIZ_TOPICS, type Question, type QuizDefinition } from '../../src/schemas/quiz';
import { bank, chapters, handWritten, norms, quizzes } from './bankData';

const reversed = <T>(xs: T[]) => [...xs].reverse();

describe('question identity', () => {
  it('is the same bank whatever order the files or collections come in', async () => {
    const other = await assembleBank(reversed(handWritten), {
      rules: reversed(norms.rules),
      lists: reversed(norms.lists),
      phrases: reversed(norms.phrases),
      processes: reversed(norms.processes),
      sources: reversed(norms.sources),
    });
    expect(JSON.stringify(other)).toBe(JSON.stringify(bank));
    expect(bank.map((q) => q.id)).toEqual(bank.map((q) => q.id).sort());
  });

  it('gives every option, ordering item and matching pair an id, unique within its question', () => {
    for (const q of bank) {
      const ids = 'options' in q ? q.options.map((o) => o.id) : q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.pairs.map((p) => p.id) : [];
      for (const id of ids) expect(id, q.id).toMatch(OPTION_ID_PATTERN);
      expect(new Set(ids).size, q.id).toBe(ids.length);
    }
  });

  it('refuses two questions with one id', async () => {
    await expect(assembleBank([handWritten[0], handWritten[0]], norms)).rejects.toThrow(`重复的题目 id：${handWritten[0].id}`);
  });

  it('fingerprints what grading depends on, and nothing else', async () => {
    for (const q of bank) expect(q.fingerprint, q.id).toMatch(/^[0-9a-f]{8}$/);
    const q = handWritten.find((x) => x.type === 'single')!;
    if (q.type !== 'single') throw new Error('no single-choice question');
    const base = await fingerprint(q);
    const same = [
      { ...q, explanation: `${q.explanation}（补充说明）` },
      { ...q, learn: 'sales' },
      { ...q, topics: [...q.topics].reverse() },
      { ...q, difficulty: q.difficulty === 1 ? (2 as const) : (1 as const) },
      { ...q, group: 'some-group' },
      { ...q, sources: [{ doc: 'life-basic-2010', article: '第一条' }] },
    ];
    for (const v of same) expect(await fingerprint(v as Question)).toBe(base);
    const changed = [
      { ...q, prompt: `${q.prompt}？` },
      { ...q, options: q.options.map((o, i) => (i === 0 ? { ...o, text: `${o.text}。` } : o)) },
      { ...q, options: q.options.map((o, i) => (i === 0 ? { ...o, id: 'z' } : o)) },
      { ...q, options: q.options.map((o) => ({ ...o, correct: !o.correct })) },
      { ...q, options: reversed(q.options) },
    ];
    for (const v of changed) expect(await fingerprint(v as Question)).not.toBe(base);
    // The key order of the data does not matter.
    const shuffledKeys = Object.fromEntries(reversed(Object.entries(q)));
    expect(await fingerprint(shuffledKeys as Question)).toBe(base);
  });
});

describe('question bank', () => {
  it('has at least 200 questions with unique ids, hand-written and generated', () => {
    expect(bank.length).toBeGreaterThanOrEqual(200);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(handWritten.length).toBeGreaterThan(100);
    expect(bank.length - handWritten.length).toBeGreaterThan(80);
  });

  it('has at least 25 questions for every topic', () => {
    const counts = Object.fromEntries(QUIZ_TOPICS.map((t) => [t, bank.filter((q) => q.topics.includes(t)).length]));
    for (const t of QUIZ_TOPICS) expect(counts[t], `${t}: ${JSON.stringify(counts)}`).toBeGreaterThanOrEqual(25);
  });

  it('uses every question type', () => {
    expect(new Set(bank.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching', 'numeric', 'scenario']),
    );
  });

  it('gives every chapter its own practice quiz', () => {
    const perChapter = chapterQuizzes(chapters, bank).map((q) => q.chapters[0]);
    const missing = chapters
      .filter((c) => !perChapter.includes(c.slug))
      .map((c) => `${c.slug}（${bank.filter((q) => chapterOf(q) === c.slug).length} 题）`);
    expect(missing).toEqual([]);
  });
});

describe('quizzes', () => {
  it('every themed quiz has enough questions to ask', () => {
    for (const quiz of quizzes) {
      const pool = candidates(quiz, bank);
      expect(pool.length, quiz.id).toBeGreaterThanOrEqual(questionCount(quiz, pool));
    }
  });

  it('the certification exam draws the fixed number per topic, the same for the same seed', () => {
    const exam = quizzes.find((q) => q.mode === 'exam')!;
    const a = draw(exam, candidates(exam, bank), 42);
    const b = draw(exam, candidates(exam, bank), 42);
    const c = draw(exam, candidates(exam, bank), 43);
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    const total = Object.values(exam.perTopic!).reduce((x, y) => x + (y ?? 0), 0);
    expect(a).toHaveLength(total);
    for (const [topic, n] of Object.entries(exam.perTopic!)) {
      expect(a.filter((q: Question) => q.topics.includes(topic as never)).length, topic).toBeGreaterThanOrEqual(n!);
    }
  });

  it('never draws two questions of one group', () => {
    const tf = (id: string, group?: string): Question => ({
      id, group, type: 'truefalse', topics: ['礼仪'], difficulty: 1, prompt: `判断题 ${id}`, answer: true, explanation: '一个说明句子。', learn: 'etiquette',
    });
    const pool = [tf('a1', 'g'), tf('a2', 'g'), tf('a3', 'g'), tf('b1', 'h'), tf('b2', 'h'), tf('c'), tf('d')];
    const quiz: QuizDefinition = { id: 'x', title: '测验', summary: '一个测验。', mode: 'practice', topics: [], chapters: [], count: 4, passMark: 80 };
    const exam: QuizDefinition = { ...quiz, mode: 'exam', count: undefined, perTopic: { 礼仪: 4 }, minutes: 10 };
    for (let seed = 0; seed < 200; seed++) {
      for (const q of [quiz, exam]) {
        const drawn = draw(q, pool, seed);
        expect(drawn, `seed ${seed}`).toHaveLength(4);
        const groups = drawn.map((x) => x.group).filter(Boolean);
        expect(new Set(groups).size, `seed ${seed}: ${drawn.map((x) => x.id)}`).toBe(groups.length);
      }
    }
  });
});
