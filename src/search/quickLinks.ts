/** Where a clerk goes when search cannot help: shown for an empty query and under "no results". */
export const QUICK_LINKS = [
  { href: '/reference/deadlines/', key: 'quickDeadlines' },
  { href: '/reference/documents/', key: 'quickDocuments' },
  { href: '/reference/phrases/', key: 'quickPhrases' },
  { href: '/reference/glossary/', key: 'quickGlossary' },
] as const;
