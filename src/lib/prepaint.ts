/**
 * Runs part of an island before first paint. An island's module script runs after the page has
 * been painted, so anything it changes that depends on the URL (a filter in a shared link, the
 * checklist asked for) would move content that is already on screen. The same function the
 * island uses is written into the page as an inline script right after the markup it changes:
 * one implementation, run twice. The function must be self-contained (no imports, no outer
 * variables); the CSP step hashes the inline script like any other.
 */
export function prepaintScript(fn: (root: HTMLElement, fromUrl: boolean) => void, rootSelector: string): string {
  return `(${fn.toString()})(document.querySelector(${JSON.stringify(rootSelector)}), true);`;
}

/**
 * Put before a table that a query in the URL may filter: hides it while the page arrives (the
 * browser may paint before the table is complete), until the prepaint script after it has
 * decided which rows to show (filterRows clears the mark). A table that appears moves nothing;
 * rows that vanish after being painted do.
 */
export const HIDE_ROWS_WHILE_LOADING = `if (location.search.length > 1) document.documentElement.setAttribute('data-prefilter', '');`;
