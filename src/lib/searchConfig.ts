/**
 * Options for the Pagefind search UI, in one place. The search dialog (our override of
 * Starlight's Search) passes them to PagefindUI. Ranking is tuned for short Chinese queries
 * on pages of very different lengths: see the search regression test for what it must find.
 */
export const pagefindUiOptions = {
  ranking: {
    /** Do not punish long chapters too much: the answer a clerk wants is often in one. */
    pageLength: 0.5,
    /** Matches in headings, titles and keyword blocks (weighted with data-pagefind-weight) count strongly. */
    termSaturation: 1.6,
  },
} as const;

/**
 * Pagefind UI strings, read from Starlight's translations (src/content/i18n/zh-CN.json holds
 * the `pagefind.*` keys), so the dialog and the search page say the same thing.
 */
export function pagefindTranslations(t: { (key: 'search.label'): string; all(): Record<string, unknown> }) {
  const strings: Record<string, string> = { placeholder: t('search.label') };
  for (const [key, value] of Object.entries(t.all())) {
    if (key.startsWith('pagefind.') && typeof value === 'string') strings[key.replace('pagefind.', '')] = value;
  }
  return strings;
}
