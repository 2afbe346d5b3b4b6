/**
 * <review-list> — the 错题本: questions answered wrongly, asked again when FSRS says they are
 * due. A right answer pushes the next review further out (and twice in a row removes the
 * question); a wrong one brings it back soon. The bank is fetched from /data/questions.json.
 *
 * Reviews come in rounds of ROUND questions, with 再来10题 after each while more are due, so a
 * long list never turns into one endless session. Any question on the list can be opened on its
 * own. Scenario questions are listed with their case, since their stems alone ("柜员应当怎样处理？")
 * do not say which question it is.
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

/** Questions per round of review. */
export const ROUND = 10;

/** A run of questions: a round of due ones, or one opened from the list. */
interface Run {
  ids: string[];
  single: boolean;
  right: number;
}

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

  /** Due questions that are still in the bank, earliest first. */
  private due() {
    return dueForReview(this.data).filter((id) => this.bank.has(id));
  }

  private startRound() {
    this.ask({ ids: this.due().slice(0, ROUND), single: false, right: 0 }, 0);
  }

  private button(label: string, onClick: () => void, primary = false) {
    const b = el('button', { type: 'button', className: primary ? 'xt-btn xt-btn-primary' : 'xt-btn' }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  private renderOverview() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    const entries = Object.entries(this.data.review).sort(([, a], [, b]) => a.card.due.localeCompare(b.card.due));
    const due = this.due();
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
      const actions = el('div', { className: 'quiz-actions' });
      actions.append(this.button(due.length > ROUND ? t('review.startRound', { n: ROUND }) : t('review.start'), () => this.startRound(), true));
      if (due.length > ROUND) actions.append(el('p', { className: 'q-meta' }, t('review.rounds', { n: ROUND })));
      parts.push(actions);
    }
    parts.push(el('h2', {}, t('review.list')));
    const list = el('ul', { className: 'review-items' });
    for (const [id, entry] of entries) {
      const q = this.bank.get(id);
      const li = el('li');
      li.dataset.question = id;
      if (q?.type === 'scenario') li.append(el('p', { className: 'q-case' }, q.case));
      li.append(el('p', { className: 'q-prompt' }, q ? q.prompt : t('review.missing')));
      li.append(el('p', { className: 'q-meta' }, t('review.nextDue', { date: day(entry.card.due) })));
      const name = q ? (q.type === 'scenario' ? `${q.case} ${q.prompt}` : q.prompt) : id;
      const actions = el('div', { className: 'review-item-actions' });
      if (q) {
        const open = this.button(t('review.open'), () => this.ask({ ids: [id], single: true, right: 0 }, 0));
        open.setAttribute('aria-label', `${t('review.open')}：${name}`);
        actions.append(open);
      }
      const remove = this.button(t('review.remove'), () => {
        this.data = removeFromReview(this.data, id);
        this.persist();
        this.renderOverview();
        this.announce(t('review.removed'));
      });
      remove.setAttribute('aria-label', `${t('review.remove')}：${name}`);
      actions.append(remove);
      li.append(actions);
      list.append(li);
    }
    parts.push(list);
    stage.replaceChildren(...parts);
  }

  private announce(text: string) {
    this.querySelector<HTMLElement>('[data-announce]')!.textContent = text;
  }

  /** Back to the list, with the status line focused. */
  private backToList(message?: string) {
    this.renderOverview();
    if (message) this.announce(message);
    this.querySelector<HTMLElement>('[data-status]')!.focus();
  }

  /** After a round: what was right, and 再来10题 while more are due. */
  private roundDone(run: Run) {
    const left = this.due().length;
    if (run.single || left === 0) return this.backToList(run.single ? undefined : t('review.done'));
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    const title = el('h2', { tabIndex: -1, className: 'q-title' }, t('review.roundDone'));
    const summary = el('p', {}, t('review.roundSummary', { right: run.right, total: run.ids.length, left }));
    const actions = el('div', { className: 'quiz-actions' });
    actions.append(
      this.button(t('review.another', { n: Math.min(ROUND, left) }), () => this.startRound(), true),
      this.button(t('review.backToList'), () => this.backToList()),
    );
    stage.replaceChildren(title, summary, actions);
    title.focus();
  }

  private ask(run: Run, i: number) {
    const stage = this.querySelector<HTMLElement>('[data-stage]')!;
    if (i >= run.ids.length) return this.roundDone(run);
    const q = this.bank.get(run.ids[i])!;
    let response: Response = null;
    const last = i === run.ids.length - 1;
    const show = (feedback?: { right: boolean }) => {
      const view = renderQuestion({
        question: q,
        n: i + 1,
        total: run.ids.length,
        order: displayOrder(q, rng(hashSeed(`${Date.now()}:${q.id}`))),
        response,
        locked: !!feedback,
        feedback: feedback && { right: feedback.right, learnUrl: learnUrl(q) },
        onChange: (r) => (response = r),
      });
      const actions = el('div', { className: 'quiz-actions' });
      if (!feedback) {
        actions.append(
          this.button(t('quiz.check'), () => {
            if (response === null || (Array.isArray(response) && response.length === 0)) return;
            const right = isCorrect(q, response);
            if (right) run.right += 1;
            this.data = answerReview(this.data, q.id, right);
            this.persist();
            show({ right });
            const entry = this.data.review[q.id];
            this.announce(entry ? t('review.again', { date: day(entry.card.due) }) : t('review.mastered'));
          }, true),
        );
      } else {
        const label = run.single ? t('review.backToList') : last ? t('review.finishRound') : t('quiz.next');
        actions.append(this.button(label, () => this.ask(run, i + 1), true));
      }
      if (!feedback || !run.single) actions.append(this.button(t('review.backToList'), () => this.backToList()));
      stage.replaceChildren(view, actions);
      (feedback ? actions.querySelector('button') : view.querySelector<HTMLElement>('.q-title'))?.focus();
    };
    show();
  }
}

customElements.define('review-list', ReviewList);
