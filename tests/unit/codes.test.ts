/** Assignment links and result codes: round trip, length, checksum, versions, tampering, truncation, odd names. */
import { describe, expect, it } from 'vitest';
import {
  assignmentId,
  codeProblemMessage,
  decodeAssignment,
  decodeResult,
  encodeAssignment,
  encodeResult,
  peekResultOwner,
  type Assignment,
  type ResultData,
} from '../../src/lib/codes';
import { scanCodes } from '../../src/lib/codeScan';
import { sampleAssignment } from './sampleQuestions';

const assignment: Assignment = sampleAssignment;

const result = (over: Partial<ResultData> = {}): ResultData => ({
  aid: 'abcdEFGH',
  attempt: 1,
  name: '张三',
  staffNo: 'A1024',
  startedAt: Date.UTC(2026, 10, 20, 2, 0, 0),
  finishedAt: Date.UTC(2026, 10, 20, 2, 21, 7),
  timeout: false,
  fingerprints: Array.from({ length: 30 }, (_, i) => (0x100000 + i * 7919).toString(16).slice(-6)),
  answers: Array.from({ length: 30 }, (_, i) => [1, 2, 3, 4, 5, 10, 0, 24][i % 8]),
  ...over,
});

const flip = (code: string) => {
  const [head, payload, check] = code.split('.');
  const i = Math.floor(payload.length / 2);
  return `${head}.${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}.${check}`;
};

describe('assignment codes', () => {
  it('round-trip', async () => {
    const code = await encodeAssignment(assignment);
    expect(code).toMatch(/^A2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{10}$/);
    expect(await decodeAssignment(code)).toEqual({ ok: true, data: assignment, check: code.split('.')[2] });
  });

  it('fill in the defaults for attempts, counting and review policy', async () => {
    const { rv: _rv, at: _at, ct: _ct, ...bare } = assignment;
    const back = await decodeAssignment(await encodeAssignment(bare as Assignment));
    expect(back.ok && [back.data.rv, back.data.at, back.data.ct]).toEqual(['score', 1, 'best']);
  });

  it('detect a changed character, truncation, a newer or an older version', async () => {
    const code = await encodeAssignment(assignment);
    expect(await decodeAssignment(flip(code))).toEqual({ ok: false, problem: 'checksum' });
    expect(await decodeAssignment(code.slice(0, 8))).toEqual({ ok: false, problem: 'truncated' });
    expect((await decodeAssignment(code.slice(0, -3))).ok).toBe(false);
    expect(await decodeAssignment(code.replace(/^A2\./, 'A3.'))).toEqual({ ok: false, problem: 'version' });
    expect(await decodeAssignment(code.replace(/^A2\./, 'A1.'))).toEqual({ ok: false, problem: 'old' });
    expect(codeProblemMessage('A', 'old')).toMatch(/旧版本.*重新生成链接/);
  });

  it('refuse a blueprint that does not add up to the question count', async () => {
    const code = await encodeAssignment({ ...assignment, n: 31 });
    expect(await decodeAssignment(code)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuse a result code, an empty or junk string', async () => {
    expect(await decodeAssignment(await encodeResult(result()))).toEqual({ ok: false, problem: 'kind' });
    expect(await decodeAssignment('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(await decodeAssignment('https://example.invalid/?x=1')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('result codes', () => {
  it('round-trip, with whole-second times', async () => {
    const code = await encodeResult(result());
    expect(code).toMatch(/^R2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
    expect(await decodeResult(code)).toEqual({ ok: true, data: result(), check: code.split('.')[2] });
  });

  it('fit one chat message: at most 300 characters for 30 questions', async () => {
    const code = await encodeResult(result());
    expect(code.length).toBeLessThanOrEqual(300);
    // A long name and a long staff number still fit.
    expect((await encodeResult(result({ name: '欧阳娜娜娜', staffNo: 'GD-2026-000123' }))).length).toBeLessThanOrEqual(300);
  });

  it('carry the attempt number, start and end times and the timeout mark', async () => {
    const back = await decodeResult(await encodeResult(result({ attempt: 3, timeout: true })));
    expect(back.ok && [back.data.attempt, back.data.timeout, (back.data.finishedAt - back.data.startedAt) / 1000]).toEqual([3, true, 21 * 60 + 7]);
  });

  it('keep names with markup, spaces and rare characters as text', async () => {
    const name = '<img src=x> 𠮷野';
    const back = await decodeResult(await encodeResult(result({ name })));
    expect(back.ok && back.data.name).toBe(name);
  });

  it('detect tampering and truncation, and still say whose code it was', async () => {
    const code = await encodeResult(result());
    expect(await decodeResult(flip(code))).toEqual({ ok: false, problem: 'checksum' });
    expect(await decodeResult(code.slice(0, 60))).toEqual({ ok: false, problem: 'truncated' });
    expect(peekResultOwner(code.slice(0, 60))).toEqual({ name: '张三', staffNo: 'A1024' });
    expect(peekResultOwner(flip(code))).toEqual({ name: '张三', staffNo: 'A1024' });
    expect(peekResultOwner('R2.@@')).toBeUndefined();
  });

  it('refuse old, newer and foreign codes with the right reason', async () => {
    const code = await encodeResult(result());
    expect(await decodeResult(code.replace(/^R2\./, 'R1.'))).toEqual({ ok: false, problem: 'old' });
    expect(await decodeResult(code.replace(/^R2\./, 'R7.'))).toEqual({ ok: false, problem: 'version' });
    expect(await decodeResult(await encodeAssignment(assignment))).toEqual({ ok: false, problem: 'kind' });
  });

  it('name the assignment by the start of its check', () => {
    expect(assignmentId('abcdEFGH12')).toBe('abcdEFGH');
  });
});

describe('finding codes in chat text', () => {
  it('reads codes wrapped by a chat app, with spaces or line breaks inside, and text around them', async () => {
    const a = await encodeResult(result());
    const b = await encodeResult(result({ name: '李四', staffNo: 'A1025' }));
    const wrapped = a.match(/.{1,40}/g)!.join('\n');
    const spaced = b.match(/.{1,25}/g)!.join(' ');
    const chat = `张三的结果码：${wrapped}\n请查收，谢谢\n[李四] ${spaced} ok thanks`;
    const { found, unreadable } = await scanCodes(chat);
    expect(found.map((f) => f.data.name)).toEqual(['张三', '李四']);
    expect(found[0].context).toBe('张三的结果码');
    expect(found[1].code).toBe(b);
    expect(unreadable).toEqual([]);
  });

  it('reads codes glued together on one line and ignores a head inside another word', async () => {
    const a = await encodeResult(result());
    const { found } = await scanCodes(`${a}，${a}\nxR2.not.a-code`);
    expect(found).toHaveLength(2);
  });

  it('reports a damaged code with the person it seems to belong to', async () => {
    const a = await encodeResult(result({ name: '王五' }));
    const { found, unreadable } = await scanCodes(`王五发来的：${flip(a)}\n${a.slice(0, 70)}`);
    expect(found).toEqual([]);
    expect(unreadable.map((u) => [u.problem, u.owner?.name, u.context])).toEqual([
      ['checksum', '王五', '王五发来的'],
      ['truncated', '王五', ''],
    ]);
  });

  it('tells an assignment link pasted among results apart', async () => {
    const { unreadable } = await scanCodes(`链接 ${await encodeAssignment(assignment)}`);
    expect(unreadable[0].problem).toBe('kind');
  });
});
