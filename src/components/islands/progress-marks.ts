/**
 * <progress-marks> — puts the learner's progress next to each chapter in the Starlight sidebar:
 * 读 (read to the end), 练 (practice quiz passed), 演 (every walkthrough of the chapter walked to
 * an end). It only adds small marks inside the chapter links (`a[data-chapter]`, set in
 * src/sidebar.mjs) into space the stylesheet keeps free for them, so nothing moves; Starlight's
 * sidebar itself is used as it is. Tiny on purpose: it runs on every page, so even its words
 * come with the data rather than with the site's string table.
 */
import { journeyStatus, type PathChapter } from '../../lib/journey';
import { readProgress, STORAGE_KEY } from '../../lib/progressLite';

/** The mark's visible character and the words a screen reader hears, for read / quiz / walkthroughs. */
type Words = Record<'read' | 'quiz' | 'walk', [short: string, long: string]>;

class ProgressMarks extends HTMLElement {
  connectedCallback() {
    const { path, words } = JSON.parse(this.querySelector('script')!.textContent!) as { path: PathChapter[]; words: Words };
    const span = (className: string, text: string) => Object.assign(document.createElement('span'), { className, textContent: text });
    const render = () => {
      for (const c of journeyStatus(path, readProgress()).chapters) {
        const link = document.querySelector(`#starlight__sidebar a[data-chapter="${c.slug}"]`);
        if (!link) continue;
        const done = {
          read: !!c.read,
          quiz: !!c.quiz?.passed,
          walk: c.walks.length > 0 && c.walks.every((w) => w.completed),
        };
        const box = link.querySelector('.xt-marks') ?? link.appendChild(span('xt-marks', ''));
        const on = (Object.keys(done) as (keyof Words)[]).filter((k) => done[k]);
        // One visible character per mark; a screen reader hears them as one phrase after the title.
        const marks = on.map((k) => {
          const mark = span('xt-mark', words[k][0]);
          mark.title = words[k][1];
          mark.setAttribute('aria-hidden', 'true');
          return mark;
        });
        const spoken = on.length ? [span('sr-only', `（${on.map((k) => words[k][1]).join('，')}）`)] : [];
        box.replaceChildren(...marks, ...spoken);
      }
    };
    render();
    // Marks follow progress made on this page (a chapter read, a walkthrough finished) and in other tabs.
    window.addEventListener('xuetang:progress', render);
    window.addEventListener('storage', (e) => e.key === STORAGE_KEY && render());
  }
}

customElements.define('progress-marks', ProgressMarks);
