/** /data/questions.json — the whole question bank (hand-written and generated), for the review list and other systems. */
import type { APIRoute } from 'astro';
import { json } from '../../lib/openData';
import { quizData } from '../../lib/quizData';

export const GET: APIRoute = async () => {
  const { bank } = await quizData();
  return json({ schemaVersion: 1, dataset: 'questions', description: '题库：手写题与由规范数据生成的题', count: bank.length, items: bank });
};
