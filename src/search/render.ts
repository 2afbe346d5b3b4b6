/**
 * What search shows, as DOM, shared by the dialog (where every link is a listbox option) and
 * /search/ (a plain list of links): answer cards, page results with their best sections, the
 * line saying what was searched, the "no results" help and the quick links. Text is always set
 * as text; only Pagefind's <mark> around matched words becomes markup.
 */
import type { AnswerCard, RuleCard, RuleSummary } from './cardIndex';
import type { Answer, PageView } from './engine';
import { QUICK_LINKS } from './quickLinks';
import { searchedText, type CompiledLexicon, MAX_QUERY } from './understand';

/** The search.* strings of src/i18n/ui.ts, handed to the page as a data attribute. */
export type Strings = Record<string, string>;

export function say(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  return (strings[`search.${key}`] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

type Child = Node | string | false | undefined;

/** An element with attributes and children; strings become text nodes. */
export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** Pagefind's excerpt (page text with <mark> around matches) as text nodes and <mark> elements. */
export function excerpt(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    // Pagefind keeps the zero-width spaces it puts between Chinese words in its excerpts.
    const text = part.replace(/\u200b/g, '').replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]);
    if (text) out.append(marked ? h('mark', {}, text) : text);
  }
  return out;
}

function summary(rule: RuleSummary, strings: Strings): HTMLElement {
  return h(
    'span',
    { class: 'rule-line' },
    h('span', { class: 'rule-limit' }, rule.limit),
    h('span', { class: 'rule-sentence' }, rule.sentence),
    h('span', { class: 'card-source' }, say(strings, 'cardSource', { source: rule.source }), ...rule.standing.map((s) => h('span', { class: 'card-badge' }, s))),
  );
}

function cardBody(card: AnswerCard, strings: Strings): HTMLElement[] {
  const label = (text: string) => h('span', { class: 'card-kind' }, text);
  switch (card.kind) {
    case 'rules':
      return [
        label(say(strings, 'cardRule')),
        h('span', { class: 'card-title' }, card.title),
        summary(card, strings),
        ...(card.instead
          ? [h('span', { class: 'card-instead' }, h('span', { class: 'card-kind' }, say(strings, 'cardInstead')), h('span', { class: 'card-title' }, card.instead.title), summary(card.instead, strings))]
          : []),
      ];
    case 'documents':
      return [
        label(say(strings, 'cardDocuments')),
        h('span', { class: 'card-title' }, card.title),
        h('span', { class: 'card-items' }, card.items.join('；')),
        ...(card.conditional ? [h('span', { class: 'card-note' }, say(strings, 'cardConditional', { n: card.conditional }))] : []),
        h('span', { class: 'card-source' }, say(strings, 'cardSource', { source: card.source })),
      ];
    case 'phrases':
      return [
        label(`${say(strings, 'cardPhrase')} · ${card.level}`),
        h('span', { class: 'card-title' }, card.situation),
        h('span', { class: `card-say${card.level === '禁忌' ? ' avoid' : ''}` }, card.level === '禁忌' ? say(strings, 'cardAvoid', { text: card.text }) : `“${card.text}”`),
        h('span', { class: 'card-source' }, say(strings, 'cardSource', { source: card.source })),
      ];
    case 'glossary':
      return [
        label(say(strings, 'cardTerm')),
        h('span', { class: 'card-title' }, card.term),
        h('span', { class: 'card-definition' }, card.definition),
        ...(card.aliases.length ? [h('span', { class: 'card-note' }, say(strings, 'cardAliases', { aliases: card.aliases.join('、') }))] : []),
      ];
  }
}

/** A card as links: the card itself, then for a time limit the calculator and the rule that governs instead. */
export function cardLinks(card: AnswerCard, strings: Strings): HTMLAnchorElement[] {
  const main = h('a', { href: card.href, class: `result card card-${card.kind}` }, ...cardBody(card, strings)) as HTMLAnchorElement;
  if (card.kind !== 'rules') return [main];
  const rule = card as RuleCard;
  const extra = (href: string, text: string) => h('a', { href, class: 'result card-action' }, text) as HTMLAnchorElement;
  return [
    main,
    ...(rule.calc ? [extra(rule.calc, say(strings, 'openCalc', { title: (rule.instead ?? rule).title }))] : []),
    ...(rule.instead ? [extra(rule.instead.href, say(strings, 'openInstead', { title: rule.instead.title }))] : []),
  ];
}

/** A page result as links: the page, then its best sections. */
export function pageLinks(page: PageView): HTMLAnchorElement[] {
  const link = (href: string, title: string, text: string, cls: string) =>
    h('a', { href, class: `result ${cls}` }, h('span', { class: 'result-title' }, title), text && h('span', { class: 'result-excerpt' }, excerpt(text))) as HTMLAnchorElement;
  return [link(page.url, page.title, page.excerpt, 'page'), ...page.subs.map((s) => link(s.url, s.title, s.excerpt, 'section'))];
}

/** One or two lines on what was searched: cut, replaced words, relaxed search, words nothing contains. */
export function searchedLines(answer: Answer, strings: Strings): string[] {
  const { understood: u, found } = answer;
  const lines: string[] = [];
  if (u.truncated) lines.push(say(strings, 'truncated', { n: MAX_QUERY }));
  const words = searchedText(found.used);
  const typed = u.typed.trim().replace(/\s+/g, ' ');
  if (found.mode === 'all' && words !== typed) lines.push(say(strings, 'searched', { words }));
  if (found.mode === 'some') lines.push(say(strings, 'searchedSome', { words }));
  if (found.mode === 'any') lines.push(say(strings, 'searchedAny', { words }));
  if (found.unmatched.length && found.mode !== 'none') lines.push(say(strings, 'unmatched', { words: found.unmatched.map((t) => t.typed ?? t.text).join('、') }));
  return lines;
}

/** 时限速查, 材料清单, 服务用语, 术语表 (the same list the dialog shows for an empty query). */
export function quickLinks(strings: Strings): HTMLElement {
  const title = say(strings, 'quick');
  return h(
    'nav',
    { class: 'search-quick', 'aria-label': title },
    h('p', { class: 'search-quick-title' }, title),
    h('ul', {}, ...QUICK_LINKS.map(({ href, key }) => h('li', {}, h('a', { href }, say(strings, key))))),
  );
}

/**
 * Help when no word of the query matches anything (the caller says so in its status line), built from the query: Latin letters that are
 * no pinyin of the site's words, the site's words sharing characters with it, and one of the
 * lexicon's own colloquial words as an example of rewording.
 */
export function noResults(answer: Answer, lex: CompiledLexicon, strings: Strings, tryWord: (word: string) => void): HTMLElement {
  const typed = answer.understood.typed.trim();
  const letters = typed.match(/[a-z]{2,}/gi)?.join(' ');
  const chars = new Set([...typed].filter((c) => /\p{Script=Han}/u.test(c)));
  const similar = lex.lexicon.words
    .slice(0, lex.lexicon.core)
    .map((word) => ({ word, shared: [...word].filter((c) => chars.has(c)).length }))
    .filter((w) => w.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 4)
    .map((w) => w.word);
  const [example] = Object.entries(lex.lexicon.synonyms);
  return h(
    'div',
    { class: 'search-none' },
    letters ? h('p', {}, say(strings, 'noneLatin', { letters })) : undefined,
    similar.length
      ? h(
          'p',
          {},
          say(strings, 'noneTry'),
          ...similar.map((word) => {
            const button = h('button', { type: 'button', class: 'search-try' }, word);
            button.addEventListener('click', () => tryWord(word));
            return button;
          }),
        )
      : undefined,
    example ? h('p', {}, say(strings, 'noneAdvice', { typed: example[0], term: example[1] })) : undefined,
    quickLinks(strings),
  );
}
