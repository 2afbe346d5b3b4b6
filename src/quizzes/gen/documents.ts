/**
 * Questions on document lists: which documents every case of a list needs, which ones a
 * condition adds (conditions are data: `when` on the item, never a note), and 任选其一 items.
 * Wrong options come from the lists of the same family (src/quizzes/generation.yaml) and are
 * never another wording of a document the list asks for: texts are normalised, glossary aliases
 * are mapped to their terms, and words naming the same document (保险单 / 保险单正本) rule a
 * candidate out.
 */
import { hashSeed, pick, rng, shuffle } from '../../lib/random';
import type { DocumentList, DocumentItem } from '../../schemas/documentList';
import type { Question } from '../../schemas/quiz';
import { normaliseText } from '../contentId';
import { base, fairDecoys, option, plain, unique, type GenContext } from './shared';

/** Whether two document texts could name the same document. */
export function sameDocumentTest(ctx: GenContext): (a: string, b: string) => boolean {
  const aliases = ctx.data.glossary
    .flatMap((g) => g.aliases.map((a) => [normaliseText(a), normaliseText(g.term)] as const))
    .sort((x, y) => y[0].length - x[0].length);
  const normal = (t: string) => aliases.reduce((s, [alias, term]) => s.split(alias).join(term), normaliseText(plain(t)));
  const heads = (t: string) => {
    const forms = [normaliseText(plain(t)), normal(t)];
    return ctx.data.config.documentHeads.flatMap((group, i) => (group.some((w) => forms.some((f) => f.includes(w))) ? [i] : []));
  };
  return (a, b) => {
    const [x, y] = [normal(a), normal(b)];
    if (x === y || x.includes(y) || y.includes(x)) return true;
    const hb = heads(b);
    return heads(a).some((h) => hb.includes(h));
  };
}

const isBasic = (i: DocumentItem) => i.when.length === 0 && i.unless.length === 0;

export function fromLists(ctx: GenContext): Question[] {
  const { data, cite } = ctx;
  const same = sameDocumentTest(ctx);
  const family = (l: DocumentList) => data.config.documentFamilies.find((f) => f.includes(l.serviceType)) ?? [l.serviceType];
  const notDecoy = new Set(data.config.documentsNotAsDecoys.map((d) => `${d.list}/${d.item}`));
  const out: Question[] = [];
  const anyOfs: { l: DocumentList; item: DocumentItem }[] = [];
  for (const l of data.lists) {
    const title = plain(l.title);
    const learn = ctx.learn(`list:${l.id}`, l.chapter);
    // Wrong options: documents of sibling lists that this list never asks for, in any wording.
    const siblings = unique(
      data.lists
        .filter((o) => o.id !== l.id && family(o).includes(l.serviceType))
        .flatMap((o) => o.items.filter((i) => !notDecoy.has(`${o.id}/${i.id}`)).map((i) => plain(i.text)))
        .filter((t) => !l.items.some((i) => same(t, i.text))),
    ).filter((t, k, all) => all.findIndex((u) => same(u, t)) === k);

    const basic = l.items.filter(isBasic);
    if (basic.length >= 2 && siblings.length >= 1) {
      const random = rng(hashSeed(`docs-${l.id}`));
      // How many are right varies (2 to 4), so "tick everything" never pays.
      const rightCount = Math.min(basic.length, 2 + Math.floor(random() * 3));
      const right = pick(basic, rightCount, random).map((i) => plain(i.text));
      const decoys = shuffle(siblings, random).slice(0, Math.max(1, 5 - rightCount));
      out.push({
        ...base(
          `gen-docs-${l.id}`,
          ['材料'],
          1,
          [l.source],
          learn,
          `依据${cite(l.source)}，「${title}」里不论什么情形都要收的是：${basic.map((i) => plain(i.text)).join('、')}；其余材料按情形加收。`,
        ),
        type: 'multiple',
        prompt: `「${title}」：下列哪些材料不论什么情形都要收？`,
        options: shuffle([...right.map((t) => option(t, true)), ...decoys.map((t) => option(t, false))], random),
      });
    }

    for (const condition of unique(l.items.flatMap((i) => i.when))) {
      // Items added by exactly this condition are right. Items another condition adds are near-miss wrong options:
      // the stem asks what is added *because of* this condition, so they stay wrong even when both conditions apply.
      const added = l.items.filter((i) => i.when.length === 1 && i.when[0] === condition);
      if (added.length === 0) continue;
      const random = rng(hashSeed(`docs-${l.id}-${condition}`));
      const right = added.map((i) => plain(i.text));
      const nearMiss = l.items.filter((i) => i.when.length > 0 && !i.when.includes(condition)).map((i) => plain(i.text));
      const pool = [...shuffle(nearMiss, random), ...shuffle(siblings, random)].filter(
        (t, k, all) => ![...right, ...basic.map((i) => i.text)].some((r) => same(r, t)) && all.findIndex((u) => same(u, t)) === k,
      );
      if (pool.length < 2) continue;
      const decoys = fairDecoys(right, pool, right.length === 1 ? 3 : 5 - Math.min(right.length, 3));
      const single = right.length === 1;
      out.push({
        ...base(
          `gen-docs-${l.id}-${hashSeed(condition).toString(36)}`,
          ['材料'],
          2,
          [l.source],
          learn,
          `依据${cite(l.source)}，属于“${condition}”的情形时，「${title}」要加收：${right.join('、')}。`,
        ),
        type: single ? 'single' : 'multiple',
        prompt: `「${title}」：下列${single ? '哪一项' : '哪些'}材料是属于“${condition}”的情形时才要加收的？`,
        options: shuffle([...right.map((t) => option(t, true)), ...decoys.map((t) => option(t, false))], random),
      } as Question);
    }
    for (const item of l.items.filter((i) => i.anyOf && i.anyOf.length >= 2)) anyOfs.push({ l, item });
  }

  // 任选其一: half the statements say so (true), half say every one is needed (false), alternating in id order.
  anyOfs.forEach(({ l, item }, k) => {
    const kinds = item.anyOf!.join('、');
    const truth = k % 2 === 0;
    out.push({
      ...base(`gen-anyof-${l.id}-${item.id}`, ['材料'], 2, [l.source], ctx.learn(`list:${l.id}`, l.chapter), `依据${cite(l.source)}，${kinds}任选其一即可，不必都提供。`),
      type: 'truefalse',
      prompt: truth
        ? `「${plain(l.title)}」中的${plain(item.text)}，客户提供${kinds}中的任何一种就可以。`
        : `「${plain(l.title)}」中的${plain(item.text)}，客户要把${kinds}这${item.anyOf!.length}种都提供齐。`,
      answer: truth,
    });
  });
  return out;
}
