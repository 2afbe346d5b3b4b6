/**
 * <completion-record> — the 学习完成记录 page: lists what is still missing, with links, or, once
 * everything on the learning path is done, fills in the record (dates and best scores, from the
 * progress record) and offers to print it.
 */
import { journeyStatus, type PathChapter } from '../../lib/journey';
import { readProgress } from '../../lib/progressLite';
import { formatDay } from '../../lib/format';
import { t } from '../../i18n/ui';
import { el } from './dom';

class CompletionRecord extends HTMLElement {
  connectedCallback() {
    const path = JSON.parse(this.querySelector('script')!.textContent!) as PathChapter[];
    const s = journeyStatus(path, readProgress());
    const pending = this.querySelector<HTMLElement>('[data-pending]')!;
    const record = this.querySelector<HTMLElement>('[data-record]')!;
    pending.hidden = s.complete;
    record.hidden = !s.complete;
    if (!s.complete) {
      this.querySelector('[data-pending-count]')!.textContent = t('record.missing', { n: s.total - s.done });
      const item = (text: string, href: string, label: string) => {
        const li = el('li', {}, `${text}：`);
        li.append(el('a', { href }, label));
        return li;
      };
      this.querySelector('[data-missing]')!.replaceChildren(
        ...path.flatMap((c, i) => {
          const state = s.chapters[i];
          return [
            ...(state.read ? [] : [item(t('record.toRead'), `/${c.slug}/`, c.title)]),
            ...(c.quiz && !state.quiz?.passed ? [item(t('record.toPass'), `/quizzes/${c.quiz.id}/`, c.quiz.title)] : []),
            ...c.walkthroughs.filter((_, k) => !state.walks[k].completed).map((w) => item(t('record.toWalk'), `/processes/${w.id}/`, w.title)),
          ];
        }),
      );
      return;
    }
    const day = formatDay;
    this.querySelector('[data-date]')!.textContent = day(s.lastDay!);
    path.forEach((c, i) => {
      const row = this.querySelector(`tr[data-chapter="${c.slug}"]`)!;
      row.querySelector('[data-read]')!.textContent = day(s.chapters[i].read!);
      if (c.quiz) row.querySelector('[data-best]')!.textContent = t('record.score', { best: s.chapters[i].quiz!.best! });
      c.walkthroughs.forEach((w, k) => {
        this.querySelector(`tr[data-walk="${w.id}"] [data-walked]`)!.textContent = day(s.chapters[i].walks[k].completed!);
      });
    });
    this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
  }
}

customElements.define('completion-record', CompletionRecord);
