/**
 * The manager's results workspace, kept in the browser per assignment: the assignment link, every
 * result code read (with where it came from), the names of the files read, what could not be read
 * (so nothing pasted is lost) and the expected roster. Reloading the page loses nothing; the whole
 * workspace exports to one versioned file and imports on another PC, merging with what is there.
 */
import { z } from './zodInBrowser';
import { keepCopy, readRecord, writeRecord, type StorageProblem } from './safeStorage';

export const WORKSPACE_KEY = 'xuetang.workspace';
export const WORKSPACE_VERSION = 1;
const FILE_KIND = 'xuetang-workspace';

const received = z.object({
  /** The result code as read (whitespace removed). */
  code: z.string(),
  /** How it arrived. */
  via: z.enum(['paste', 'file', 'scan', 'import']),
  /** Where it came from: a file name, or the chat text around the code. */
  label: z.string(),
  /** ISO time it was read. */
  at: z.string(),
});

const entrySchema = z.object({
  /** The assignment code (the part after #a= in the link). */
  code: z.string(),
  /** Title, group and due date, copied from the assignment for lists that do not decode it. */
  title: z.string(),
  group: z.string(),
  due: z.string(),
  /** ISO time the assignment was added to the workspace. */
  added: z.string(),
  /** Every result code read, in order of arrival. */
  results: z.array(received),
  /** Names of result files read. */
  files: z.array(z.object({ name: z.string(), at: z.string() })),
  /** Text that held no readable code, kept so the manager can look at it again. */
  unreadable: z.array(z.object({ text: z.string(), label: z.string(), at: z.string() })),
  /** The expected trainees. */
  roster: z.array(z.object({ name: z.string(), staffNo: z.string() })),
});

export const workspaceSchema = z.object({
  /** Format version of this record. */
  version: z.literal(WORKSPACE_VERSION),
  /** Assignment check (the link's verification code) → its workspace. */
  assignments: z.record(z.string(), entrySchema),
});

export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceEntry = z.infer<typeof entrySchema>;
export type ReceivedCode = z.infer<typeof received>;

export const emptyWorkspace = (): Workspace => ({ version: WORKSPACE_VERSION, assignments: {} });

export function newEntry(code: string, a: { t: string; g: string; d: string }, now = new Date()): WorkspaceEntry {
  return { code, title: a.t, group: a.g, due: a.d, added: now.toISOString(), results: [], files: [], unreadable: [], roster: [] };
}

/** Reads the workspace; a corrupt or newer record is copied aside first, so the page can start afresh. */
export function loadWorkspace(storage: Storage | undefined): { data: Workspace; problem?: StorageProblem; copy?: string } {
  const read = readRecord(storage, WORKSPACE_KEY, workspaceSchema, WORKSPACE_VERSION, emptyWorkspace);
  if (read.problem === 'corrupt' || read.problem === 'newer') return { ...read, copy: keepCopy(storage, WORKSPACE_KEY) };
  return read;
}

export const saveWorkspace = (storage: Storage | undefined, data: Workspace) => writeRecord(storage, WORKSPACE_KEY, data);

/** Adds codes not already there (the same code twice is one result). Returns the new entry and how many were new. */
export function addResults(entry: WorkspaceEntry, codes: Omit<ReceivedCode, 'at'>[], now = new Date()): { entry: WorkspaceEntry; added: number } {
  const known = new Set(entry.results.map((r) => r.code));
  const fresh = codes.filter((c) => !known.has(c.code) && known.add(c.code));
  return { entry: { ...entry, results: [...entry.results, ...fresh.map((c) => ({ ...c, at: now.toISOString() }))] }, added: fresh.length };
}

/** The export file's text. */
export function exportWorkspace(data: Workspace, now = new Date()): string {
  return JSON.stringify({ kind: FILE_KIND, version: WORKSPACE_VERSION, exportedAt: now.toISOString(), data }, null, 1);
}

/** Reads an export file; a wrong, damaged or newer file gives a message, never an exception. */
export function importWorkspace(text: string): { data: Workspace } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: '这个文件不是有效的工作区文件（无法读取）。请选择在“收集结果”页“导出工作区”得到的 .json 文件。' };
  }
  const file = parsed as { kind?: unknown; version?: unknown; data?: unknown } | null;
  if (!file || file.kind !== FILE_KIND) return { error: '这个文件不是服务规范学堂的结果工作区文件。' };
  if (typeof file.version === 'number' && file.version > WORKSPACE_VERSION) {
    return {
      error: `这个工作区文件来自更新版本的服务规范学堂（文件格式第 ${file.version} 版，本页只能读取第 ${WORKSPACE_VERSION} 版）。请在导出它的电脑上确认网站版本，或等本机网站更新后再导入。本机的工作区没有改变。`,
    };
  }
  const result = workspaceSchema.safeParse(file.data);
  if (!result.success) return { error: '工作区文件内容不完整或被修改过，无法导入。本机的工作区没有改变。' };
  return { data: result.data };
}

/**
 * Merges an imported workspace into this one: assignments are united; within one assignment the
 * codes, files and unreadable text are united, and the roster is united by staff number (this
 * PC's entry wins a clash). Returns what was new, for the message.
 */
export function mergeWorkspaces(current: Workspace, incoming: Workspace): { data: Workspace; assignments: number; results: number } {
  const assignments = { ...current.assignments };
  let newAssignments = 0;
  let newResults = 0;
  for (const [check, theirs] of Object.entries(incoming.assignments)) {
    const ours = assignments[check];
    if (!ours) {
      assignments[check] = theirs;
      newAssignments++;
      newResults += theirs.results.length;
      continue;
    }
    const merged = addResults(ours, theirs.results);
    newResults += merged.added;
    const files = [...ours.files, ...theirs.files.filter((f) => !ours.files.some((o) => o.name === f.name && o.at === f.at))];
    const unreadable = [...ours.unreadable, ...theirs.unreadable.filter((u) => !ours.unreadable.some((o) => o.text === u.text))];
    const staff = new Set(ours.roster.map((p) => p.staffNo));
    const roster = [...ours.roster, ...theirs.roster.filter((p) => !staff.has(p.staffNo))];
    assignments[check] = { ...merged.entry, files, unreadable, roster };
  }
  return { data: { version: WORKSPACE_VERSION, assignments }, assignments: newAssignments, results: newResults };
}

/** The message for a workspace storage problem. */
export function workspaceProblemMessage(problem: StorageProblem, copy?: string): string {
  const kept = copy ? `原数据已另存在本机（${copy}），没有删除。` : '';
  return {
    unavailable: '浏览器不允许本站保存数据（可能是无痕模式或关闭了本地存储）。本页照常可用，但刷新后读入的内容不会保留：请及时“导出工作区”。',
    corrupt: `本机保存的结果工作区已损坏，无法读取。${kept}工作区已重新开始；如有导出的工作区文件，可以导入恢复。`,
    newer: `本机保存的结果工作区来自更新版本的服务规范学堂，本页无法读取。${kept}请刷新页面使用新版本。`,
    full: '浏览器存储空间已满，刚读入的内容没有保存。请先“导出工作区”留存，再清理浏览器数据。',
  }[problem];
}
