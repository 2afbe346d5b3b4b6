/**
 * A <quiz-runner> built by script for one exam paper (an assignment on the take page, a SCORM
 * package in an LMS): the markup the runner expects, and the settings it reads on connect.
 */
import type { Response } from '../../quizzes/grading';
import type { Question, QuizDefinition } from '../../schemas/quiz';
import { el } from './dom';
import type { QuizRunner } from './quiz-runner';
import './quiz-runner';

export interface PaperRun {
  quiz: QuizDefinition;
  /** The questions in the order shown. */
  questions: Question[];
  /** Where the attempt starts: its recorded start, answers so far, the question on screen. */
  resume: { startedAt: number; responses: Record<string, Response>; index: number };
  /** Whether the results screen lists the answers (the review policy). */
  showAnswers: boolean;
  /** Prefix for 去复习 links outside the site (they then open in a new window). */
  learnBase?: string;
}

export function paperRunner(run: PaperRun): QuizRunner {
  const runner = document.createElement('quiz-runner') as QuizRunner;
  runner.questions = run.questions;
  // Option order follows the recorded start, so a resumed attempt looks as it did.
  runner.seed = run.resume.startedAt;
  runner.recordProgress = false;
  runner.showAnswers = run.showAnswers;
  runner.again = null;
  runner.resume = run.resume;
  if (run.learnBase) runner.dataset.learnBase = run.learnBase;
  const data = el('script', { type: 'application/json' });
  data.dataset.quiz = '';
  data.textContent = JSON.stringify({ quiz: run.quiz, pool: [] });
  const intro = el('div', { hidden: true });
  intro.dataset.intro = '';
  const startButton = el('button', { type: 'button', disabled: true });
  startButton.dataset.action = 'start';
  intro.append(startButton);
  const stage = el('div');
  stage.dataset.stage = '';
  const announce = el('p', { className: 'sr-only' });
  announce.setAttribute('aria-live', 'polite');
  announce.dataset.announce = '';
  runner.append(data, intro, stage, announce);
  return runner;
}
