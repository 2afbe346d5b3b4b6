/**
 * Sets the filter controls from the URL query (when `fromUrl`), hides the rows that do not match
 * and updates the count; returns nothing. Self-contained on purpose: the page also runs it as an
 * inline script right after the table (see src/lib/prepaint.ts), so a shared filtered link shows the
 * filtered table from the first paint instead of collapsing it afterwards. No imports, no outer
 * variables.
 */
export function filterRows(root: HTMLElement, fromUrl: boolean): void {
  const form = root.querySelector('form');
  if (!form) return;
  const rows = Array.from(document.querySelectorAll<HTMLElement>(root.dataset.rows || '[data-filter-row]'));
  const controls = Array.from(form.elements).filter(
    (el): el is HTMLInputElement | HTMLSelectElement => el instanceof HTMLInputElement || el instanceof HTMLSelectElement,
  );
  if (fromUrl) {
    const params = new URLSearchParams(location.search);
    for (const c of controls) {
      const v = params.get(c.name);
      if (v !== null && (c instanceof HTMLInputElement || Array.from(c.options).some((o) => o.value === v))) c.value = v;
    }
  }
  let shown = 0;
  for (const row of rows) {
    const visible = controls.every((c) => {
      const value = c.value.trim();
      if (!value) return true;
      if (c.name === 'q') {
        const text = (row.dataset.text || row.textContent || '').toLowerCase();
        return value.toLowerCase().split(/\s+/).every((w) => text.includes(w));
      }
      return (row.dataset[c.name] || '').split(' ').includes(value);
    });
    row.hidden = !visible;
    if (visible) shown++;
  }
  const status = root.querySelector('[role="status"]');
  const template = root.dataset.countTemplate;
  if (status && template) status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  // Counts of a group of rows elsewhere on the page (e.g. a collapsed group's summary); a group
  // the filter leaves empty is hidden altogether.
  for (const counter of Array.from(document.querySelectorAll<HTMLElement>('[data-count-of]'))) {
    const selector = counter.dataset.countOf || '';
    const count = rows.filter((row) => !row.hidden && row.matches(selector)).length;
    counter.textContent = String(count);
    const group = counter.closest<HTMLElement>('[data-count-group]');
    if (group) group.hidden = count === 0;
  }
  const empty = root.querySelector<HTMLElement>('[data-filter-empty]');
  if (empty) empty.hidden = shown > 0;
  // The rows are decided: show the table HIDE_ROWS_WHILE_LOADING held back (src/lib/prepaint.ts).
  document.documentElement.removeAttribute('data-prefilter');
}

