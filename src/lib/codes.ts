/**
 * Assignment links and result codes: versioned, checksummed text that travels by link, chat,
 * file or QR code — there is no server.
 *
 *   A2.<payload>.<check>   an assignment: base64url(deflate-raw(JSON)), check = 10 characters
 *   R2.<payload>.<check>   a result: base64url of packed bytes (below), check = 8 characters
 *
 * check = the first characters of base64url(SHA-256 over "<kind><version>.<payload>"). It catches
 * typing errors, truncation and casual edits; it is not a secret signature — anyone who recomputes
 * it can forge a code (the /manage/honesty/ page says so).
 *
 * A result code is short enough for one chat message (about 200 characters for 30 questions):
 * it names the assignment by the first 8 characters of the link's check, and carries the attempt
 * number, name, staff number, start and finish (seconds), and per slot of the trainee's paper the
 * question's fingerprint (first 6 hex digits) and the packed answer (src/lib/answerPacking.ts).
 * The questions themselves are not in the code: the results page derives the paper again from the
 * assignment, the staff number and the attempt (src/lib/blueprint.ts).
 *
 * Decoding validates and never throws: it returns a reason the page can explain.
 */
import { z } from './zodInBrowser';
import { QUIZ_TOPICS } from '../schemas/quizTopics';
import { readNibbles, writeNibbles } from './answerPacking';

export const ASSIGNMENT_VERSION = 2;
export const RESULT_VERSION = 2;
const ASSIGNMENT_CHECK = 10;
const RESULT_CHECK = 8;
/** Characters of the assignment check a result code carries to name its assignment. */
export const ASSIGNMENT_ID_LENGTH = 8;
/** Hex digits of each question fingerprint a result code carries (3 bytes). */
export const FINGERPRINT_PREFIX = 6;
/** Result-code times count seconds from this moment (2024-01-01 00:00 UTC): smaller numbers, shorter codes. */
const EPOCH = Date.UTC(2024, 0, 1);

export const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => {
  // A truncated code may end mid-character: drop the bits that do not make a whole byte.
  const usable = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const b64 = usable.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (usable.length % 4)) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function checksum(text: string, length: number): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(digest)).slice(0, length);
}

/** What a page should say when a code cannot be read. */
export type CodeProblem = 'empty' | 'format' | 'kind' | 'version' | 'old' | 'checksum' | 'truncated' | 'invalid';
type Decoded<T> = { ok: true; data: T; check: string } | { ok: false; problem: CodeProblem };

const CODE_SHAPE = /^([A-Z])(\d+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

/** The common checks of both kinds: shape, kind, version, check. Returns the payload text. */
async function open(kind: 'A' | 'R', code: string): Promise<{ ok: true; payload: string; check: string } | { ok: false; problem: CodeProblem }> {
  const text = code.replace(/\s+/g, '');
  if (!text) return { ok: false, problem: 'empty' };
  const m = CODE_SHAPE.exec(text);
  if (!m) return { ok: false, problem: text.length < 12 || /^[AR]\d+\.[A-Za-z0-9_-]*\.?$/.test(text) ? 'truncated' : 'format' };
  const [, k, v, payload, check] = m;
  if (k !== kind) return { ok: false, problem: k === 'A' || k === 'R' ? 'kind' : 'format' };
  const version = kind === 'A' ? ASSIGNMENT_VERSION : RESULT_VERSION;
  if (Number(v) > version) return { ok: false, problem: 'version' };
  if (Number(v) < version) return { ok: false, problem: Number(v) >= 1 ? 'old' : 'format' };
  const length = kind === 'A' ? ASSIGNMENT_CHECK : RESULT_CHECK;
  if (check.length !== length) return { ok: false, problem: 'truncated' };
  if ((await checksum(`${k}${v}.${payload}`, length)) !== check) return { ok: false, problem: 'checksum' };
  return { ok: true, payload, check };
}

/** The Chinese message for a code that cannot be read: what is wrong and what to do. */
export function codeProblemMessage(kind: 'A' | 'R', problem: CodeProblem): string {
  const what = kind === 'A' ? '测验链接' : '结果码';
  const ask = kind === 'A' ? '请向布置测验的管理者重新索取链接。' : '请让学员重新复制结果码，或发送结果文件。';
  return {
    empty: `没有读到${what}。${kind === 'A' ? '请通过管理者发来的完整链接打开本页。' : '请粘贴结果码或选择结果文件。'}`,
    format: `这不是有效的${what}：格式不对。${ask}`,
    kind: kind === 'A' ? '这是一个结果码，不是测验链接。结果码请粘贴到“收集结果”页。' : '这是一个测验链接，不是结果码。',
    version: `这个${what}来自更新版本的服务规范学堂，当前页面无法读取。请刷新页面（或清除缓存）后再试。`,
    old: kind === 'A'
      ? '这个测验链接来自旧版本的服务规范学堂，现在的测验每人抽题不同，旧链接无法再用。请管理者在“布置测验”页重新生成链接。'
      : '这个结果码来自旧版本的服务规范学堂，现在的收集结果页无法复核。请让学员用新的测验链接重新作答。',
    checksum: `${what}的校验不通过：内容被改动过，或复制时出了错。${ask}`,
    truncated: `${what}不完整，可能复制时少了一部分。${ask}`,
    invalid: `${what}的内容无法识别（字段缺失或不合法）。${ask}`,
  }[problem];
}

/* ───────────────────────────── assignments ───────────────────────────── */

/** What trainees see after 交卷: score and topics only (default), the answers once the due date has passed, or never the answers. */
export const REVIEW_POLICIES = ['score', 'due', 'never'] as const;
/** Which attempt counts when several are allowed. */
export const COUNTING = ['first', 'best', 'last'] as const;

/** An assignment: which questions, how many, pass mark, time, due date, attempts, review policy. Short keys keep links short. */
export const assignmentSchema = z.object({
  /** Title shown to trainees (plain text: no control characters). */
  t: z.string().check(z.minLength(1), z.maxLength(60)),
  /** Group label, e.g. 2026年11月新员工班. */
  g: z._default(z.string().check(z.maxLength(40)), ''),
  /** Quiz id the questions come from, or '' for “by topics”. */
  q: z.string().check(z.maxLength(60)),
  /** Topics to draw from when q is ''. */
  tp: z._default(z.array(z.enum(QUIZ_TOPICS)), []),
  /** Number of questions. */
  n: z.int().check(z.minimum(1), z.maximum(100)),
  /** Pass mark, percent. */
  p: z.int().check(z.minimum(1), z.maximum(100)),
  /** Time limit, minutes. */
  m: z.int().check(z.minimum(1), z.maximum(240)),
  /** Due date, YYYY-MM-DD (inclusive, China time). */
  d: z.iso.date(),
  /** Seed of the assignment: with the staff number and attempt, it decides each trainee's paper. */
  s: z.string().check(z.minLength(6), z.maxLength(24)),
  /** Review policy after 交卷 (see REVIEW_POLICIES). */
  rv: z._default(z.enum(REVIEW_POLICIES), 'score'),
  /** Attempts allowed. */
  at: z._default(z.int().check(z.minimum(1), z.maximum(9)), 1),
  /** Which attempt counts (see COUNTING). */
  ct: z._default(z.enum(COUNTING), 'best'),
  /** Blueprint: [topic, difficulty, count] per cell; the counts add up to n. */
  bp: z.array(z.tuple([z.enum(QUIZ_TOPICS), z.union([z.literal(1), z.literal(2), z.literal(3)]), z.int().check(z.minimum(1), z.maximum(100))])).check(z.minLength(1)),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export async function encodeAssignment(a: Assignment): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(a));
  const payload = toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  const head = `A${ASSIGNMENT_VERSION}.${payload}`;
  return `${head}.${await checksum(head, ASSIGNMENT_CHECK)}`;
}

export async function decodeAssignment(code: string): Promise<Decoded<Assignment>> {
  const opened = await open('A', code);
  if (!opened.ok) return opened;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(opened.payload), new DecompressionStream('deflate-raw'))));
  } catch {
    return { ok: false, problem: 'truncated' };
  }
  const result = assignmentSchema.safeParse(parsed);
  if (!result.success) return { ok: false, problem: 'invalid' };
  const a = result.data;
  if (a.bp.reduce((sum, [, , k]) => sum + k, 0) !== a.n) return { ok: false, problem: 'invalid' };
  return { ok: true, data: a, check: opened.check };
}

/** The assignment id a result code carries: the start of the assignment link's check. */
export const assignmentId = (assignmentCheck: string) => assignmentCheck.slice(0, ASSIGNMENT_ID_LENGTH);

/* ───────────────────────────── results ───────────────────────────── */

/** A trainee's result, as the code carries it. Answers and fingerprints are in slot order of the derived paper. */
export interface ResultData {
  /** The assignment's id (assignmentId of its link's check). */
  aid: string;
  /** 1 for the first attempt. */
  attempt: number;
  name: string;
  staffNo: string;
  /** Start and finish, epoch milliseconds (whole seconds). */
  startedAt: number;
  finishedAt: number;
  /** Whether the clock ran out (handed in automatically). */
  timeout: boolean;
  /** Per slot: the first FINGERPRINT_PREFIX hex digits of the question's fingerprint. */
  fingerprints: string[];
  /** Per slot: the packed answer (0 = not answered). */
  answers: number[];
}

/** Limits that keep a code short and a tampered one harmless. */
const MAX_NAME = 40;
const MAX_STAFF = 30;
const MAX_QUESTIONS = 100;

class ByteWriter {
  bytes: number[] = [];
  varint(v: number) {
    do {
      const low = v % 128;
      v = Math.floor(v / 128);
      this.bytes.push(low | (v > 0 ? 128 : 0));
    } while (v > 0);
  }
  text(s: string) {
    const b = new TextEncoder().encode(s);
    this.varint(b.length);
    this.bytes.push(...b);
  }
}

class ByteReader {
  i = 0;
  constructor(readonly bytes: Uint8Array) {}
  /** Throws RangeError when the bytes run out (a truncated code). */
  byte() {
    if (this.i >= this.bytes.length) throw new RangeError('truncated');
    return this.bytes[this.i++];
  }
  varint(max = 2 ** 40) {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      v += (b & 127) * scale;
      scale *= 128;
      if (v > max) throw new TypeError('invalid');
      if (!(b & 128)) return v;
    }
  }
  text(max: number) {
    const n = this.varint(max * 4);
    if (this.i + n > this.bytes.length) throw new RangeError('truncated');
    const s = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.i, this.i + n));
    this.i += n;
    return s;
  }
}

const hexToBytes = (hex: string) => [...Array(hex.length / 2).keys()].map((i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
const bytesToHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

export async function encodeResult(r: ResultData): Promise<string> {
  const w = new ByteWriter();
  w.bytes.push(...fromBase64Url(r.aid));
  w.varint(r.attempt);
  w.text(r.name);
  w.text(r.staffNo);
  const start = Math.max(0, Math.round((r.startedAt - EPOCH) / 1000));
  w.varint(start);
  w.varint(Math.max(0, Math.round((r.finishedAt - EPOCH) / 1000) - start));
  w.varint(r.timeout ? 1 : 0);
  w.varint(r.fingerprints.length);
  for (const fp of r.fingerprints) w.bytes.push(...hexToBytes(fp.slice(0, FINGERPRINT_PREFIX).padEnd(FINGERPRINT_PREFIX, '0')));
  w.bytes.push(...writeNibbles(r.answers));
  const head = `R${RESULT_VERSION}.${toBase64Url(new Uint8Array(w.bytes))}`;
  return `${head}.${await checksum(head, RESULT_CHECK)}`;
}

/** Reads the fields in order; as far as the bytes go when `partial` (for naming the person of a damaged code). */
function readResult(bytes: Uint8Array, partial: boolean): Partial<ResultData> {
  const r = new ByteReader(bytes);
  const out: Partial<ResultData> = {};
  try {
    if (bytes.length < 6) throw new RangeError('truncated');
    out.aid = toBase64Url(bytes.slice(0, 6));
    r.i = 6;
    out.attempt = r.varint(99);
    out.name = r.text(MAX_NAME);
    out.staffNo = r.text(MAX_STAFF);
    const start = r.varint();
    out.startedAt = EPOCH + start * 1000;
    out.finishedAt = out.startedAt + r.varint(10 ** 7) * 1000;
    out.timeout = r.varint(1) === 1;
    const n = r.varint(MAX_QUESTIONS);
    const fps: string[] = [];
    for (let k = 0; k < n; k++) fps.push(bytesToHex(new Uint8Array([r.byte(), r.byte(), r.byte()])));
    out.fingerprints = fps;
    const answers = readNibbles(bytes.subarray(r.i), n);
    if (!answers) throw new RangeError('truncated');
    out.answers = answers;
  } catch (err) {
    if (!partial) throw err;
  }
  return out;
}

const resultShape = z.object({
  aid: z.string().check(z.length(ASSIGNMENT_ID_LENGTH)),
  attempt: z.int().check(z.minimum(1), z.maximum(99)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  staffNo: z.string().check(z.minLength(1), z.maxLength(MAX_STAFF)),
  startedAt: z.number(),
  finishedAt: z.number(),
  timeout: z.boolean(),
  fingerprints: z.array(z.string()).check(z.minLength(1), z.maxLength(MAX_QUESTIONS)),
  answers: z.array(z.number()),
});

export async function decodeResult(code: string): Promise<Decoded<ResultData>> {
  const opened = await open('R', code);
  if (!opened.ok) return opened;
  let data: Partial<ResultData>;
  try {
    data = readResult(fromBase64Url(opened.payload), false);
  } catch (err) {
    return { ok: false, problem: err instanceof RangeError ? 'truncated' : 'invalid' };
  }
  const result = resultShape.safeParse(data);
  return result.success ? { ok: true, data: result.data, check: opened.check } : { ok: false, problem: 'invalid' };
}

/**
 * Who a damaged result code belongs to, as far as can be read (name and staff number come early
 * in the code, so even a truncated or altered one usually still names the person). Never trusted
 * for grading: only for saying whose code needs sending again.
 */
export function peekResultOwner(code: string): { name: string; staffNo?: string } | undefined {
  const m = /^R\d+\.([A-Za-z0-9_-]+)/.exec(code.replace(/\s+/g, ''));
  if (!m) return undefined;
  try {
    const r = readResult(fromBase64Url(m[1]), true);
    return r.name ? { name: r.name, staffNo: r.staffNo } : undefined;
  } catch {
    return undefined;
  }
}
