/**
 * Renders one question into the DOM, for every question type, keyboard first: radios and
 * checkboxes, up/down buttons to order (no drag and drop), a select per row to match, a number
 * input. All text goes in with textContent — question data is never parsed as HTML.
 * Responses name option, item and pair ids (see src/quizzes/grading.ts); display order is the shuffle.
 */
import { answerText, isMultiSelect, type Response } from '../../quizzes/grading';
import type { Question } from '../../schemas/quiz';
import { t, type UiKey } from '../../i18n/ui';
import { shuffle } from '../../lib/random';
import { el } from './dom';

export interface QuestionView {
  question: Question;
  /** Position in the quiz (1-based) and total. */
  n: number;
  total: number;
  /** Display order of options / items / right-hand sides, as their ids. */
  order: string[];
  response: Response;
  /** Lock the inputs (after checking, on the results page). */
  locked: boolean;
  /** Practice feedback, shown under the question. */
  feedback?: { right: boolean; learnUrl: string };
  onChange: (r: Response) => void;
}


/** The ids a question shows in a shuffled order: options, ordering items or matching pairs. */
const shownIds = (q: Question): string[] =>
  'options' in q ? q.options.map((o) => o.id) : q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.pairs.map((p) => p.id) : [];

/** The display order for a question: option, item or pair ids shuffled with `random`. */
export function displayOrder(q: Question, random: () => number): string[] {
  const canonical = shownIds(q);
  const order = shuffle(canonical, random);
  // An ordering question must not start out already in the right order.
  if (q.type === 'ordering' && order.length > 1 && order.every((id, k) => id === canonical[k])) [order[0], order[1]] = [order[1], order[0]];
  return order;
}

export function renderQuestion(view: QuestionView): HTMLElement {
  const { question: q } = view;
  const id = `q-${q.id}`;
  const wrap = el('section', { className: 'quiz-question' });
  wrap.dataset.question = q.id;
  wrap.setAttribute('aria-labelledby', `${id}-title`);
  const head = el('h2', { id: `${id}-title`, tabIndex: -1, className: 'q-title' });
  head.append(
    el('span', { className: 'q-meta' }, `${t('quiz.counter', { n: view.n, total: view.total })} · ${t(`quiz.type.${isMultiSelect(q) ? 'multiple' : q.type}` as UiKey)}`),
    el('span', { className: 'q-prompt' }, q.prompt),
  );
  if (q.type === 'scenario') wrap.append(el('p', { className: 'q-case' }, q.case));
  wrap.prepend(head);
  if (q.type === 'scenario') wrap.insertBefore(wrap.querySelector('.q-case')!, head);

  const group = el('fieldset', { className: 'q-answer', disabled: view.locked });
  group.append(el('legend', { className: 'sr-only' }, q.prompt));
  wrap.append(group);

  if (q.type === 'single' || q.type === 'multiple' || q.type === 'scenario' || q.type === 'truefalse') {
    const multi = isMultiSelect(q);
    // True/false offers two fixed choices, named by the answer they stand for.
    const choices =
      q.type === 'truefalse'
        ? [
            { id: 'true', text: t('quiz.true') },
            { id: 'false', text: t('quiz.false') },
          ]
        : view.order.map((oid) => q.options.find((o) => o.id === oid)!);
    const selected = (oid: string) =>
      q.type === 'truefalse'
        ? view.response === (oid === 'true')
        : Array.isArray(view.response)
          ? view.response.includes(oid)
          : view.response === oid;
    for (const choice of choices) {
      const input = el('input', { type: multi ? 'checkbox' : 'radio', name: id, id: `${id}-${choice.id}`, value: choice.id, checked: selected(choice.id) });
      const label = el('label', { htmlFor: `${id}-${choice.id}`, className: 'q-option' });
      label.append(input, el('span', {}, choice.text));
      group.append(label);
    }
    group.addEventListener('change', () => {
      const checked = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
      if (q.type === 'truefalse') view.onChange(checked.length ? checked[0] === 'true' : null);
      else view.onChange(multi ? checked.sort() : (checked[0] ?? null));
    });
  } else if (q.type === 'ordering') {
    const text = new Map(q.items.map((i) => [i.id, i.text]));
    const current = Array.isArray(view.response) && view.response.length === q.items.length ? [...view.response] : [...view.order];
    if (!Array.isArray(view.response)) queueMicrotask(() => view.onChange(current));
    const list = el('ol', { className: 'q-order' });
    const live = el('p', { className: 'sr-only' });
    live.setAttribute('aria-live', 'polite');
    const draw = (focus?: { index: number; dir: 'up' | 'down' }) => {
      list.replaceChildren();
      current.forEach((item, k) => {
        const li = el('li');
        li.append(el('span', { className: 'q-order-text' }, text.get(item) ?? ''));
        const up = el('button', { type: 'button', className: 'xt-btn', disabled: view.locked || k === 0 }, t('quiz.moveUp'));
        up.setAttribute('aria-label', t('quiz.moveUpLabel', { item: text.get(item) ?? '' }));
        const down = el('button', { type: 'button', className: 'xt-btn', disabled: view.locked || k === current.length - 1 }, t('quiz.moveDown'));
        down.setAttribute('aria-label', t('quiz.moveDownLabel', { item: text.get(item) ?? '' }));
        const move = (to: number, dir: 'up' | 'down') => () => {
          [current[k], current[to]] = [current[to], current[k]];
          live.textContent = t('quiz.moved', { item: text.get(current[to]) ?? '', n: to + 1 });
          view.onChange([...current]);
          draw({ index: to, dir });
        };
        up.addEventListener('click', move(k - 1, 'up'));
        down.addEventListener('click', move(k + 1, 'down'));
        li.append(up, down);
        list.append(li);
      });
      if (focus) {
        const row = list.children[focus.index];
        const buttons = row.querySelectorAll<HTMLButtonElement>('button');
        const preferred = focus.dir === 'up' ? buttons[0] : buttons[1];
        (preferred.disabled ? (focus.dir === 'up' ? buttons[1] : buttons[0]) : preferred).focus();
      }
    };
    draw();
    group.append(list, live);
  } else if (q.type === 'matching') {
    // Pair id (left side) → pair id of the right side chosen; '' while a row is unanswered.
    const chosen: Record<string, string> = Object.fromEntries(
      q.pairs.map((p) => [p.id, view.response && typeof view.response === 'object' && !Array.isArray(view.response) ? (view.response[p.id] ?? '') : '']),
    );
    const right = new Map(q.pairs.map((p) => [p.id, p.right]));
    const table = el('div', { className: 'q-match' });
    q.pairs.forEach((pair) => {
      const sid = `${id}-m-${pair.id}`;
      const label = el('label', { htmlFor: sid }, pair.left);
      const select = el('select', { id: sid, className: 'xt-input' });
      select.append(el('option', { value: '' }, t('quiz.choose')));
      for (const r of view.order) select.append(el('option', { value: r, selected: chosen[pair.id] === r }, right.get(r) ?? ''));
      select.addEventListener('change', () => {
        chosen[pair.id] = select.value;
        view.onChange(Object.values(chosen).includes('') ? null : { ...chosen });
      });
      table.append(label, select);
    });
    group.append(table);
  } else if (q.type === 'numeric') {
    const row = el('p', { className: 'q-numeric' });
    const input = el('input', { type: 'number', id: `${id}-n`, inputMode: 'numeric', min: '0', step: '1', className: 'xt-input' });
    if (typeof view.response === 'number') input.value = String(view.response);
    const label = el('label', { htmlFor: `${id}-n`, className: 'sr-only' }, t('quiz.numberLabel'));
    input.addEventListener('input', () => view.onChange(input.value.trim() === '' ? null : Number(input.value)));
    row.append(label, input, el('span', { className: 'q-unit' }, q.unit));
    group.append(row);
  }

  if (view.feedback) {
    const box = el('div', { className: `q-feedback ${view.feedback.right ? 'right' : 'wrong'}` });
    box.setAttribute('role', 'status');
    box.append(el('strong', {}, view.feedback.right ? t('quiz.right') : t('quiz.wrong')));
    if (!view.feedback.right) box.append(el('p', {}, t('quiz.answerIs', { answer: answerText(q) })));
    box.append(el('p', {}, q.explanation));
    const a = el('a', { href: view.feedback.learnUrl }, t('quiz.learn'));
    box.append(el('p', {}, ''));
    box.lastElementChild!.append(a);
    wrap.append(box);
  }
  return wrap;
}

/** The learn link of a question as a URL. */
export function learnUrl(q: Question): string {
  const [slug, anchor] = q.learn.split('#');
  return `/${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** A response written out, for the results page. */
export function responseText(q: Question, r: Response): string {
  if (r === null || r === undefined || (Array.isArray(r) && r.length === 0)) return t('quiz.noAnswer');
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return (Array.isArray(r) ? r : [r]).map((oid) => q.options.find((o) => o.id === oid)?.text ?? '?').join('；');
    case 'truefalse':
      return r ? t('quiz.true') : t('quiz.false');
    case 'ordering':
      return (Array.isArray(r) ? r : []).map((iid) => q.items.find((i) => i.id === iid)?.text ?? '?').join(' → ');
    case 'matching': {
      const match = typeof r === 'object' && !Array.isArray(r) ? r : {};
      return q.pairs.map((p) => `${p.left}：${q.pairs.find((x) => x.id === match[p.id])?.right ?? '?'}`).join('；');
    }
    case 'numeric':
      return `${String(r)}${q.unit}`;
  }
}
