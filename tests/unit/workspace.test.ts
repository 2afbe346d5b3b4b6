/** The results workspace: survives reloads, corrupt or newer storage is kept aside, export/import merges. */
import { describe, expect, it } from 'vitest';
import {
  addResults,
  emptyWorkspace,
  exportWorkspace,
  importWorkspace,
  loadWorkspace,
  mergeWorkspaces,
  newEntry,
  saveWorkspace,
  WORKSPACE_KEY,
  workspaceProblemMessage,
  type Workspace,
} from '../../src/lib/workspace';
import { MemoryStorage } from './memoryStorage';

const now = new Date('2026-11-20T08:00:00Z');
const entry = () => newEntry('A2.xxx.yyy', { t: '11月认证', g: '一班', d: '2026-11-30' }, now);
const withOne = (): Workspace => ({ ...emptyWorkspace(), assignments: { chk1: addResults(entry(), [{ code: 'R2.a.b', via: 'paste', label: '张三的结果码：', }], now).entry } });

describe('results workspace', () => {
  it('round-trips through storage', () => {
    const s = new MemoryStorage();
    expect(saveWorkspace(s, withOne())).toBeUndefined();
    expect(loadWorkspace(s)).toEqual({ data: withOne() });
  });

  it('counts the same code twice as one result', () => {
    const r = addResults(withOne().assignments.chk1, [
      { code: 'R2.a.b', via: 'file', label: '结果-张三.txt' },
      { code: 'R2.c.d', via: 'file', label: '结果-李四.txt' },
      { code: 'R2.c.d', via: 'paste', label: '' },
    ]);
    expect(r.added).toBe(1);
    expect(r.entry.results.map((x) => x.code)).toEqual(['R2.a.b', 'R2.c.d']);
  });

  it('keeps a corrupt record aside and starts afresh, with a message saying where the copy is', () => {
    const s = new MemoryStorage();
    s.setItem(WORKSPACE_KEY, '{"version":1,"assignments":{"x":{"code":5}}}');
    const r = loadWorkspace(s);
    expect(r.problem).toBe('corrupt');
    expect(r.data).toEqual(emptyWorkspace());
    expect(s.getItem(r.copy!)).toBe('{"version":1,"assignments":{"x":{"code":5}}}');
    expect(workspaceProblemMessage('corrupt', r.copy)).toMatch(/已损坏.*另存在本机/);
    s.setItem(WORKSPACE_KEY, 'not json');
    expect(loadWorkspace(s).problem).toBe('corrupt');
  });

  it('does not overwrite a record from a newer version', () => {
    const s = new MemoryStorage();
    s.setItem(WORKSPACE_KEY, JSON.stringify({ version: 9, assignments: {} }));
    const r = loadWorkspace(s);
    expect(r.problem).toBe('newer');
    expect(s.getItem(r.copy!)).toContain('"version":9');
  });

  it('reports missing and full storage instead of throwing', () => {
    expect(loadWorkspace(undefined).problem).toBe('unavailable');
    expect(saveWorkspace(new MemoryStorage(10), withOne())).toBe('full');
  });

  it('exports one file and imports it elsewhere', () => {
    const text = exportWorkspace(withOne(), now);
    expect(importWorkspace(text)).toEqual({ data: withOne() });
    expect(importWorkspace('\uFEFF' + text)).toEqual({ data: withOne() });
  });

  it('refuses a newer, foreign or damaged file with a clear message', () => {
    const file = JSON.parse(exportWorkspace(withOne(), now));
    expect(importWorkspace(JSON.stringify({ ...file, version: 2 }))).toEqual({ error: expect.stringMatching(/更新版本.*第 2 版.*第 1 版.*没有改变/) });
    expect(importWorkspace(JSON.stringify({ ...file, kind: 'xuetang-progress' }))).toEqual({ error: expect.stringMatching(/不是服务规范学堂的结果工作区文件/) });
    expect(importWorkspace(JSON.stringify({ ...file, data: { version: 1, assignments: { a: {} } } }))).toEqual({ error: expect.stringMatching(/不完整或被修改过/) });
    expect(importWorkspace('{')).toEqual({ error: expect.stringMatching(/无法读取/) });
  });

  it('merges an imported workspace: unites assignments, codes and rosters; this PC wins a roster clash', () => {
    const ours = withOne();
    ours.assignments.chk1.roster = [{ name: '张三', staffNo: 'A1' }];
    const theirs = withOne();
    theirs.assignments.chk1 = addResults(theirs.assignments.chk1, [{ code: 'R2.e.f', via: 'scan', label: '' }]).entry;
    theirs.assignments.chk1.roster = [{ name: '张三丰', staffNo: 'A1' }, { name: '李四', staffNo: 'A2' }];
    theirs.assignments.chk2 = entry();
    const m = mergeWorkspaces(ours, theirs);
    expect(m.assignments).toBe(1);
    expect(m.results).toBe(1);
    expect(m.data.assignments.chk1.results.map((r) => r.code)).toEqual(['R2.a.b', 'R2.e.f']);
    expect(m.data.assignments.chk1.roster).toEqual([{ name: '张三', staffNo: 'A1' }, { name: '李四', staffNo: 'A2' }]);
    expect(Object.keys(m.data.assignments)).toEqual(['chk1', 'chk2']);
  });
});
