/**
 * <learner-dashboard> — fills in 继续学习 from the progress record: the share of the learning
 * path done, the next chapter (then the next quiz to pass, then the completion record), the
 * walkthrough to continue (at the step it was left) and the review questions due. It changes
 * text and links only; the layout is the server-rendered one.
 */
import { journeyStatus, type PathChapter } from '../../lib/journey';
import { readProgress, STORAGE_KEY } from '../../lib/progressLite';
import { t } from '../../i18n/ui';

class LearnerDashboard extends HTMLElement {
  connectedCallback() {
    const path = JSON.parse(this.querySelector('script')!.textContent!) as PathChapter[];
    const $ = <T extends HTMLElement = HTMLElement>(sel: string) => this.querySelector<T>(sel)!;
    const link = (a: HTMLAnchorElement, href: string, text: string) => {
      a.href = href;
      a.textContent = text;
    };
    const render = () => {
      const s = journeyStatus(path, readProgress());
      $('[data-percent]').textContent = `${s.percent}%`;
      $<HTMLProgressElement>('[data-meter]').value = s.percent;
      $('[data-count]').textContent = t('dash.count', { done: s.done, total: s.total });

      const next = $<HTMLAnchorElement>('[data-next]');
      const quizToPass = path.find((c, i) => c.quiz && !s.chapters[i].quiz?.passed);
      if (s.nextChapter) {
        $('[data-next-label]').textContent = t('dash.nextChapter');
        link(next, `/${s.nextChapter.slug}/`, s.nextChapter.title);
      } else if (quizToPass) {
        $('[data-next-label]').textContent = t('dash.nextQuiz');
        link(next, `/quizzes/${quizToPass.quiz!.id}/`, quizToPass.quiz!.title);
      } else {
        $('[data-next-label]').textContent = s.complete ? t('dash.complete') : t('dash.nextChapter');
        link(next, s.complete ? '/progress/record/' : '/progress/', s.complete ? t('dash.record') : t('dash.allRead'));
      }

      const walk = $<HTMLAnchorElement>('[data-walk]');
      const note = $('[data-walk-note]');
      if (s.walkInProgress) {
        link(walk, `/processes/${s.walkInProgress.id}/#step-${s.walkInProgress.step}`, s.walkInProgress.title);
        note.textContent = t('dash.walkAt', { n: s.walkInProgress.position });
      } else if (s.nextWalk) {
        link(walk, `/processes/${s.nextWalk.id}/`, s.nextWalk.title);
        note.textContent = t('dash.walkStart');
      } else {
        link(walk, '/processes/', t('dash.allWalked'));
        note.textContent = t('dash.walkAgain');
      }
      $('[data-review]').textContent = s.due ? t('dash.due', { n: s.due }) : t('dash.noneDue');
    };
    render();
    window.addEventListener('xuetang:progress', render);
    window.addEventListener('storage', (e) => e.key === STORAGE_KEY && render());
  }
}

customElements.define('learner-dashboard', LearnerDashboard);
