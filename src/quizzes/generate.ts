/**
 * Questions generated from the norms data, where the data already holds the answer: time
 * limits (rules), document lists, phrases and process order. A changed rule changes its
 * questions. Question ids are stable (gen-…-<data id>), option ids come from the option's text
 * (contentId), and wrong options are picked with a seed from the question id over data sorted
 * by id, so the same data always yields the same questions whatever order it was read in.
 */
import { formatCitation, formatLimit, ruleSentence } from '../lib/format';
import { hashSeed, pick, rng } from '../lib/random';
import { contentId } from './contentId';
import { ruleStandings } from '../lib/ruleStanding';
import type { DocumentList } from '../schemas/documentList';
import type { Phrase } from '../schemas/phrase';
import type { ProcessDefinition } from '../schemas/process';
import type { Question } from '../schemas/quiz';
import type { Rule } from '../schemas/rule';
import type { SourceDocument } from '../schemas/source';

export interface NormsData {
  rules: Rule[];
  lists: DocumentList[];
  phrases: Phrase[];
  processes: ProcessDefinition[];
  sources: SourceDocument[];
}

type Option = { id: string; text: string; correct: boolean };
/** A generated option's id comes from its content, never its position (see contentId). */
const correct = (text: string): Option => ({ id: contentId(text), text, correct: true });
const wrong = (text: string): Option => ({ id: contentId(text), text, correct: false });
const unique = (xs: string[]) => [...new Set(xs)];
const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function generateQuestions(input: NormsData): Question[] {
  // Sorted by id first: the questions depend on the data, never on the order files or collections were read in.
  const data: NormsData = {
    rules: byId(input.rules),
    lists: byId(input.lists),
    phrases: byId(input.phrases),
    processes: byId(input.processes),
    sources: byId(input.sources),
  };
  const sourceTitle = new Map(data.sources.map((s) => [s.id, s.shortTitle]));
  const cite = (c: { doc: string; article: string }) => formatCitation(sourceTitle.get(c.doc) ?? c.doc, c.article);
  const standings = ruleStandings(data.rules, data.sources);
  // Only rules a clerk must apply today: national rules in force that nothing supersedes.
  const teachable = (r: Rule) => standings.get(r.id)!.governs && r.limit.bound === '以内';
  return [...fromRules(data.rules.filter(teachable), cite), ...fromLists(data.lists, cite), ...fromPhrases(data.phrases, cite), ...fromProcesses(data.processes, cite)];
}

/** Questions on the rules a clerk must apply today (the caller passes only those). */
function fromRules(rules: Rule[], cite: (c: Rule['source']) => string): Question[] {
  const out: Question[] = [];
  for (const r of rules) {
    const unitWord = r.limit.unit === '工作日' ? '个工作日' : r.limit.unit;
    const explanation = `依据${cite(r.source)}：${ruleSentence(r)}。`;
    out.push({
      id: `gen-limit-${r.id}`,
      type: 'numeric',
      topics: ['时限'],
      difficulty: 1,
      prompt: `「${r.title}」：自${r.trigger}起，${r.actor}应在多少${unitWord}内${r.action}？`,
      answer: r.limit.value,
      unit: unitWord,
      explanation,
      learn: r.chapter,
    });
    if (r.limit.unit !== '小时') {
      const v = r.limit.value;
      out.push({
        id: `gen-unit-${r.id}`,
        type: 'single',
        topics: ['时限'],
        difficulty: 2,
        prompt: `「${r.title}」的时限应当怎样计算？`,
        options: [
          { id: 'working-days', text: `${v}个工作日：不算周末和法定节假日`, correct: r.limit.unit === '工作日' },
          { id: 'calendar-days', text: `${v}日：按自然日连续计算，周末和节假日照算`, correct: r.limit.unit === '日' },
          { id: 'working-all-days', text: `${v}个工作日，但遇到节假日也照算`, correct: false },
        ],
        explanation: `${explanation}规定写“${formatLimit(r.limit)}”，${r.limit.unit === '工作日' ? '只数工作日' : '按自然日计算'}。`,
        learn: r.chapter,
      });
    }
  }
  // One matching question per business line: task ↔ limit, with distinct limits.
  const byLine = Map.groupBy(rules, (r) => r.businessLine);
  for (const [line, group] of byLine) {
    const distinct = [...new Map(group.map((r) => [formatLimit(r.limit), r])).values()];
    if (distinct.length < 3) continue;
    const chosen = pick(distinct, Math.min(4, distinct.length), rng(hashSeed(`match-${line}`)));
    out.push({
      id: `gen-match-${chosen.map((r) => r.id).sort()[0]}`,
      type: 'matching',
      topics: ['时限'],
      difficulty: 2,
      prompt: `${line}：把每件事和它的时限连起来。`,
      pairs: chosen.map((r) => ({ id: contentId(r.title), left: r.title, right: formatLimit(r.limit) })),
      explanation: chosen.map((r) => `${r.title}：${formatLimit(r.limit)}（${cite(r.source)}）`).join('；') + '。',
      learn: chosen[0].chapter,
    });
  }
  return out;
}

function fromLists(lists: DocumentList[], cite: (c: DocumentList['source']) => string): Question[] {
  const out: Question[] = [];
  const allTexts = unique(lists.flatMap((l) => l.items.map((i) => i.text)));
  for (const l of lists) {
    const mine = new Set(l.items.map((i) => i.text));
    const random = rng(hashSeed(`docs-${l.id}`));
    const basic = l.items.filter((i) => i.when.length === 0 && i.unless.length === 0);
    const others = allTexts.filter((t) => !mine.has(t));
    if (basic.length >= 2 && others.length >= 2) {
      const right = pick(basic, Math.min(4, basic.length), random).map((i) => correct(i.text));
      const decoys = pick(others, 2, random).map(wrong);
      out.push({
        id: `gen-docs-${l.id}`,
        type: 'multiple',
        topics: ['材料'],
        difficulty: 1,
        prompt: `办理「${l.title}」时，下列哪些属于一般情况下都要收的材料？`,
        options: pick([...right, ...decoys], right.length + decoys.length, random),
        explanation: `依据${cite(l.source)}，${l.title}的基本材料是：${basic.map((i) => i.text).join('、')}。`,
        learn: l.chapter,
      });
    }
    for (const condition of [...new Set(l.items.flatMap((i) => i.when))]) {
      const added = l.items.filter((i) => i.when.includes(condition));
      if (others.length < 2) continue;
      const r2 = rng(hashSeed(`docs-${l.id}-${condition}`));
      const options = [...added.map((i) => correct(i.text)), ...pick(others, 2, r2).map(wrong)];
      out.push({
        id: `gen-docs-${l.id}-${hashSeed(condition).toString(36)}`,
        type: added.length === 1 ? 'single' : 'multiple',
        topics: ['材料'],
        difficulty: 2,
        prompt: `${l.title}：如果属于“${condition}”的情形，还要加收哪些材料？`,
        options: pick(options, options.length, r2),
        explanation: `依据${cite(l.source)}，“${condition}”时加收：${added.map((i) => i.text).join('、')}。`,
        learn: l.chapter,
      } as Question);
    }
    for (const item of l.items.filter((i) => i.anyOf && i.anyOf.length >= 2)) {
      out.push({
        id: `gen-anyof-${l.id}-${item.id}`,
        type: 'truefalse',
        topics: ['材料'],
        difficulty: 2,
        prompt: `${l.title}中的“${item.text.replace(/（.*?）/g, '')}”，${item.anyOf!.join('、')}必须全部提供。`,
        answer: false,
        explanation: `依据${cite(l.source)}，${item.anyOf!.join('、')}任选其一即可。`,
        learn: l.chapter,
      });
    }
  }
  return out;
}

function fromPhrases(phrases: Phrase[], cite: (c: Phrase['source']) => string): Question[] {
  const out: Question[] = [];
  const sayable = phrases.filter((p) => p.level !== '禁忌');
  for (const p of sayable) {
    const decoyPool = unique(sayable.filter((o) => o.situation !== p.situation && o.channel === p.channel).map((o) => o.text));
    if (decoyPool.length < 2) continue;
    const random = rng(hashSeed(`say-${p.id}`));
    const options = [correct(p.text), ...pick(decoyPool, 2, random).map(wrong)];
    out.push({
      id: `gen-say-${p.id}`,
      type: 'single',
      topics: ['用语'],
      difficulty: 1,
      prompt: `${p.channel === '电话' ? '电话中' : '柜面上'}遇到“${p.situation}”时，下列哪种说法最合适？`,
      options: pick(options, options.length, random),
      explanation: `依据${cite(p.source)}，这时的规范说法是“${p.text}”。${p.note ?? ''}`,
      learn: p.chapter,
    });
  }
  for (const p of phrases.filter((x) => x.level === '必讲')) {
    out.push({
      id: `gen-must-${p.id}`,
      type: 'truefalse',
      topics: ['用语'],
      difficulty: 1,
      prompt: `“${p.text}”是每位客户都必须说到的必讲用语。`,
      answer: true,
      explanation: `依据${cite(p.source)}，“${p.text}”属于必讲用语，漏讲要被提醒、通报直至整改。`,
      learn: p.chapter,
    });
  }
  for (const p of phrases.filter((x) => x.level === '禁忌')) {
    out.push({
      id: `gen-taboo-${p.id}`,
      type: 'truefalse',
      topics: ['用语', '礼仪'],
      difficulty: 1,
      prompt: `只要事出有因，服务中可以出现这种情况：${p.text}。`,
      answer: false,
      explanation: `依据${cite(p.source)}，这是禁忌行为。${p.note ?? ''}`,
      learn: p.chapter,
    });
  }
  return out;
}

/** The main line of a process: from the first step, following `next` or the first choice. */
export function mainLine(p: ProcessDefinition): ProcessDefinition['steps'] {
  const byId = new Map(p.steps.map((s) => [s.id, s]));
  const line: ProcessDefinition['steps'] = [];
  const seen = new Set<string>();
  for (let s = byId.get(p.initial); s && !seen.has(s.id); s = byId.get(s.next ?? s.choices?.[0].to ?? '')) {
    seen.add(s.id);
    line.push(s);
  }
  return line;
}

const plainTitle = (t: string) => t.replace(/[：:].*$/, '').replace(/[？?]$/, '');

function fromProcesses(processes: ProcessDefinition[], cite: (c: ProcessDefinition['sources'][number]) => string): Question[] {
  const out: Question[] = [];
  for (const p of processes) {
    const titles = unique(mainLine(p).map((s) => plainTitle(s.title)));
    if (titles.length >= 3) {
      out.push({
        id: `gen-order-${p.id}`,
        type: 'ordering',
        topics: ['流程'],
        difficulty: 2,
        prompt: `把「${p.title}」的主要步骤排成正确顺序。`,
        items: titles.slice(0, 7).map((text) => ({ id: contentId(text), text })),
        explanation: `依据${cite(p.sources[0])}，${p.title}的顺序是：${titles.slice(0, 7).join(' → ')}。`,
        learn: p.chapter,
      });
    }
    const random = rng(hashSeed(`next-${p.id}`));
    const linear = p.steps.filter((s) => s.next);
    for (const s of pick(linear, 3, random)) {
      const next = p.steps.find((x) => x.id === s.next)!;
      const decoys = unique(p.steps.filter((x) => x.id !== next.id && x.id !== s.id).map((x) => plainTitle(x.title))).filter(
        (t) => t !== plainTitle(next.title),
      );
      if (decoys.length < 2) continue;
      const options = [correct(plainTitle(next.title)), ...pick(decoys, 2, random).map(wrong)];
      out.push({
        id: `gen-next-${p.id}-${s.id.toLowerCase()}`,
        type: 'single',
        topics: ['流程'],
        difficulty: 2,
        prompt: `「${p.title}」流程中，“${plainTitle(s.title)}”之后的下一步是什么？`,
        options: pick(options, options.length, random),
        explanation: `依据${cite(s.source)}，“${plainTitle(s.title)}”之后是“${plainTitle(next.title)}”。`,
        learn: p.chapter,
      });
    }
  }
  return out;
}
