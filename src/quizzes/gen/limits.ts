/**
 * Questions on time limits, from the rules: the number (numeric), the number with its unit
 * (工作日 or 日, four real options), and one matching question per business line. Every rule
 * whose number the site teaches is asked, framed by its source when it is not the national rule
 * that governs at the counter; rules examined by a hand-written question instead are listed, with
 * the reason, in src/quizzes/generation.yaml.
 */
import { formatLimit, ruleSentence } from '../../lib/format';
import { hashSeed, pick, rng, shuffle } from '../../lib/random';
import type { Question } from '../../schemas/quiz';
import type { Rule } from '../../schemas/rule';
import { contentId } from '../contentId';
import { base, forLearners, option, plain, type GenContext } from './shared';


/** The section with the rule's own card, else the table that lists it, else the chapter. */
const learnOf = (ctx: GenContext, r: Rule) => {
  const card = ctx.learn(`rule:${r.id}`, r.chapter);
  return card !== r.chapter ? card : ctx.learn(`ruleRow:${r.id}`, r.chapter);
};

const unitWord = (unit: Rule['limit']['unit']) => (unit === '工作日' ? '个工作日' : unit);

/** Plausible other values for the four-option question, by number of digits (a 2-digit answer among 1-digit decoys stands out). */
const LADDER = [2, 3, 5, 7, 10, 15, 20, 30, 60];

interface Framed {
  /** 依据…， for rules that do not govern at the counter (a local rule, a company's or a training material's example). */
  frame: string;
  trigger: string;
  action: string;
  /** 应 (a duty) or 可以 (a right, e.g. the complainant's). */
  modal: '应' | '最迟可以';
  explanation: string;
}

function framed(ctx: GenContext, r: Rule): Framed {
  const { cite, data, governs } = ctx;
  const note = governs(r) ? '' : forLearners(r.comparison?.note ?? '');
  return {
    frame: governs(r) ? '' : `按${cite(r.source)}，`,
    // Bracketed asides in the data can hold the answer (…最长共60日): the prompt leaves them out, the explanation keeps them.
    trigger: plain(r.trigger),
    action: plain(r.action),
    modal: data.config.rightHolders.some((h) => r.actor.startsWith(h)) ? '最迟可以' : '应',
    explanation: `依据${cite(r.source)}：${forLearners(ruleSentence(r))}${r.excludes ? `，${r.excludes}不计入` : ''}。${note}`,
  };
}

function numeric(ctx: GenContext, r: Rule, group: string): Question {
  const f = framed(ctx, r);
  const unit = unitWord(r.limit.unit);
  const since = f.trigger.startsWith('每') ? `${f.trigger}，` : `自${f.trigger}起，`;
  // A start that itself holds a number (复杂投诉的30日期限届满之日) would hand the answer over: the title says enough.
  const from = /\d/.test(f.trigger) ? '' : since;
  const prompt =
    r.limit.bound === '不少于'
      ? `${f.frame}「${r.title}」：${from}${r.actor}${f.action}不少于多少${unit}？`
      : `${f.frame}「${r.title}」：${from}${r.actor}${f.modal}在多少${unit}内${f.action}？`;
  return {
    ...base(`gen-limit-${r.id}`, ['时限'], 1, [r.source], learnOf(ctx, r), f.explanation),
    group,
    type: 'numeric',
    prompt,
    answer: r.limit.value,
    unit,
  };
}

/** The limit with its unit among four real options: the right value in the other unit, and another value in both units. */
function withUnit(ctx: GenContext, r: Rule, group: string): Question | undefined {
  if (r.limit.unit === '小时') return undefined;
  const f = framed(ctx, r);
  const other = r.limit.unit === '工作日' ? '日' : '工作日';
  const digits = String(r.limit.value).length;
  const near = LADDER.filter((v) => v !== r.limit.value && String(v).length === digits);
  const alt = pick(near.length ? near : LADDER.filter((v) => v !== r.limit.value), 1, rng(hashSeed(`unit-${r.id}`)))[0];
  const text = (value: number, unit: Rule['limit']['unit']) => formatLimit({ value, unit, bound: r.limit.bound });
  const options = [
    option(text(r.limit.value, r.limit.unit), true),
    option(text(r.limit.value, other), false),
    option(text(alt, r.limit.unit), false),
    option(text(alt, other), false),
  ];
  const how =
    r.limit.unit === '工作日'
      ? '只数工作日，周末和法定节假日不算'
      : '按自然日连续计算，中间的周末和节假日照算';
  const ask = r.limit.bound === '不少于' ? '的时间至少是多长' : '的期限是多长';
  return {
    ...base(`gen-unit-${r.id}`, ['时限'], 2, [r.source], learnOf(ctx, r), `${f.explanation}规定写的是“${formatLimit(r.limit)}”：${how}。`),
    group,
    type: 'single',
    prompt: `${f.frame}「${r.title}」：${/\d/.test(f.trigger) ? '' : `自${f.trigger}起，`}${r.actor}${f.action}${ask}？`,
    options: shuffle(options, rng(hashSeed(`unit-order-${r.id}`))),
  };
}

/** One matching question per business line over the rules that govern there, with distinct limits. */
function matching(ctx: GenContext, rules: Rule[]): Question[] {
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
  const out: Question[] = [];
  for (const r of ctx.data.rules) {
    // A replaced or repealed rule's number is history, not something to apply.
    if (elsewhere.has(r.id) || ctx.superseded(r)) continue;
    // The two questions on one limit give each other away: never in the same draw.
    const group = `limit-${r.id}`;
    out.push(numeric(ctx, r, group));
    const unit = withUnit(ctx, r, group);
    if (unit) out.push(unit);
  }
  return [...out, ...matching(ctx, ctx.data.rules)];
}
