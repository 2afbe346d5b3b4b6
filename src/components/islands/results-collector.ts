/**
 * <results-collector> — the manager's results workspace. Per assignment it keeps, in the browser:
 * the link, the expected roster, every code read (pasted with chat text around it, dropped as
 * files, scanned from a QR code) and whatever could not be read. Everything is re-graded from the
 * codes against the bank, and the report shows who has not handed in, every attempt, item
 * analysis and CSVs. A reload loses nothing; the workspace exports to one file for another PC.
 * Problems name the person (from the damaged code, the chat text or the file), never a line number.
 */
import { assignmentId, codeProblemMessage, decodeAssignment, decodeResult, type Assignment } from '../../lib/codes';
import { scanCodes, type UnreadableCode } from '../../lib/codeScan';
import { decodeRosterFile, parseExpectedRoster } from '../../lib/expectedRoster';
import { assignmentPool, buildRoster, gradeResult, type GradedAttempt } from '../../lib/roster';
import { usableStorage } from '../../lib/safeStorage';
import {
  addResults,
  exportWorkspace,
  importWorkspace,
  loadWorkspace,
  mergeWorkspaces,
  newEntry,
  saveWorkspace,
  workspaceProblemMessage,
  type ReceivedCode,
  type Workspace,
  type WorkspaceEntry,
} from '../../lib/workspace';
import type { BankQuestion, QuizDefinition } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { downloadFile, el } from './dom';
import { CameraScanner, canUseCamera, decodeImageFile } from './qrScan';
import { resultsReport } from './resultsView';

type Source = { text: string; via: ReceivedCode['via']; label: string };

class ResultsCollector extends HTMLElement {
  private storage = usableStorage();
  private ws!: Workspace;
  private current?: { check: string; a: Assignment };
  private quizzes: QuizDefinition[] = [];
  private bank?: Promise<BankQuestion[]>;
  private scanner?: CameraScanner;

  private piece<T extends HTMLElement = HTMLElement>(name: string) {
    return this.querySelector<T>(`[data-${name}]`)!;
  }
  private button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }
  private field<T extends HTMLElement>(id: string) {
    return this.querySelector<T>(`#${id}`)!;
  }

  connectedCallback() {
    this.quizzes = JSON.parse(this.querySelector('script[data-quizzes]')!.textContent!) as QuizDefinition[];
    this.bank = fetch('/data/questions.json').then(async (r) => (await r.json()).items as BankQuestion[]);
    const loaded = loadWorkspace(this.storage);
    this.ws = loaded.data;
    if (loaded.problem) this.note(workspaceProblemMessage(loaded.problem, loaded.copy));

    this.button('load').addEventListener('click', () => void this.readLink());
    this.piece<HTMLSelectElement>('pick').addEventListener('change', (e) => {
      const check = (e.target as HTMLSelectElement).value;
      if (check) void this.open(check);
    });
    this.button('roster').addEventListener('click', () => this.saveRoster(this.field<HTMLTextAreaElement>('r-roster').value));
    this.field<HTMLInputElement>('r-roster-file').addEventListener('change', async (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) this.saveRoster(decodeRosterFile(new Uint8Array(await file.arrayBuffer())));
    });
    const codes = this.field<HTMLTextAreaElement>('r-codes');
    this.button('read').addEventListener('click', () => void this.readPasted());
    // Pasting is the whole action: read at once, without a second click.
    codes.addEventListener('paste', () => setTimeout(() => void this.readPasted(), 0));
    this.field<HTMLInputElement>('r-files').addEventListener('change', (e) => void this.readFiles((e.target as HTMLInputElement).files));
    const drop = this.piece('drop');
    // The whole page takes dropped files, not just the box: fifty files are dragged in one go.
    addEventListener('dragover', (e) => {
      if (!this.current) return;
      e.preventDefault();
      drop.classList.add('over');
    });
    addEventListener('dragleave', () => drop.classList.remove('over'));
    addEventListener('drop', (e) => {
      if (!this.current) return;
      e.preventDefault();
      drop.classList.remove('over');
      void this.readFiles(e.dataTransfer?.files ?? null);
    });
    this.field<HTMLInputElement>('r-photo').addEventListener('change', (e) => void this.readPhotos((e.target as HTMLInputElement).files));
    const scan = this.button('scan');
    scan.hidden = !canUseCamera();
    scan.addEventListener('click', () => void this.toggleCamera());
    this.button('export').addEventListener('click', () => downloadFile(`结果工作区-${new Date().toISOString().slice(0, 10)}.json`, exportWorkspace(this.ws), 'application/json'));
    this.field<HTMLInputElement>('r-import').addEventListener('change', (e) => void this.importFile((e.target as HTMLInputElement).files?.[0]));
    this.button('remove').addEventListener('click', () => this.removeCurrent());
    for (const b of this.querySelectorAll<HTMLButtonElement>('button')) b.disabled = false;

    this.fillPicker();
    const hash = new URLSearchParams(location.hash.slice(1));
    const check = hash.get('w');
    if (hash.get('a')) {
      this.field<HTMLInputElement>('r-assignment').value = hash.get('a')!;
      void this.readLink();
    } else if (check && this.ws.assignments[check]) void this.open(check);
  }

  private note(message: string) {
    const n = this.piece('storage-note');
    n.textContent = message;
    n.hidden = !message;
  }

  private save() {
    const problem = saveWorkspace(this.storage, this.ws);
    if (problem) this.note(workspaceProblemMessage(problem));
  }

  private get entry(): WorkspaceEntry {
    return this.ws.assignments[this.current!.check];
  }
  private set entry(e: WorkspaceEntry) {
    this.ws = { ...this.ws, assignments: { ...this.ws.assignments, [this.current!.check]: e } };
    this.save();
  }

  private fillPicker() {
    const pick = this.piece<HTMLSelectElement>('pick');
    const entries = Object.entries(this.ws.assignments);
    this.piece('pick-row').hidden = entries.length === 0;
    pick.replaceChildren(el('option', { value: '' }, t('results.pickNew')));
    for (const [check, e] of entries) {
      const option = el('option', { value: check, selected: check === this.current?.check }, `${e.title}${e.group ? `（${e.group}）` : ''}，截止 ${e.due}，已收 ${e.results.length} 份`);
      pick.append(option);
    }
  }

  private async readLink() {
    const status = this.piece('assignment-status');
    const text = this.field<HTMLInputElement>('r-assignment').value.trim();
    const code = text.includes('#a=') ? (new URLSearchParams(text.split('#')[1]).get('a') ?? '') : text;
    const decoded = await decodeAssignment(code);
    if (!decoded.ok) {
      status.textContent = codeProblemMessage('A', decoded.problem);
      status.setAttribute('role', 'alert');
      return;
    }
    if (!this.ws.assignments[decoded.check]) {
      this.ws = { ...this.ws, assignments: { ...this.ws.assignments, [decoded.check]: newEntry(code.replace(/\s+/g, ''), decoded.data) } };
      this.save();
    }
    this.field<HTMLInputElement>('r-assignment').value = '';
    await this.open(decoded.check);
  }

  /** Opens one assignment's workspace. */
  private async open(check: string) {
    const e = this.ws.assignments[check];
    const decoded = await decodeAssignment(e.code);
    const status = this.piece('assignment-status');
    if (!decoded.ok) {
      status.textContent = codeProblemMessage('A', decoded.problem);
      status.setAttribute('role', 'alert');
      return;
    }
    this.current = { check, a: decoded.data };
    history.replaceState(null, '', `#w=${check}`);
    status.setAttribute('role', 'status');
    this.showOpened();
    this.piece('workspace').hidden = false;
    this.field<HTMLTextAreaElement>('r-roster').value = e.roster.map((p) => `${p.name}\t${p.staffNo}`).join('\n');
    this.piece('roster-status').textContent = e.roster.length ? t('results.rosterSaved', { n: e.roster.length }) : '';
    this.piece('roster-problems').replaceChildren();
    this.showProblems(e.unreadable.map((u) => u.text));
    this.fillPicker();
    await this.render();
  }

  /** Which assignment is open and how many results it holds (kept current as results come in). */
  private showOpened() {
    const a = this.current!.a;
    this.piece('assignment-status').textContent = t('results.opened', { title: `${a.t}${a.g ? `（${a.g}）` : ''}`, pass: a.p, due: a.d, n: this.entry.results.length });
  }

  private saveRoster(text: string) {
    const { people, problems } = parseExpectedRoster(text);
    const list = this.piece('roster-problems');
    list.replaceChildren(...problems.map((p) => el('li', {}, p.message)));
    if (people.length) {
      this.entry = { ...this.entry, roster: people };
      this.field<HTMLTextAreaElement>('r-roster').value = people.map((p) => `${p.name}\t${p.staffNo}`).join('\n');
    }
    this.piece('roster-status').textContent = people.length ? t('results.rosterSaved', { n: people.length }) : '';
    void this.render();
  }

  private async readPasted() {
    const box = this.field<HTMLTextAreaElement>('r-codes');
    const text = box.value;
    if (!text.trim()) return;
    await this.intake([{ text, via: 'paste', label: '' }]);
    // Read and kept in the workspace: the box is free for the next paste.
    box.value = '';
  }

  private async readFiles(files: FileList | null) {
    if (!files?.length || !this.current) return;
    const sources: Source[] = [];
    const at = new Date().toISOString();
    const names: { name: string; at: string }[] = [];
    for (const f of files) {
      if (f.type.startsWith('image/')) {
        await this.readPhotos([f]);
        continue;
      }
      sources.push({ text: await f.text(), via: 'file', label: f.name });
      names.push({ name: f.name, at });
    }
    this.entry = { ...this.entry, files: [...this.entry.files, ...names] };
    await this.intake(sources);
  }

  private async readPhotos(files: FileList | File[] | null) {
    const status = this.piece('scan-status');
    for (const f of files ?? []) {
      const text = await decodeImageFile(f);
      if (text) await this.intake([{ text, via: 'scan', label: f.name }]);
      else status.textContent = t('results.photoNone', { file: f.name });
    }
  }

  private async toggleCamera() {
    const scan = this.button('scan');
    const status = this.piece('scan-status');
    if (this.scanner?.running) {
      this.scanner.stop();
      scan.textContent = t('results.scan');
      status.textContent = '';
      return;
    }
    const seen = new Set<string>();
    this.scanner = new CameraScanner(this.piece<HTMLVideoElement>('video'), (text) => {
      if (seen.has(text)) return;
      seen.add(text);
      void this.intake([{ text, via: 'scan', label: '' }]);
    });
    try {
      await this.scanner.start();
      scan.textContent = t('results.scanStop');
      status.textContent = t('results.scanning');
    } catch {
      status.textContent = t('results.noCamera');
    }
  }

  /** Reads codes out of text: adds this assignment's codes, files others under their own assignment, reports the rest by person. */
  private async intake(sources: Source[]) {
    if (!this.current) return;
    const mine = assignmentId(this.current.check);
    const others = Object.entries(this.ws.assignments).filter(([c]) => c !== this.current!.check);
    const fresh: Omit<ReceivedCode, 'at'>[] = [];
    const messages: string[] = [];
    const names: string[] = [];
    let repeated = 0;
    const unreadable: WorkspaceEntry['unreadable'] = [];
    const at = new Date().toISOString();
    for (const s of sources) {
      const { found, unreadable: bad } = await scanCodes(s.text);
      if (!found.length && !bad.length) {
        messages.push(t('results.noCodeIn', { where: s.label ? `文件“${s.label}”` : `“${s.text.trim().slice(0, 30)}”` }));
        unreadable.push({ text: s.text.slice(0, 2000), label: s.label, at });
      }
      for (const f of found) {
        const who = `${f.data.name}（${f.data.staffNo}）`;
        if (f.data.aid !== mine) {
          const other = others.find(([c]) => assignmentId(c) === f.data.aid);
          if (other) {
            const merged = addResults(other[1], [{ code: f.code, via: s.via, label: s.label || f.context }]);
            this.ws = { ...this.ws, assignments: { ...this.ws.assignments, [other[0]]: merged.entry } };
            messages.push(t('results.otherAssignment', { who, title: other[1].title }));
          } else {
            messages.push(t('results.unknownAssignment', { who }));
            unreadable.push({ text: f.code, label: s.label || f.context, at });
          }
          continue;
        }
        if (this.entry.results.some((r) => r.code === f.code) || fresh.some((r) => r.code === f.code)) {
          repeated++;
          continue;
        }
        fresh.push({ code: f.code, via: s.via, label: s.label || f.context });
        names.push(who);
      }
      for (const u of bad) {
        messages.push(this.describe(u, s.label));
        unreadable.push({ text: u.text, label: s.label || u.context, at });
      }
    }
    this.entry = { ...addResults(this.entry, fresh).entry, unreadable: [...this.entry.unreadable, ...unreadable] };
    const intake = this.piece('intake');
    intake.textContent = [
      names.length ? t('results.readIn', { n: names.length, names: names.join('、') }) : t('results.readNone'),
      repeated ? t('results.repeated', { n: repeated }) : '',
    ].join('');
    this.showProblems(messages, true);
    this.fillPicker();
    this.showOpened();
    await this.render();
  }

  /** "张三（A1002）的结果码校验不通过…" — the person first, from the code itself, the chat line or the file. */
  private describe(u: UnreadableCode, file: string): string {
    const who = u.owner ? `${u.owner.name}${u.owner.staffNo ? `（${u.owner.staffNo}）` : ''}的结果码` : u.context ? `“${u.context}”后面的结果码` : file ? `文件“${file}”里的结果码` : '一份结果码';
    return `${who}：${codeProblemMessage('R', u.problem)}`;
  }

  private showProblems(messages: string[], append = false) {
    const list = this.piece('problems');
    const items = messages.map((m) => el('li', {}, m));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
  }

  private async render() {
    if (!this.current) return;
    const { a } = this.current;
    const out = this.piece('output');
    let bank: BankQuestion[];
    try {
      bank = await this.bank!;
    } catch {
      const p = el('p', {}, t('review.loadFailed'));
      p.setAttribute('role', 'alert');
      out.replaceChildren(p);
      return;
    }
    const pool = assignmentPool(a, this.quizzes, bank);
    const attempts: GradedAttempt[] = [];
    for (const r of this.entry.results) {
      const d = await decodeResult(r.code);
      if (d.ok) attempts.push(gradeResult(a, pool, d.data, d.check));
    }
    const rows = buildRoster(a, attempts, this.entry.roster);
    out.replaceChildren(...resultsReport(a, rows, new Map(bank.map((q) => [q.id, q]))));
  }

  private async importFile(file: File | undefined) {
    if (!file) return;
    const status = this.piece('import-status');
    const read = importWorkspace(await file.text());
    if ('error' in read) {
      status.textContent = read.error;
      status.setAttribute('role', 'alert');
      return;
    }
    const merged = mergeWorkspaces(this.ws, read.data);
    this.ws = merged.data;
    this.save();
    status.setAttribute('role', 'status');
    status.textContent = t('results.imported', { assignments: merged.assignments, results: merged.results });
    this.fillPicker();
    if (this.current) await this.open(this.current.check);
    else {
      const first = Object.keys(this.ws.assignments)[0];
      if (first) await this.open(first);
    }
  }

  private removeCurrent() {
    if (!this.current) return;
    if (!confirm(t('results.removeConfirm', { title: this.entry.title }))) return;
    const { [this.current.check]: _gone, ...rest } = this.ws.assignments;
    this.ws = { ...this.ws, assignments: rest };
    this.save();
    this.current = undefined;
    history.replaceState(null, '', location.pathname);
    this.piece('workspace').hidden = true;
    this.piece('output').replaceChildren();
    this.piece('assignment-status').textContent = t('results.removed');
    this.fillPicker();
  }
}

customElements.define('results-collector', ResultsCollector);
