/** Small hand-made questions of every type, in the identity contract's shape, for codec and draw tests. */
import type { BankQuestion } from '../../src/schemas/quiz';
import type { Assignment } from '../../src/lib/codes';

const base = { topics: ['时限'], difficulty: 1, explanation: '依据示例规定第一条。', learn: 'counter' } as const;

export const single = { ...base, id: 's1', fingerprint: 'aa11bb22', type: 'single', prompt: '单选题？', options: [{ id: 'b', text: '乙', correct: false }, { id: 'a', text: '甲', correct: true }, { id: 'c', text: '丙', correct: false }] } as unknown as BankQuestion;
export const multiple = { ...base, id: 'm1', fingerprint: 'cc33dd44', type: 'multiple', prompt: '多选题？', options: [{ id: 'a', text: '甲', correct: true }, { id: 'b', text: '乙', correct: false }, { id: 'c', text: '丙', correct: true }, { id: 'd', text: '丁', correct: false }] } as unknown as BankQuestion;
export const scenarioOne = { ...base, id: 'c1', fingerprint: 'ee55ff66', type: 'scenario', case: '客户来到柜面要求办理退保。', prompt: '怎么做？', options: [{ id: 'x1', text: '甲', correct: true }, { id: 'x2', text: '乙', correct: false }] } as unknown as BankQuestion;
export const truefalse = { ...base, id: 't1', fingerprint: '01234567', type: 'truefalse', prompt: '判断题。', answer: false } as unknown as BankQuestion;
export const ordering = { ...base, id: 'o1', fingerprint: '89abcdef', type: 'ordering', prompt: '排序题', items: [{ id: 'c', text: '第一' }, { id: 'a', text: '第二' }, { id: 'd', text: '第三' }, { id: 'b', text: '第四' }] } as unknown as BankQuestion;
export const matching = { ...base, id: 'p1', fingerprint: 'fedcba98', type: 'matching', prompt: '连线题', pairs: [{ id: 'a', left: '左一', right: '右一' }, { id: 'b', left: '左二', right: '右二' }, { id: 'c', left: '左三', right: '右三' }] } as unknown as BankQuestion;
export const numeric = { ...base, id: 'n1', fingerprint: '76543210', type: 'numeric', prompt: '填数字', answer: 5, unit: '个工作日' } as unknown as BankQuestion;

export const everyType = [single, multiple, scenarioOne, truefalse, ordering, matching, numeric];

/** An assignment of 30 questions over two cells, two attempts, best counts. */
export const sampleAssignment: Assignment = {
  t: '11月认证',
  g: '新员工一班',
  q: 'certification',
  tp: [],
  n: 30,
  p: 80,
  m: 30,
  d: '2026-11-30',
  s: 'k3v9x2q7',
  rv: 'score',
  at: 2,
  ct: 'best',
  bp: [['时限', 1, 10], ['合规', 2, 20]],
};
