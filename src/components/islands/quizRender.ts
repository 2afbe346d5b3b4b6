/**
 * Renders one question into the DOM, for every question type, keyboard first: radios and
 * checkboxes, up/down buttons to order (no drag and drop), a select per row to match, a number
 * input. All text goes in with textContent — question data is never parsed as HTML.
 * Responses are canonical indices (see src/quizzes/grading.ts); display order is the shuffle.
 */
import { answerText, isMultiSelect, type Response } from '../../quizzes/grading';
import type { Question } from '../../schemas/quiz';
import { t, type UiKey } from '../../i18n/ui';
import { el } from './dom';

export interface QuestionView {
  question: Question;
  /** Position in the quiz (1-based) and total. */
  n: number;
  total: number;
  /** Display order of options / items / right-hand sides, as canonical indices. */
  order: number[];
  response: Response;
  /** Lock the inputs (after checking, on the results page). */
  locked: boolean;
  /** Practice feedback, shown under the question. */
  feedback?: { right: boolean; learnUrl: string };
  onChange: (r: Response) => void;
}


/** The display order for a question: options, items or right sides shuffled with `random`. */
export function displayOrder(q: Question, random: () => number): number[] {
  const n = 'options' in q ? q.options.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.pairs.length : 0;
  const order = [...Array(n).keys()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // An ordering question must not start out already in the right order.
  if (q.type === 'ordering' && order.every((v, k) => v === k) && n > 1) [order[0], order[1]] = [order[1], order[0]];
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
    const labels = q.type === 'truefalse' ? [t('quiz.true'), t('quiz.false')] : q.options.map((o) => o.text);
    const order = q.type === 'truefalse' ? [0, 1] : view.order;
    const selected = (i: number) =>
      q.type === 'truefalse'
        ? view.response === (i === 0)
        : Array.isArray(view.response)
          ? view.response.includes(i)
          : view.response === i;
    for (const i of order) {
      const input = el('input', { type: multi ? 'checkbox' : 'radio', name: id, id: `${id}-${i}`, value: String(i), checked: selected(i) });
      const label = el('label', { htmlFor: `${id}-${i}`, className: 'q-option' });
      label.append(input, el('span', {}, labels[i]));
      group.append(label);
    }
    group.addEventListener('change', () => {
      const checked = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => Number(x.value));
      if (q.type === 'truefalse') view.onChange(checked.length ? checked[0] === 0 : null);
      else view.onChange(multi ? checked.sort((a, b) => a - b) : (checked[0] ?? null));
    });
  } else if (q.type === 'ordering') {
    const current = Array.isArray(view.response) && view.response.length === q.items.length ? [...view.response] : [...view.order];
    if (!Array.isArray(view.response)) queueMicrotask(() => view.onChange(current));
    const list = el('ol', { className: 'q-order' });
    const live = el('p', { className: 'sr-only' });
    live.setAttribute('aria-live', 'polite');
    const draw = (focus?: { index: number; dir: 'up' | 'down' }) => {
      list.replaceChildren();
      current.forEach((item, k) => {
        const li = el('li');
        li.append(el('span', { className: 'q-order-text' }, q.items[item]));
        const up = el('button', { type: 'button', className: 'xt-btn', disabled: view.locked || k === 0 }, t('quiz.moveUp'));
        up.setAttribute('aria-label', t('quiz.moveUpLabel', { item: q.items[item] }));
        const down = el('button', { type: 'button', className: 'xt-btn', disabled: view.locked || k === current.length - 1 }, t('quiz.moveDown'));
        down.setAttribute('aria-label', t('quiz.moveDownLabel', { item: q.items[item] }));
        const move = (to: number, dir: 'up' | 'down') => () => {
          [current[k], current[to]] = [current[to], current[k]];
          live.textContent = t('quiz.moved', { item: q.items[current[to]], n: to + 1 });
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
    const chosen = Array.isArray(view.response) ? [...view.response] : q.pairs.map(() => -1);
    const table = el('div', { className: 'q-match' });
    q.pairs.forEach((pair, i) => {
      const sid = `${id}-m${i}`;
      const label = el('label', { htmlFor: sid }, pair.left);
      const select = el('select', { id: sid, className: 'xt-input' });
      select.append(el('option', { value: '-1' }, t('quiz.choose')));
      for (const r of view.order) select.append(el('option', { value: String(r), selected: chosen[i] === r }, q.pairs[r].right));
      select.addEventListener('change', () => {
        chosen[i] = Number(select.value);
        view.onChange(chosen.includes(-1) ? null : [...chosen]);
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
      return (Array.isArray(r) ? r : [r as number]).map((i) => q.options[i]?.text ?? '?').join('；');
    case 'truefalse':
      return r ? t('quiz.true') : t('quiz.false');
    case 'ordering':
      return (r as number[]).map((i) => q.items[i]).join(' → ');
    case 'matching':
      return (r as number[]).map((ri, i) => `${q.pairs[i].left}：${q.pairs[ri]?.right ?? '?'}`).join('；');
    case 'numeric':
      return `${String(r)}${q.unit}`;
  }
}
