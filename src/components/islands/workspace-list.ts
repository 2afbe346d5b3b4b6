/**
 * <workspace-list> — on /manage/, the assignments this PC is collecting results for (from the
 * results workspace in the browser): title, due date, how many handed in out of how many expected,
 * and a link straight back to each. Corrupt storage gives a message, never a broken page.
 */
import { decodeResult } from '../../lib/codes';
import { usableStorage } from '../../lib/safeStorage';
import { staffKey } from '../../lib/staffNo';
import { loadWorkspace, workspaceProblemMessage } from '../../lib/workspace';
import { el } from './dom';

class WorkspaceList extends HTMLElement {
  async connectedCallback() {
    const { data, problem, copy } = loadWorkspace(usableStorage());
    const list = this.querySelector<HTMLElement>('[data-list]')!;
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    if (problem && problem !== 'unavailable') {
      const p = el('p', {}, workspaceProblemMessage(problem, copy));
      p.setAttribute('role', 'status');
      this.prepend(p);
    }
    const entries = Object.entries(data.assignments).sort(([, x], [, y]) => y.due.localeCompare(x.due));
    empty.hidden = entries.length > 0;
    for (const [check, e] of entries) {
      const handedIn = new Set<string>();
      for (const r of e.results) {
        const d = await decodeResult(r.code);
        if (d.ok) handedIn.add(staffKey(d.data.staffNo));
      }
      const expected = new Set(e.roster.map((p) => staffKey(p.staffNo)));
      const missing = [...expected].filter((k) => !handedIn.has(k)).length;
      const li = el('li');
      li.append(el('a', { href: `/manage/results/#w=${encodeURIComponent(check)}` }, `${e.title}${e.group ? `（${e.group}）` : ''}`));
      li.append(`：截止 ${e.due}，已交 ${handedIn.size} 人${expected.size ? `，应交 ${expected.size} 人，还差 ${missing} 人` : ''}。`);
      list.append(li);
    }
  }
}

customElements.define('workspace-list', WorkspaceList);
