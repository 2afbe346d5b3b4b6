/**
 * The answers of a finished assignment attempt, question by question: the trainee's answer, the
 * right one and the explanation. Shown only when the assignment's review policy allows it (after
 * the due date); never right after 交卷, when colleagues may still be taking the same assignment.
 */
import { answerText, isCorrect, type Response } from '../../quizzes/grading';
import type { Question } from '../../schemas/quiz';
import { t } from '../../i18n/ui';
import { el } from './dom';
import { learnUrl, responseText } from './quizRender';

export function answerReview(questions: Question[], responses: Record<string, Response>): HTMLElement {
  const box = el('section', { className: 'answer-review' });
  box.setAttribute('aria-labelledby', 'answer-review-title');
  box.append(el('h3', { id: 'answer-review-title' }, t('take.answersTitle')));
  const list = el('ol');
  for (const q of questions) {
    const r = responses[q.id] ?? null;
    const right = isCorrect(q, r);
    const li = el('li');
    if (q.type === 'scenario') li.append(el('p', { className: 'q-case' }, q.case));
    li.append(
      el('p', { className: 'q-prompt' }, q.prompt),
      el('p', {}, `${right ? t('quiz.right') : t('quiz.wrong')}。${t('quiz.yourAnswer', { answer: responseText(q, r) })}`),
      el('p', {}, t('quiz.answerIs', { answer: answerText(q) })),
      el('p', {}, q.explanation),
    );
    const p = el('p');
    p.append(el('a', { href: learnUrl(q) }, t('quiz.learn')));
    li.append(p);
    list.append(li);
  }
  box.append(list);
  return box;
}
