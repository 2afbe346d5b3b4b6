/**
 * <review-list> — the 错题本: questions answered wrongly, asked again when FSRS says they are
 * due. A right answer pushes the next review further out (and twice in a row removes the
 * question); a wrong one brings it back soon. The bank is fetched from /data/questions.json.
 */
import { isCorrect, type Response } from '../../quizzes/grading';
import { hashSeed, rng } from '../../lib/random';
import {
  answerReview,
  browserStorage,
  dueForReview,
  load,
  problemMessage,
  removeFromReview,
  resetKeepingCopy,
  save,
  type Progress,
} from '../../lib/progressStore';
import { formatChineseDate } from '../../lib/deadline';
import type { Question } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { displayOrder, learnUrl, renderQuestion } from './quizRender';
import { el } from './dom';

const day = (iso: string) => formatChineseDate(iso.slice(0, 10));

class ReviewList extends HTMLElement {
  private storage = browserStorage();
  private data!: Progress;
  private bank = new Map<string, Question>();

  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const loaded = load(this.storage);
    this.data = loaded.data;
    if (loaded.problem) this.showProblem(loaded.problem);
    try {
      const res = await fetch('/data/questions.json');
      const body = (await res.json()) as { items: Question[] };
      this.bank = new Map(body.items.map((q) => [q.id, q]));
    } catch {
      status.textContent = t('review.loadFailed');
      return;
    }
    this.renderOverview();
  }

  private showProblem(problem: Parameters<typeof problemMessage>[0]) {
    const box = this.querySelector<HTMLElement>('[data-problem]')!;
    box.hidden = false;
    box.querySelector('p')!.textContent = problemMessage(problem);
    if (problem === 'corrupt' || problem === 'outdated') {
      resetKeepingCopy(this.storage);
      this.data = load(this.storage).data;
    }
  }

  private persist() {
    const result = save(this.storage, this.data);
    if (result.problem) this.showProblem(result.problem);
  }

  private renderOverview() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    const entries = Object.entries(this.data.review).sort(([, a], [, b]) => a.card.due.localeCompare(b.card.due));
    const due = dueForReview(this.data);
    if (entries.length === 0) {
      status.textContent = t('review.empty');
      stage.replaceChildren();
      return;
    }
    status.textContent = due.length
      ? t('review.due', { n: due.length, total: entries.length })
      : t('review.noneDue', { total: entries.length, date: day(entries[0][1].card.due) });
    const parts: HTMLElement[] = [];
    if (due.length) {
      const start = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('review.start'));
      start.addEventListener('click', () => this.ask(due, 0));
      parts.push(el('div', { className: 'quiz-actions' }));
      parts[0].append(start);
    }
    parts.push(el('h2', {}, t('review.list')));
    const list = el('ul', { className: 'review-items' });
    for (const [id, entry] of entries) {
      const q = this.bank.get(id);
      const li = el('li');
      li.dataset.question = id;
      li.append(el('p', { className: 'q-prompt' }, q ? q.prompt : t('review.missing')));
      li.append(el('p', { className: 'q-meta' }, t('review.nextDue', { date: day(entry.card.due) })));
      const remove = el('button', { type: 'button', className: 'xt-btn' }, t('review.remove'));
      remove.setAttribute('aria-label', `${t('review.remove')}：${q?.prompt ?? id}`);
      remove.addEventListener('click', () => {
        this.data = removeFromReview(this.data, id);
        this.persist();
        this.renderOverview();
        this.announce(t('review.removed'));
      });
      li.append(remove);
      list.append(li);
    }
    parts.push(list);
    stage.replaceChildren(...parts);
  }

  private announce(text: string) {
    this.querySelector<HTMLElement>('[data-announce]')!.textContent = text;
  }

  private ask(queue: string[], i: number) {
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    const ids = queue.filter((id) => this.bank.has(id));
    if (i >= ids.length) {
      this.renderOverview();
      this.announce(t('review.done'));
      this.querySelector<HTMLElement>('[data-status]')!.focus();
      return;
    }
    const q = this.bank.get(ids[i])!;
    let response: Response = null;
    const show = (feedback?: { right: boolean }) => {
      const view = renderQuestion({
        question: q,
        n: i + 1,
        total: ids.length,
        order: displayOrder(q, rng(hashSeed(`${Date.now()}:${q.id}`))),
        response,
        locked: !!feedback,
        feedback: feedback && { right: feedback.right, learnUrl: learnUrl(q) },
        onChange: (r) => (response = r),
      });
      const actions = el('div', { className: 'quiz-actions' });
      if (!feedback) {
        const check = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('quiz.check'));
        check.addEventListener('click', () => {
          if (response === null || (Array.isArray(response) && response.length === 0)) return;
          const right = isCorrect(q, response);
          this.data = answerReview(this.data, q.id, right);
          this.persist();
          show({ right });
          const entry = this.data.review[q.id];
          this.announce(entry ? t('review.again', { date: day(entry.card.due) }) : t('review.mastered'));
        });
        actions.append(check);
      } else {
        const next = el('button', { type: 'button', className: 'xt-btn xt-btn-primary' }, t('quiz.next'));
        next.addEventListener('click', () => this.ask(ids, i + 1));
        actions.append(next);
      }
      stage.replaceChildren(view, actions);
      (feedback ? actions.querySelector('button') : view.querySelector<HTMLElement>('.q-title'))?.focus();
    };
    show();
  }
}

customElements.define('review-list', ReviewList);
