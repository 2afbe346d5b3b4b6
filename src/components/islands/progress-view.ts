/**
 * <progress-view> — what the learner has done, from the progress store: chapters read,
 * quizzes passed, weakest topics, the review list's size; export to a file, import from one,
 * start afresh. Storage problems are reported, never thrown.
 */
import {
  browserStorage,
  emptyProgress,
  exportProgress,
  importProgress,
  load,
  problemMessage,
  resetKeepingCopy,
  save,
  weakTopics,
  type Progress,
} from '../../lib/progressStore';
import { t } from '../../i18n/ui';
import { downloadFile } from './dom';

class ProgressView extends HTMLElement {
  private storage = browserStorage();

  connectedCallback() {
    const loaded = load(this.storage);
    if (loaded.problem) this.say(problemMessage(loaded.problem), true);
    if (loaded.problem === 'corrupt' || loaded.problem === 'outdated') resetKeepingCopy(this.storage);
    this.show(loaded.data);

    this.querySelector('[data-action="export"]')!.addEventListener('click', () => {
      downloadFile(
        `服务规范学堂-学习进度-${new Date().toISOString().slice(0, 10)}.json`,
        exportProgress(load(this.storage).data),
        'application/json',
      );
    });
    this.querySelector<HTMLInputElement>('input[data-action="import"]')!.addEventListener('change', async (e) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      if (!file) return;
      const result = importProgress(await file.text());
      input.value = '';
      if ('error' in result) return this.say(result.error, true);
      const written = save(this.storage, result.data);
      if (written.problem) return this.say(problemMessage(written.problem), true);
      this.show(result.data);
      this.say(t('progress.imported'));
    });
    this.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
      if (!window.confirm(t('progress.resetConfirm'))) return;
      save(this.storage, emptyProgress());
      this.show(emptyProgress());
      this.say(t('progress.resetDone'));
    });
  }

  private say(text: string, problem = false) {
    const box = this.querySelector<HTMLElement>('[data-message]')!;
    box.textContent = text;
    box.setAttribute('role', problem ? 'alert' : 'status');
    box.classList.toggle('problem', problem);
    box.hidden = false;
  }

  private show(data: Progress) {
    for (const li of this.querySelectorAll<HTMLElement>('[data-chapter]')) {
      const date = data.chaptersRead[li.dataset.chapter!];
      li.querySelector('[data-state]')!.textContent = date ? t('progress.read', { date }) : t('progress.unread');
      li.classList.toggle('done', !!date);
    }
    for (const li of this.querySelectorAll<HTMLElement>('[data-quiz]')) {
      const q = data.quizzes[li.dataset.quiz!];
      li.querySelector('[data-state]')!.textContent = q
        ? t('progress.best', { best: q.best, attempts: q.attempts, status: q.passed ? t('progress.passedYes') : t('progress.passedNo') })
        : t('progress.notTaken');
      li.classList.toggle('done', !!q?.passed);
    }
    const weak = weakTopics(data);
    const list = this.querySelector<HTMLElement>('[data-weak]')!;
    list.replaceChildren(
      ...(weak.length
        ? weak.map((w) => Object.assign(document.createElement('li'), { textContent: t('progress.weak', w) }))
        : [Object.assign(document.createElement('li'), { textContent: t('progress.noWeak') })]),
    );
    this.querySelector<HTMLElement>('[data-review-count]')!.textContent = t('progress.reviewCount', {
      n: Object.keys(data.review).length,
    });
    const read = Object.keys(data.chaptersRead).length;
    const passed = Object.values(data.quizzes).filter((q) => q.passed).length;
    this.querySelector<HTMLElement>('[data-summary]')!.textContent = t('progress.summary', { read, passed });
  }
}

customElements.define('progress-view', ProgressView);
