/** Assignment links and result codes: round trip, checksum, version, tampering, truncation, odd names. */
import { describe, expect, it } from 'vitest';
import {
  codeProblemMessage,
  decodeAssignment,
  decodeResult,
  encode,
  encodeAssignment,
  encodeResult,
  type Assignment,
  type ResultCode,
} from '../../src/lib/codes';

const assignment: Assignment = { t: '11月认证', g: '新员工一班', q: 'certification', tp: [], n: 30, p: 80, m: 30, d: '2026-11-30', s: 'k3v9x2q7' };
const result = (over: Partial<ResultCode> = {}): ResultCode => ({
  ac: 'abcdefghij',
  a: assignment,
  nm: '张三',
  no: 'A1024',
  qs: ['gen-limit-baoquan-accept', 'etq-name-badge'],
  r: { 'gen-limit-baoquan-accept': 2, 'etq-name-badge': 'a' },
  st: 1_764_000_000_000,
  fi: 1_764_000_900_000,
  sc: 100,
  ...over,
});

describe('assignment codes', () => {
  it('round-trip, and stay short enough for a link', async () => {
    const code = await encodeAssignment(assignment);
    expect(code).toMatch(/^A1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{10}$/);
    expect(code.length).toBeLessThan(200);
    const back = await decodeAssignment(code);
    expect(back).toEqual({ ok: true, data: assignment, check: code.split('.')[2] });
  });

  it('detect a changed character (tampering or a typing error)', async () => {
    const code = await encodeAssignment(assignment);
    const [head, payload, check] = code.split('.');
    const i = Math.floor(payload.length / 2);
    const flipped = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
    expect(await decodeAssignment(`${head}.${flipped}.${check}`)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('detect truncation', async () => {
    const code = await encodeAssignment(assignment);
    expect((await decodeAssignment(code.slice(0, code.length - 3))).ok).toBe(false);
    expect(await decodeAssignment(code.slice(0, 8))).toEqual({ ok: false, problem: 'truncated' });
  });

  it('refuse a code from a newer version, a result code, an empty or junk string', async () => {
    const code = await encodeAssignment(assignment);
    expect(await decodeAssignment(code.replace(/^A1\./, 'A2.'))).toEqual({ ok: false, problem: 'version' });
    expect(await decodeAssignment(await encodeResult(result()))).toEqual({ ok: false, problem: 'kind' });
    expect(await decodeAssignment('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(await decodeAssignment('https://example.invalid/?x=1')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuse a well-formed code whose content is invalid', async () => {
    const bad = await encode('A', { ...assignment, p: 140 });
    expect(await decodeAssignment(bad)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('explain every problem in Chinese with what to do', () => {
    for (const p of ['empty', 'format', 'kind', 'version', 'checksum', 'truncated', 'invalid'] as const) {
      expect(codeProblemMessage('A', p)).toMatch(/[\u4e00-\u9fff]/);
      expect(codeProblemMessage('R', p)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(codeProblemMessage('R', 'checksum')).toContain('被改动过');
  });
});

describe('result codes', () => {
  it('round-trip with the answers, times and trainee', async () => {
    // Responses of every shape name ids (src/quizzes/grading.ts): option, options, order, match, boolean, number.
    const r = result({
      qs: ['a-single', 'a-multi', 'an-order', 'a-match', 'a-tf', 'a-number'],
      r: { 'a-single': 'b', 'a-multi': ['a', 'c'], 'an-order': ['c', 'a', 'b'], 'a-match': { a: 'b', b: 'a' }, 'a-tf': false, 'a-number': 5 },
    });
    const back = await decodeResult(await encodeResult(r));
    expect(back.ok && back.data).toEqual(r);
  });

  it('carry names with markup or of great length as plain data', async () => {
    const markup = result({ nm: '<img src=x onerror=alert(1)>' });
    const back = await decodeResult(await encodeResult(markup));
    expect(back.ok && back.data.nm).toBe('<img src=x onerror=alert(1)>');
    const long = await encode('R', { ...result(), nm: '长'.repeat(200) });
    expect(await decodeResult(long)).toEqual({ ok: false, problem: 'invalid' });
    const longest = result({ nm: '欧阳'.repeat(20) });
    expect((await decodeResult(await encodeResult(longest))).ok).toBe(true);
  });

  it('detect an edited score or answer', async () => {
    const code = await encodeResult(result({ sc: 40 }));
    const forged = await encode('R', result({ sc: 100 }));
    expect(code).not.toBe(forged);
    const [head, , check] = code.split('.');
    expect(await decodeResult(`${head}.${forged.split('.')[1]}.${check}`)).toEqual({ ok: false, problem: 'checksum' });
  });
});
