/** What the benchmark measures: which pages, at which scales. */

/** Pages whose load is weighed. The baseline only has chapters: the others are compared with its chapter page. */
export const PAGES = {
  chapter: { label: '章节', path: '/claims/documents/' },
  reference: { label: '速查', path: '/reference/deadlines/' },
  // The 接报案 walkthrough (src/content/processes/reporting.yaml).
  walkthrough: { label: '流程演练', path: '/processes/reporting/' },
  // The practice quiz generated for the chapter above (src/quizzes/catalog.ts).
  quiz: { label: '测验', path: '/quizzes/chapter-claims-documents/' },
} as const;

export type PageKey = keyof typeof PAGES;

/** Content multiplied by these factors: ×1 is the site as it is. */
export const DEFAULT_SCALES = [1, 10, 50];

/** Scales at which the search dialogs (ours and Pagefind UI) are timed keystroke by keystroke. */
export const DIALOG_SCALES = [1, 50];
