/**
 * <learning-path> — marks the learning path with what the learner has done, from the progress
 * record: ✓ read, ✓ walked to an end (or how far the last attempt got), ✓ quiz passed (or the
 * best score so far). The marks are in the HTML already, hidden; this only fills and shows them.
 */
import { journeyStatus, type PathChapter } from '../../lib/journey';
import { readProgress, STORAGE_KEY } from '../../lib/progressLite';
import { t } from '../../i18n/ui';

class LearningPath extends HTMLElement {
  connectedCallback() {
    const path = JSON.parse(this.querySelector('script')!.textContent!) as PathChapter[];
    const show = (mark: Element | null, state: 'done' | 'partial' | undefined, text?: string) => {
      if (!mark) return;
      if (state) mark.setAttribute('data-state', state);
      else mark.removeAttribute('data-state');
      if (text) mark.textContent = text;
    };
    const render = () => {
      for (const c of journeyStatus(path, readProgress()).chapters) {
        const item = this.querySelector(`[data-chapter="${c.slug}"]`)!;
        show(item.querySelector('[data-mark="read"]'), c.read ? 'done' : undefined);
        for (const w of c.walks) {
          const mark = item.querySelector(`[data-walk="${w.id}"]`);
          if (w.completed) show(mark, 'done', t('path.walked'));
          else if (w.position) show(mark, 'partial', t('path.walkAt', { n: w.position }));
          else show(mark, undefined);
        }
        const quiz = c.quiz;
        const mark = item.querySelector('[data-mark="quiz"]');
        if (quiz?.passed) show(mark, 'done', t('path.passed'));
        else if (quiz?.best !== undefined) show(mark, 'partial', t('path.best', { best: quiz.best }));
        else show(mark, undefined);
      }
    };
    render();
    window.addEventListener('xuetang:progress', render);
    window.addEventListener('storage', (e) => e.key === STORAGE_KEY && render());
  }
}

customElements.define('learning-path', LearningPath);
