/**
 * Assignment links and result codes: versioned, compact, checksummed text that travels by link,
 * chat or file — there is no server. Format:
 *
 *   <kind><version>.<payload>.<check>      e.g. A1.eJzL….3kT9x0bQ
 *
 * payload = base64url(deflate-raw(JSON)), using the platform's CompressionStream (no library);
 * check = the first 10 base64url characters of SHA-256 over "<kind><version>.<payload>".
 * The check catches typing errors, truncation and casual edits; it is not a secret signature —
 * anyone who recomputes it can forge a code (see the /manage/honesty/ page).
 * Decoding validates with zod and never throws: it returns a reason the page can explain.
 */
import { z } from './zodInBrowser';
import { QUIZ_TOPICS } from '../schemas/quizTopics';

export const CODE_VERSION = 1;
const CHECK_LENGTH = 10;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function checksum(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(digest)).slice(0, CHECK_LENGTH);
}

/** What a page should say when a code cannot be read. */
export type CodeProblem = 'empty' | 'format' | 'kind' | 'version' | 'checksum' | 'truncated' | 'invalid';

export async function encode(kind: 'A' | 'R', data: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(data));
  const payload = toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  const head = `${kind}${CODE_VERSION}.${payload}`;
  return `${head}.${await checksum(head)}`;
}

export async function decode<T>(
  kind: 'A' | 'R',
  code: string,
  schema: z.ZodMiniType<T>,
): Promise<{ ok: true; data: T; check: string } | { ok: false; problem: CodeProblem }> {
  const text = code.trim().replace(/\s+/g, '');
  if (!text) return { ok: false, problem: 'empty' };
  const m = /^([A-Z])(\d+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!m) return { ok: false, problem: text.length < 12 || !text.includes('.') ? 'truncated' : 'format' };
  const [, k, v, payload, check] = m;
  if (k !== kind) return { ok: false, problem: 'kind' };
  if (Number(v) > CODE_VERSION) return { ok: false, problem: 'version' };
  if (Number(v) < 1) return { ok: false, problem: 'format' };
  if (check.length !== CHECK_LENGTH) return { ok: false, problem: 'truncated' };
  if ((await checksum(`${k}${v}.${payload}`)) !== check) return { ok: false, problem: 'checksum' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'))));
  } catch {
    return { ok: false, problem: 'truncated' };
  }
  const result = schema.safeParse(parsed);
  return result.success ? { ok: true, data: result.data, check } : { ok: false, problem: 'invalid' };
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
    checksum: `${what}的校验不通过：内容被改动过，或复制时出了错。${ask}`,
    truncated: `${what}不完整，可能复制时少了一部分。${ask}`,
    invalid: `${what}的内容无法识别（字段缺失或不合法）。${ask}`,
  }[problem];
}

/** An assignment: which questions, how many, pass mark, time, due date, for whom. Short keys keep links short. */
export const assignmentSchema = z.object({
  /** Title shown to trainees. */
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
  /** Due date, YYYY-MM-DD (inclusive, local time). */
  d: z.iso.date(),
  /** Seed of the draw: every trainee gets the same questions. */
  s: z.string().check(z.minLength(6), z.maxLength(24)),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** A response as src/quizzes/grading.ts defines it: option/item/pair ids, a boolean or a number. */
const responseSchema = z.union([
  z.string(),
  z.array(z.string()),
  z.record(z.string(), z.string()),
  z.number(),
  z.boolean(),
  z.null(),
]);

/** A trainee's result: the assignment it answers, who, when, and every answer (re-graded on receipt). */
export const resultSchema = z.object({
  /** The assignment code's check, tying the result to one assignment. */
  ac: z.string().check(z.length(CHECK_LENGTH)),
  /** The assignment itself, so the result can be read without the link. */
  a: assignmentSchema,
  /** Trainee's name. */
  nm: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Staff number. */
  no: z.string().check(z.minLength(1), z.maxLength(30)),
  /** Question ids in the order asked. */
  qs: z.array(z.string()).check(z.minLength(1), z.maxLength(100)),
  /** Responses by question id. */
  r: z.record(z.string(), responseSchema),
  /** Start and finish, epoch milliseconds. */
  st: z.int(),
  fi: z.int(),
  /** The score the trainee's page showed (informational; the results page re-grades). */
  sc: z.int().check(z.minimum(0), z.maximum(100)),
});
export type ResultCode = z.infer<typeof resultSchema>;

export const encodeAssignment = (a: Assignment) => encode('A', a);
export const decodeAssignment = (code: string) => decode('A', code, assignmentSchema);
export const encodeResult = (r: ResultCode) => encode('R', r);
export const decodeResult = (code: string) => decode('R', code, resultSchema);
