/**
 * Questions on time limits, from the rules: the number (numeric), the limit among four real
 * options (the value in 工作日 and in 日, or four values of hours), and one matching question per
 * business line. A value asked most often for its unit is never asked as a bare number (that is
 * what a test-wise candidate guesses). Every rule
 * whose number the site teaches is asked, framed by its source when it is not the national rule
 * that governs at the counter; rules examined by a hand-written question instead are listed, with
 * the reason, in src/quizzes/generation.yaml.
 */
import { formatLimit, ruleSentence } from '../../lib/format';
import { hashSeed, pick, rng, shuffle } from '../../lib/random';
import type { Question } from '../../schemas/quiz';
import type { Rule } from '../../schemas/rule';
import { hasLimit, type WithLimit } from '../../lib/countable';

/** A rule that states a number (a duty without one, e.g. 委托领取须通知本人, has nothing to ask here). */
type LimitRule = WithLimit<Rule>;
import { contentId } from '../contentId';
import { base, forLearners, option, plain, type GenContext } from './shared';

/** The section with the rule's own card, else the table that lists it, else the chapter. */
const learnOf = (ctx: GenContext, r: Rule) => {
  const card = ctx.learn(`rule:${r.id}`, r.chapter);
  return card !== r.chapter ? card : ctx.learn(`ruleRow:${r.id}`, r.chapter);
};

const unitWord = (unit: LimitRule['limit']['unit']) => (unit === '工作日' ? '个工作日' : unit);

/** Plausible other values for the four-option question, by number of digits (a 2-digit answer among 1-digit decoys stands out). */
const LADDER = [2, 3, 5, 7, 10, 15, 20, 30, 60];

interface Framed {
  /** 按…， for rules that do not govern at the counter (a local rule, a company's or a training material's example). */
  frame: string;
  /** 自…起， (每个工作日， for a standing level). */
  since: string;
  action: string;
  /** 应 (a duty) or 可以 (a right, e.g. the complainant's). */
  modal: '应' | '最迟可以';
  explanation: string;
}

/** 自…起， for the prompt: the start without asides or lengths of other periods; 每… starts read as they are. */
function since(trigger: string): string {
  const start = plain(trigger).replace(/\d+(个工作日|工作日|日|天|小时|年)/g, '');
  return start.startsWith('每') ? `${start}，` : `自${start}起，`;
}

const endSentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

function framed(ctx: GenContext, r: LimitRule): Framed {
  const { cite, data, governs } = ctx;
  const note = governs(r) ? '' : forLearners(r.comparison?.note ?? '');
  return {
    frame: governs(r) ? '' : `按${cite(r.source)}，`,
    // Bracketed asides in the data can hold the answer (…最长共60日), and so can a start that is itself
    // the end of another period (复杂投诉的30日处理期限届满之日): the prompt leaves the asides and the
    // other period's length out, the explanation keeps them.
    since: since(r.trigger),
    action: plain(r.action),
    modal: data.config.rightHolders.some((h) => r.actor.startsWith(h)) ? '最迟可以' : '应',
    explanation: `依据${cite(r.source)}：${forLearners(ruleSentence(r))}。${r.excludes ? `不计入期限的：${endSentence(r.excludes)}` : ''}${note}`,
  };
}

function numeric(ctx: GenContext, r: LimitRule, group: string): Question {
  const f = framed(ctx, r);
  const unit = unitWord(r.limit.unit);
  const prompt =
    r.limit.bound === '不少于'
      ? `${f.frame}「${r.title}」：${f.since}${r.actor}${f.action}不少于多少${unit}？`
      : `${f.frame}「${r.title}」：${f.since}${r.actor}${f.modal}在多少${unit}内${f.action}？`;
  return {
    ...base(`gen-limit-${r.id}`, ['时限'], 1, [r.source], learnOf(ctx, r), f.explanation),
    group,
    type: 'numeric',
    prompt,
    answer: r.limit.value,
    unit,
  };
}

/** Plausible values for a limit counted in hours or years (the four-option question). */
const LADDERS: Partial<Record<LimitRule['limit']['unit'], number[]>> = { 小时: [8, 12, 24, 48, 72] };

/** Up to `n` other plausible values, preferring as many digits as the right one (a 2-digit answer among 1-digit ones stands out). */
function otherValues(r: LimitRule, ladder: readonly number[], n: number): number[] {
  const others = ladder.filter((v) => v !== r.limit.value);
  const digits = String(r.limit.value).length;
  const random = rng(hashSeed(`unit-${r.id}`));
  const same = shuffle(others.filter((v) => String(v).length === digits), random);
  return [...same, ...shuffle(others.filter((v) => String(v).length !== digits), random)].slice(0, n);
}

/**
 * The limit among four real options. Days: the right value in the other unit (工作日 ↔ 日) and
 * another value in both units. Hours and other units: four values of that unit.
 */
function choice(ctx: GenContext, r: LimitRule, group: string): Question {
  const f = framed(ctx, r);
  const text = (value: number, unit: LimitRule['limit']['unit']) => formatLimit({ value, unit, bound: r.limit.bound });
  const days = r.limit.unit === '工作日' || r.limit.unit === '日';
  let options;
  let how = '';
  if (days) {
    const other = r.limit.unit === '工作日' ? '日' : '工作日';
    const [alt] = otherValues(r, LADDER, 1);
    options = [
      option(text(r.limit.value, r.limit.unit), true),
      option(text(r.limit.value, other), false),
      option(text(alt, r.limit.unit), false),
      option(text(alt, other), false),
    ];
    how = `规定写的是“${formatLimit(r.limit)}”：${r.limit.unit === '工作日' ? '只数工作日，周末和法定节假日不算' : '按自然日连续计算，中间的周末和节假日照算；《民法典》第二百零三条还规定，期间的最后一日是法定休假日的，以休假日结束的次日为最后一日'}。`;
  } else {
    const values = [r.limit.value, ...otherValues(r, LADDERS[r.limit.unit] ?? LADDER, 3)];
    options = values.map((v, k) => option(text(v, r.limit.unit), k === 0));
  }
  const ask = r.limit.bound === '不少于' ? `${r.actor}${f.action}的时间至少是多长` : `${r.actor}${f.modal}在多长时间内${f.action}`;
  return {
    ...base(`gen-${days ? 'unit' : 'value'}-${r.id}`, ['时限'], 2, [r.source], learnOf(ctx, r), `${f.explanation}${how}`),
    group,
    type: 'single',
    prompt: `${f.frame}「${r.title}」：${f.since}${ask}？`,
    options: shuffle(options, rng(hashSeed(`unit-order-${r.id}`))),
  };
}

/** One matching question per business line over the rules that govern there, with distinct limits. */
function matching(ctx: GenContext, rules: LimitRule[]): Question[] {
  const out: Question[] = [];
  for (const [line, group] of Map.groupBy(rules.filter(ctx.governs), (r) => r.businessLine)) {
    const distinct = [...new Map(group.map((r) => [formatLimit(r.limit), r])).values()];
    if (distinct.length < 3) continue;
    const chosen = pick(distinct, Math.min(4, distinct.length), rng(hashSeed(`match-${line}`)));
    out.push({
      ...base(
        `gen-match-${chosen.map((r) => r.id).sort()[0]}`,
        ['时限'],
        2,
        chosen.map((r) => r.source),
        ctx.data.sections.get(`ruleTable:${line}`)?.[0] ?? chosen[0].chapter,
        chosen.map((r) => `${r.title}：${formatLimit(r.limit)}（${ctx.cite(r.source)}）`).join('；') + '。',
      ),
      type: 'matching',
      prompt: `${line}：把每件事和它的时限连起来。`,
      pairs: chosen.map((r) => ({ id: contentId(r.title), left: r.title, right: formatLimit(r.limit) })),
    });
  }
  return out;
}

export function fromRules(ctx: GenContext): Question[] {
  const elsewhere = new Set(ctx.data.config.rulesExaminedElsewhere.map((e) => e.rule));
  // A replaced or repealed rule's number is history, not something to apply.
  const withLimit = ctx.data.rules.filter(hasLimit);
  const asked = withLimit.filter((r) => !elsewhere.has(r.id) && !ctx.superseded(r));
  // The numbers asked most often for a unit are what a test-wise candidate guesses (all of them
  // when they tie, e.g. 诉讼时效 2年 and 5年): such limits are asked among four options instead of
  // as a bare number.
  const modal = new Map(
    [...Map.groupBy(asked, (r) => r.limit.unit)].map(([unit, rs]) => {
      const counts = [...Map.groupBy(rs, (r) => r.limit.value)].map(([v, xs]) => [v, xs.length] as const);
      const top = Math.max(...counts.map(([, n]) => n));
      return [unit, new Set(counts.filter(([, n]) => n === top).map(([v]) => v))];
    }),
  );
  const out: Question[] = [];
  for (const r of asked) {
    // The questions on one limit give each other away: never in the same draw.
    const group = `limit-${r.id}`;
    const guessable = modal.get(r.limit.unit)!.has(r.limit.value);
    if (!guessable) out.push(numeric(ctx, r, group));
    if (guessable || r.limit.unit === '工作日' || r.limit.unit === '日') out.push(choice(ctx, r, group));
  }
  return [...out, ...matching(ctx, withLimit)];
}
