/**
 * Questions on service phrases: what to say in a situation, which phrases are 必讲, and the
 * taboos. A 提倡 phrase is never asked against the 必讲 phrase of the same moment (the source lists
 * both for it); wrong options never come from the same situation, the same article of the source
 * or a pair that fits each other's moment (src/quizzes/generation.yaml); a question whose
 * situation already spells out the answer is not asked.
 */
import { hashSeed, rng, shuffle } from '../../lib/random';
import type { Phrase } from '../../schemas/phrase';
import type { Question } from '../../schemas/quiz';
import { base, fairDecoys, forLearners, option, plain, type GenContext } from './shared';

const sameArticle = (a: Phrase, b: Phrase) => a.source.doc === b.source.doc && a.source.article === b.source.article;
const channelFits = (asked: Phrase, other: Phrase) => asked.channel === '通用' || other.channel === '通用' || other.channel === asked.channel;
/** 柜面上 / 电话里, unless the situation already says where. */
const where = (p: Phrase) => {
  const place = p.channel === '柜面' ? '柜面上' : p.channel === '电话' ? '电话里' : '';
  return place && !p.situation.includes(place.slice(0, 2)) ? place : '';
};

/** Length of the longest run of characters two texts share (blanks ×× left out). */
function sharedRun(a: string, b: string): number {
  const x = a.replace(/×+/g, '');
  const y = b.replace(/×+/g, '');
  let best = 0;
  for (let i = 0; i < x.length; i++) for (let n = best + 1; i + n <= x.length && y.includes(x.slice(i, i + n)); n++) best = n;
  return best;
}

export function fromPhrases(ctx: GenContext): Question[] {
  const { data, cite } = ctx;
  const notAsked = new Set(data.config.phrasesNotAsked.map((n) => n.phrase));
  const never = data.config.phrasesNeverAgainst;
  const apart = (a: Phrase, b: Phrase) => never.some((g) => g.phrases.includes(a.id) && g.phrases.includes(b.id));
  const sayable = data.phrases.filter((p) => p.level !== '禁忌' && !notAsked.has(p.id));
  const must = data.phrases.filter((p) => p.level === '必讲');
  const mustFor = (p: Phrase) => must.find((m) => m.situation === p.situation || apart(m, p));
  const learnOf = (p: Phrase) => data.config.phraseSections[p.id] ?? ctx.learn(`phrase:${p.id}`, p.chapter);
  const out: Question[] = [];

  for (const p of sayable) {
    // The 必讲 phrase is the answer for its moment; a 提倡 phrase of the same moment is asked as a level question below.
    if (p.level === '提倡' && mustFor(p)) continue;
    // The situation must not spell out the answer (请客户出示证件、签名… → “请出示…；请签名…”).
    if (sharedRun(p.situation, p.text) >= 4) continue;
    const random = rng(hashSeed(`say-${p.id}`));
    const fits = sayable.filter((o) => o.level === '提倡' && o.situation !== p.situation && !sameArticle(o, p) && !apart(o, p) && channelFits(p, o));
    // Phrases of the same chapter first: they belong to the same kind of business, so the answer cannot be found by topic alone.
    const pool = [...shuffle(fits.filter((o) => o.chapter === p.chapter), random), ...shuffle(fits.filter((o) => o.chapter !== p.chapter), random)].map((o) => o.text);
    if (pool.length < 2) continue;
    const decoys = fairDecoys([p.text], pool, 3);
    const also = data.phrases.filter((o) => o.id !== p.id && o.level === '提倡' && o.situation === p.situation);
    out.push({
      ...base(
        `gen-say-${p.id}`,
        ['用语'],
        1,
        [p.source],
        learnOf(p),
        `依据${cite(p.source)}，这时的规范说法是“${p.text}”。${also.length ? `同一时刻还提倡说“${also.map((o) => o.text).join('”“')}”。` : ''}${forLearners(p.note ?? '')}`,
      ),
      type: 'single',
      prompt: `${where(p)}遇到“${p.situation}”时，按规范应当怎么说？`,
      options: shuffle([option(p.text, true), ...decoys.map((t) => option(t, false))], random),
    });
  }

  // 必讲 or not: the 必讲 phrases (true) and the 提倡 phrases of the same moments (false).
  for (const p of data.phrases.filter((x) => x.level === '必讲' || (x.level === '提倡' && mustFor(x)))) {
    const isMust = p.level === '必讲';
    const m = isMust ? p : mustFor(p)!;
    out.push({
      ...base(
        `gen-must-${p.id}`,
        ['用语'],
        1,
        isMust ? [p.source] : [p.source, m.source],
        learnOf(p),
        isMust
          ? `依据${cite(p.source)}，“${p.text}”是必讲用语，办理对外业务时对每位客户都要说，漏讲要被提醒、通报直至整改。`
          : `依据${cite(p.source)}，“${p.text}”是提倡使用的说法，不是必讲用语；同一时刻的必讲用语是“${m.text}”（${cite(m.source)}）。`,
      ),
      type: 'truefalse',
      prompt: `“${p.text}”属于必讲用语：办理对外业务时，对每位客户都要说到。`,
      answer: isMust,
    });
  }

  // Taboos: half the statements call the behaviour forbidden (true), half call it merely discouraged (false), alternating in id order.
  data.phrases
    .filter((p) => p.level === '禁忌')
    .forEach((p, k) => {
      const truth = k % 2 === 0;
      const what = plain(p.text);
      const when = p.situation === '任何情况' || sharedRun(p.situation, what) >= 4 ? '' : `${p.situation}时，`;
      out.push({
        ...base(
          `gen-taboo-${p.id}`,
          data.config.tabooTopics[p.chapter] ?? data.config.defaultTabooTopics,
          1,
          [p.source],
          learnOf(p),
          `依据${cite(p.source)}，这是明令禁止的做法，不只是“不提倡”。${forLearners(p.note ?? '')}`,
        ),
        type: 'truefalse',
        prompt: truth ? `${when}${what}——这是规范明令禁止的做法。` : `${when}${what}——规范只是不提倡这样做，并没有禁止。`,
        answer: truth,
      });
    });
  return out;
}
