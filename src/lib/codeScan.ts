/**
 * Result codes inside whatever a manager pastes or drops: a chat transcript, a result file, a
 * list. Chat apps wrap long codes and sometimes put spaces or line breaks inside them, and people
 * write around them ("张三的结果码：R2.… 请查收"). A code is taken from its "R2." head over the
 * following letters, digits, dots and whitespace; the pieces are joined, and the check decides
 * where the code ends — the longest join whose check is right wins, so words after the code do
 * no harm and a code broken over lines still reads.
 */
import { decodeResult, peekResultOwner, type CodeProblem, type ResultData } from './codes';

export interface FoundCode {
  /** The code, whitespace removed. */
  code: string;
  data: ResultData;
  check: string;
  /** The text before the code on its line (e.g. "张三的结果码："), to say where it came from. */
  context: string;
}

export interface UnreadableCode {
  /** The best guess at the code as written. */
  text: string;
  problem: CodeProblem;
  context: string;
  /** Whose code it seems to be, read from the damaged code itself when possible. */
  owner?: { name: string; staffNo?: string };
}

const HEAD = /[AR]\d+\./g;
/** More pieces than this after a head is not one code. */
const MAX_PIECES = 40;

/** The text before position `at` on its line, without trailing punctuation. */
function lineBefore(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(start, at).trim().replace(/[：:，,。\s]+$/, '').slice(-40);
}

/** Every result code in `text`, and every code-like piece that could not be read, in text order. */
export async function scanCodes(text: string): Promise<{ found: FoundCode[]; unreadable: UnreadableCode[] }> {
  const found: FoundCode[] = [];
  const unreadable: UnreadableCode[] = [];
  const heads = [...text.matchAll(HEAD)].filter((m) => {
    // A head inside a longer ASCII word is part of something else (or of the code before it).
    const before = text[m.index! - 1];
    return before === undefined || !/[A-Za-z0-9_-]/.test(before);
  });
  for (const [i, m] of heads.entries()) {
    const end = heads[i + 1]?.index ?? text.length;
    const pieces: string[] = [];
    for (const piece of text.slice(m.index, end).split(/\s+/)) {
      if (!piece || pieces.length >= MAX_PIECES) break;
      const ascii = /^[A-Za-z0-9_.-]+/.exec(piece)?.[0] ?? '';
      if (ascii) pieces.push(ascii);
      // Anything else (Chinese text, punctuation) ends the code.
      if (ascii !== piece) break;
    }
    const context = lineBefore(text, m.index!);
    if (m[0].startsWith('A')) {
      unreadable.push({ text: pieces.join(''), problem: 'kind', context });
      continue;
    }
    let best: { text: string; problem: CodeProblem } | undefined;
    let ok: FoundCode | undefined;
    for (let k = pieces.length; k >= 1 && !ok; k--) {
      const joined = pieces.slice(0, k).join('');
      const parts = joined.split('.');
      // Words glued to the end of the check: try the check's own length.
      const candidates = parts.length === 3 && parts[2].length > 8 ? [joined, `${parts[0]}.${parts[1]}.${parts[2].slice(0, 8)}`] : [joined];
      for (const candidate of candidates) {
        const d = await decodeResult(candidate);
        if (d.ok) {
          ok = { code: candidate, data: d.data, check: d.check, context };
          break;
        }
        // The most telling failure: a code that has all its parts beats one cut short.
        const cutShort = (p: CodeProblem) => p === 'truncated' || p === 'format';
        if (!best || (cutShort(best.problem) && !cutShort(d.problem))) {
          best = { text: candidate, problem: d.problem };
        }
      }
    }
    if (ok) found.push(ok);
    else if (best) unreadable.push({ ...best, context, owner: peekResultOwner(best.text) });
  }
  return { found, unreadable };
}
