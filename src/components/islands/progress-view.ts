/**
 * <progress-view> — the parts of the progress page that need the whole record, read with the
 * full schema: storage problems reported (a damaged record kept aside and replaced), the other
 * quizzes' results, the weakest topics, how far the completion record is; export to a file,
 * import from one, start afresh. The dashboard and the learning path on the same page fill
 * themselves in (and follow any change made here through the `xuetang:progress` event).
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
import { journeyStatus, type PathChapter } from '../../lib/journey';
import { t } from '../../i18n/ui';
import { downloadFile, el } from './dom';

class ProgressView extends HTMLElement {
  private storage = browserStorage();
  private path: PathChapter[] = [];

  connectedCallback() {
    this.path = JSON.parse(this.querySelector('learning-path script')!.textContent!) as PathChapter[];
    const loaded = load(this.storage);
    if (loaded.problem) this.say(problemMessage(loaded.problem), true);
    if (loaded.problem === 'corrupt' || loaded.problem === 'outdated') {
      resetKeepingCopy(this.storage);
      this.changed();
    }
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
      this.changed();
      this.say(t('progress.imported'));
    });
    this.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
      if (!window.confirm(t('progress.resetConfirm'))) return;
      save(this.storage, emptyProgress());
      this.show(emptyProgress());
      this.changed();
      this.say(t('progress.resetDone'));
    });
  }

  /** Tells the dashboard, the learning path and the sidebar marks that the record changed. */
  private changed() {
    window.dispatchEvent(new Event('xuetang:progress'));
  }

  private say(text: string, problem = false) {
    const box = this.querySelector<HTMLElement>('[data-message]')!;
    box.textContent = text;
    box.setAttribute('role', problem ? 'alert' : 'status');
    box.classList.toggle('problem', problem);
    box.hidden = false;
  }

  private show(data: Progress) {
    for (const li of this.querySelectorAll<HTMLElement>('li[data-quiz]')) {
      const q = data.quizzes[li.dataset.quiz!];
      li.querySelector('[data-state]')!.textContent = q
        ? t('progress.best', { best: q.best, attempts: q.attempts, status: q.passed ? t('progress.passedYes') : t('progress.passedNo') })
        : t('progress.notTaken');
      li.classList.toggle('done', !!q?.passed);
    }
    const weak = weakTopics(data);
    this.querySelector<HTMLElement>('[data-weak]')!.replaceChildren(
      ...(weak.length ? weak.map((w) => el('li', {}, t('progress.weak', w))) : [el('li', {}, t('progress.noWeak'))]),
    );
    const status = journeyStatus(this.path, data);
    this.querySelector<HTMLElement>('[data-record-state]')!.textContent = status.complete
      ? t('record.ready')
      : t('record.missing', { n: status.total - status.done });
  }
}

customElements.define('progress-view', ProgressView);
