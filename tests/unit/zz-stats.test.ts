import { it } from 'vitest';
import { candidates, draw } from '../../src/quizzes/catalog';
import { absoluteRates, commonestNumbers, expectedScore, longestShare, trueShare, testWiseScore } from '../../src/quizzes/giveaways';
import { bank, norms, quizzes } from './bankData';
it('stats', () => {
  const words = norms.config.absoluteWords;
  const exam = quizzes.find((q) => q.id === 'certification')!;
  const pool = candidates(exam, bank);
  const commonest = commonestNumbers(bank);
  let sum = 0; const N = 1000;
  for (let s = 0; s < N; s++) sum += expectedScore(draw(exam, pool, s), commonest, words);
  const hand = bank.filter((q) => !q.id.startsWith('gen-'));
  const byType = new Map<string, number[]>();
  for (const q of bank) { const k = (q.id.startsWith('gen-') ? 'gen ' : 'hand ') + q.type; const a = byType.get(k) ?? []; a.push(testWiseScore(q, commonest, words)); byType.set(k, a); }
  console.log(JSON.stringify({ n: bank.length, hand: hand.length, longest: longestShare(bank), handLongest: longestShare(hand), tf: trueShare(bank), abs: absoluteRates(bank, words), exam: sum / N,
    byType: Object.fromEntries([...byType].map(([k, a]) => [k, `${a.length} ${(a.reduce((x, y) => x + y, 0) / a.length).toFixed(2)}`])) }, null, 1));
});
