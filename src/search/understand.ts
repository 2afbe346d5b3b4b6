/**
 * Query understanding: turns what a clerk types ("去世了要带什么", "yyq", "理陪材料", "客戶投訴")
 * into the words to search ("身故 材料") and the kind of answer wanted (a document list). Pure:
 * the lexicon comes in, nothing touches the DOM or the network, so the dialog, the search page
 * and the unit tests all run the same code.
 *
 * In order:
 *  1. cut the query to MAX_QUERY characters;
 *  2. normalise: full-width to half-width (NFKC), lower case, traditional to simplified;
 *  3. read runs of Latin letters as the pinyin (full or initials) of the site's words;
 *  4. split the Chinese at the lexicon's longest entries (colloquial words, questions, stop words,
 *     the site's words), and segment what is left with Intl.Segmenter('zh', { granularity: 'word' }),
 *     the segmentation Pagefind itself applies to queries;
 *  5. drop stop words, replace colloquial words by the norms' terms and questions by their intent;
 *  6. correct near-miss typos of the site's words where the segmenter found no word.
 */
import type { CardKind, Lexicon, LexiconIntent } from './lexicon';

/** Longer queries are cut: a clerk's question fits easily, and each word costs a search. */
export const MAX_QUERY = 100;

/** Why a searched word differs from what was typed. */
export type TermOrigin = 'synonym' | 'intent' | 'typo' | 'pinyin';

export interface QueryTerm {
  /** The word searched. */
  text: string;
  /** What was typed for it, when that differs (人走了, yyq, 理陪, 要带什么). */
  typed?: string;
  via?: TermOrigin;
  /** How much the word tells about the page wanted: the least telling are dropped first when relaxing. */
  weight: number;
}

export interface Understanding {
  /** The query as typed, cut to MAX_QUERY characters. */
  typed: string;
  /** The typed query was longer and has been cut. */
  truncated: boolean;
  /** Traditional characters were converted to simplified ones. */
  simplified: boolean;
  /** The words to search, in the order typed, each once. */
  terms: QueryTerm[];
  /** Words left out: stop words, and questions that only say what kind of answer is wanted. */
  dropped: string[];
  /** The kinds of answer card the question asks for. */
  wants: CardKind[];
}

/** How much each kind of word tells about the page wanted. */
const WEIGHT = { known: 3, word: 2, short: 1, answerWord: 1, question: 0.5 } as const;

type EntryKind = 'synonym' | 'ask' | 'stop' | 'answerWord' | 'known';
/** At equal length the first kind wins: a colloquial word is mapped even if it also reads as a question. */
const PRECEDENCE: EntryKind[] = ['synonym', 'ask', 'stop', 'answerWord', 'known'];

/** The lexicon with its lookups built; compile once per page. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Entries of two or more characters by first character, longest first. */
  entries: Map<string, { text: string; kind: EntryKind }[]>;
  stop: Set<string>;
  intentOf: Map<string, LexiconIntent>;
  /** Index of each vocabulary word (lower index = more important). */
  rank: Map<string, number>;
  /** Indexes of all-Chinese vocabulary words by length, for typo correction. */
  byLength: Map<number, number[]>;
  /** Full pinyin ("youyuqi") and initials ("yyq") → the most important word with it. */
  fullPinyin: Map<string, number>;
  initials: Map<string, number>;
  /** Character → its homophone group. */
  sound: Map<string, number>;
  /** Glossary terms and aliases, never split. */
  terms: Set<string>;
  t2s: Map<string, string>;
}

const HAN = /^\p{Script=Han}+$/u;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const kindOf = new Map<string, EntryKind>();
  const add = (kind: EntryKind, words: Iterable<string>) => {
    for (const w of words) {
      const before = kindOf.get(w);
      if (!before || PRECEDENCE.indexOf(kind) < PRECEDENCE.indexOf(before)) kindOf.set(w, kind);
    }
  };
  const intentOf = new Map<string, LexiconIntent>();
  for (const intent of lexicon.intents) {
    for (const w of [...intent.asks, ...intent.words]) intentOf.set(w, intent);
    add('ask', intent.asks);
    add('answerWord', intent.words);
  }
  add('synonym', Object.keys(lexicon.synonyms));
  add('stop', lexicon.stop);
  add('known', lexicon.words);

  const entries = new Map<string, { text: string; kind: EntryKind }[]>();
  for (const [text, kind] of kindOf) {
    if (text.length < 2) continue;
    const list = entries.get(text[0]) ?? [];
    list.push({ text, kind });
    entries.set(text[0], list);
  }
  for (const list of entries.values()) list.sort((a, b) => b.text.length - a.text.length);

  const rank = new Map<string, number>();
  const byLength = new Map<number, number[]>();
  const fullPinyin = new Map<string, number>();
  const initials = new Map<string, number>();
  lexicon.words.forEach((word, i) => {
    if (!rank.has(word)) rank.set(word, i);
    if (HAN.test(word)) byLength.set(word.length, [...(byLength.get(word.length) ?? []), i]);
    const syllables = lexicon.pinyin[i]?.split(' ').filter(Boolean) ?? [];
    if (syllables.length < 2) return;
    const full = syllables.join('');
    if (!fullPinyin.has(full)) fullPinyin.set(full, i);
    const first = syllables.map((s) => s[0]).join('');
    if (!initials.has(first)) initials.set(first, i);
  });

  const t2s = new Map<string, string>();
  const pairs = [...lexicon.t2s];
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i], pairs[i + 1]);

  const sound = new Map<string, number>();
  lexicon.homophones.forEach((group, i) => {
    for (const ch of group) sound.set(ch, i);
  });

  return { lexicon, entries, stop: new Set(lexicon.stop), intentOf, rank, byLength, fullPinyin, initials, sound, terms: new Set(lexicon.terms), t2s };
}

/** Step 1: the first MAX_QUERY characters (whole characters: an emoji is never cut in half). */
export function truncate(query: string): { text: string; truncated: boolean } {
  const chars = [...query];
  return chars.length > MAX_QUERY
    ? { text: chars.slice(0, MAX_QUERY).join(''), truncated: true }
    : { text: query, truncated: false };
}

/** Step 2: full-width letters and digits to half-width, lower case, traditional to simplified. */
export function normalize(query: string, lex: CompiledLexicon): { text: string; simplified: boolean } {
  const plain = query.normalize('NFKC').toLowerCase();
  let simplified = false;
  const text = [...plain]
    .map((ch) => {
      const s = lex.t2s.get(ch);
      if (s) simplified = true;
      return s ?? ch;
    })
    .join('');
  return { text, simplified };
}

/** Edit distance of at most one (one character replaced, added or removed). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Step 3: the site's word a run of letters is the pinyin of: full pinyin, initials (yyq), or full pinyin with one slip. */
export function readPinyin(letters: string, lex: CompiledLexicon): string | undefined {
  const key = letters.replace(/\s+/g, '');
  let at = lex.fullPinyin.get(key) ?? (key.length <= 6 ? lex.initials.get(key) : undefined);
  if (at === undefined && key.length >= 5) {
    for (const [full, i] of lex.fullPinyin) {
      if (withinOneEdit(key, full) && (at === undefined || i < at)) at = i;
    }
  }
  return at === undefined ? undefined : lex.lexicon.words[at];
}

/**
 * Step 6: the site's word that a run of characters the segmenter could not read is a near miss
 * of: one character replaced (犹像期 → 犹豫期). Two-character words collide easily, so for them
 * the replaced character must sound the same, as pinyin input offers it (理陪 → 理赔), and the
 * word must be core vocabulary.
 */
export function correctTypo(chars: string, lex: CompiledLexicon): string | undefined {
  const short = chars.length === 2;
  let best: number | undefined;
  for (const i of lex.byLength.get(chars.length) ?? []) {
    if (short && i >= lex.lexicon.core) break;
    const word = lex.lexicon.words[i];
    const differ = [...word].flatMap((ch, k) => (ch === chars[k] ? [] : [k]));
    if (differ.length !== 1) continue;
    const k = differ[0];
    if (short && (lex.sound.get(word[k]) === undefined || lex.sound.get(word[k]) !== lex.sound.get(chars[k]))) continue;
    if (best === undefined || i < best) best = i;
  }
  return best === undefined ? undefined : lex.lexicon.words[best];
}

type Piece = { text: string; kind: EntryKind | 'gap' };

/** Step 4a: splits Chinese text at the longest lexicon entries; what no entry covers is a gap. */
export function splitAtEntries(text: string, lex: CompiledLexicon): Piece[] {
  const out: Piece[] = [];
  let gap = '';
  for (let i = 0; i < text.length; ) {
    const hit = lex.entries.get(text[i])?.find((e) => text.startsWith(e.text, i));
    if (hit) {
      if (gap) out.push({ text: gap, kind: 'gap' });
      gap = '';
      out.push(hit);
      i += hit.text.length;
    } else {
      gap += text[i++];
    }
  }
  if (gap) out.push({ text: gap, kind: 'gap' });
  return out;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Step 4b: the words of a gap, as Pagefind will segment them; punctuation, spaces and symbols go. */
export function segment(text: string): string[] {
  // Without Intl.Segmenter (old browsers) each Chinese character is a word, as Pagefind then does.
  if (!segmenter) return text.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function understand(query: string, lex: CompiledLexicon): Understanding {
  const cut = truncate(query);
  const { text, simplified } = normalize(cut.text, lex);
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  const wants = new Set<CardKind>();
  const put = (term: QueryTerm) => {
    const same = terms.find((t) => t.text === term.text);
    if (!same) terms.push(term);
    else if (term.weight > same.weight) Object.assign(same, term);
  };

  const known = (piece: Piece) => {
    const intent = lex.intentOf.get(piece.text);
    switch (piece.kind) {
      case 'synonym':
        return put({ text: lex.lexicon.synonyms[piece.text], typed: piece.text, via: 'synonym', weight: WEIGHT.known });
      case 'stop':
        return dropped.push(piece.text);
      case 'ask':
        wants.add(intent!.card);
        if (intent!.term) return put({ text: intent!.term, typed: piece.text, via: 'intent', weight: WEIGHT.question });
        return dropped.push(piece.text);
      case 'answerWord':
        wants.add(intent!.card);
        return put({ text: piece.text, weight: WEIGHT.answerWord });
      default:
        return put({ text: piece.text, weight: WEIGHT.known });
    }
  };

  /** Chinese text: the lexicon's entries, and the segmenter's words in between. */
  const chinese = (text: string) => {
    for (const piece of splitAtEntries(text, lex)) {
      if (piece.kind === 'gap') gap(segment(piece.text));
      else if (piece.kind === 'known') knownWord(piece.text);
      else known(piece);
    }
  };

  /**
   * A site word holding a question or an answer word (多久回复, 投诉时限, 理赔材料) is read as
   * that and the rest (but a glossary term stays whole): the rest can be a synonym in turn (回复 → 答复), the question becomes its
   * intent's word, and the kind of answer wanted is known.
   */
  const knownWord = (word: string) => {
    const inner = lex.terms.has(word) ? undefined : [...lex.intentOf.keys()].find((w) => word.length > w.length && word.includes(w));
    if (!inner) return known({ text: word, kind: 'known' });
    const at = word.indexOf(inner);
    if (at > 0) chinese(word.slice(0, at));
    known({ text: inner, kind: lex.intentOf.get(inner)!.asks.includes(inner) ? 'ask' : 'answerWord' });
    if (at + inner.length < word.length) chinese(word.slice(at + inner.length));
  };

  const gap = (words: string[]) => {
    // Single characters the segmenter could not join are where typos hide: try runs of them.
    let run: string[] = [];
    const flush = () => {
      for (let p = 0; p < run.length; ) {
        let fixed: { word: string; length: number } | undefined;
        for (let length = Math.min(run.length - p, 6); length >= 2 && !fixed; length--) {
          const typed = run.slice(p, p + length).join('');
          const word = correctTypo(typed, lex);
          if (word) fixed = { word, length };
        }
        if (fixed) {
          put({ text: fixed.word, typed: run.slice(p, p + fixed.length).join(''), via: 'typo', weight: WEIGHT.known });
          p += fixed.length;
        } else {
          put({ text: run[p++], weight: WEIGHT.short });
        }
      }
      run = [];
    };
    for (const word of words) {
      if (word.length === 1 && HAN.test(word) && !lex.stop.has(word)) {
        run.push(word);
        continue;
      }
      flush();
      if (lex.stop.has(word)) dropped.push(word);
      else put({ text: word, weight: word.length > 1 ? WEIGHT.word : WEIGHT.short });
    }
    flush();
  };

  // Runs of Latin letters (with spaces between syllables) are pinyin or Latin words; the rest is Chinese.
  for (const part of text.split(/([a-z]+(?:\s+[a-z]+)*)/)) {
    if (!part) continue;
    if (/^[a-z]/.test(part)) {
      const whole = part.replace(/\s+/g, '');
      const word = lex.rank.has(whole) ? undefined : readPinyin(part, lex);
      if (word) {
        // Read as if typed in Chinese, so a colloquial word still becomes the norms' term (qushi → 去世 → 身故).
        const before = terms.length;
        chinese(word);
        for (const t of terms.slice(before)) Object.assign(t, { typed: part, via: 'pinyin' });
        continue;
      }
      for (const token of part.split(/\s+/)) {
        const each = lex.rank.has(token) ? undefined : readPinyin(token, lex);
        if (each) put({ text: each, typed: token, via: 'pinyin', weight: WEIGHT.known });
        else put({ text: token, weight: token.length > 1 ? WEIGHT.word : WEIGHT.short });
      }
      continue;
    }
    chinese(part);
  }
  return { typed: cut.text, truncated: cut.truncated, simplified, terms, dropped, wants: [...wants] };
}

/** The words searched, as shown to the user and passed to Pagefind: "身故 材料". */
export function searchedText(terms: QueryTerm[]): string {
  return terms.map((t) => t.text).join(' ');
}
