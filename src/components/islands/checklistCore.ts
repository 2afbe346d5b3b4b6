/**
 * Shows the checklist asked for (from the URL when `fromUrl`: ?list=… or #list-…, else the
 * picker's choice) and hides the others, keeps only the items the ticked conditions call for,
 * and counts what is ready. Self-contained on purpose: the page also runs it as an inline script
 * right after the lists (see src/lib/prepaint.ts), so a link to one checklist shows that
 * checklist from the first paint. No imports, no outer variables.
 */
export function showChecklist(root: HTMLElement, fromUrl: boolean): void {
  const cards = Array.from(root.querySelectorAll<HTMLElement>('[data-card]'));
  const picker = root.querySelector<HTMLSelectElement>('select[name="list"]');
  if (!picker || cards.length === 0) return;
  if (fromUrl) {
    const wanted = new URLSearchParams(location.search).get('list') || location.hash.replace(/^#list-/, '');
    if (cards.some((c) => c.dataset.card === wanted)) picker.value = wanted;
  }
  const card = cards.find((c) => c.dataset.card === picker.value) || cards[0];
  for (const c of cards) c.hidden = c !== card;
  const active = Array.from(card.querySelectorAll<HTMLInputElement>('[data-condition]'))
    .filter((b) => b.checked)
    .map((b) => b.value);
  let applicable = 0;
  let done = 0;
  for (const li of Array.from(card.querySelectorAll<HTMLElement>('li[data-item]'))) {
    const when = (li.dataset.when || '').split(' ').filter(Boolean);
    const unless = (li.dataset.unless || '').split(' ').filter(Boolean);
    const applies = when.every((w) => active.includes(w)) && !unless.some((u) => active.includes(u));
    li.hidden = !applies;
    if (applies) {
      applicable++;
      if (li.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked) done++;
    }
  }
  const progress = card.querySelector('[data-progress]');
  const template = root.dataset.progressTemplate;
  if (progress && template) progress.textContent = template.replace('{done}', String(done)).replace('{total}', String(applicable));
  root.toggleAttribute('data-enhanced', true);
  root.removeAttribute('data-loading');
}
