/**
 * The quiz topics as plain data, with no zod: browser code (quiz runner, results page) imports
 * them from here so that the schema library stays out of the pages' scripts.
 */
export const QUIZ_TOPICS = ['礼仪', '用语', '时限', '材料', '流程', '合规', '信息保护'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];
