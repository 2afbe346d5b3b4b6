/**
 * Shows the checklist asked for and hides the others; lists every item until a situation
 * (疾病 / 意外 / 未成年人 …) is ticked, then only the items the ticked situations call for;
 * counts what is ready; fills the printed sheet's date and its 还缺 list.
 *
 * With `fromUrl`, the list (?list=… or #list-…), the ticked situations (?when=疾病,未成年人) and
 * the ticked items (?got=policy,claim-form) are read from the URL first, so a reload or a shared
 * link shows the same state. Unknown values in the URL are ignored.
 *
 * Self-contained on purpose: the page also runs it as an inline script right after the lists
 * (see src/lib/prepaint.ts), so a link shows its state from the first paint. No imports, no
 * outer variables.
 */
export function showChecklist(root: HTMLElement, fromUrl: boolean): void {
  const cards = Array.from(root.querySelectorAll<HTMLElement>('[data-card]'));
  const picker = root.querySelector<HTMLSelectElement>('select[name="list"]');
  if (!picker || cards.length === 0) return;
  const params = new URLSearchParams(location.search);
  if (fromUrl) {
    const wanted = params.get('list') || location.hash.replace(/^#list-/, '');
    if (cards.some((c) => c.dataset.card === wanted)) picker.value = wanted;
  }
  const card = cards.find((c) => c.dataset.card === picker.value) || cards[0];
  for (const c of cards) c.hidden = c !== card;
  const situations = Array.from(card.querySelectorAll<HTMLInputElement>('[data-condition]'));
  const items = Array.from(card.querySelectorAll<HTMLElement>('li[data-item]'));
  const tickOf = (li: HTMLElement) => li.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (fromUrl) {
    const list = (name: string) => (params.get(name) || '').split(',').filter(Boolean);
    const when = list('when');
    const got = list('got');
    for (const box of situations) box.checked = when.includes(box.value);
    for (const li of items) {
      const tick = tickOf(li);
      if (tick) tick.checked = got.includes(li.dataset.item || '');
    }
  }

  const active = situations.filter((b) => b.checked).map((b) => b.value);
  const missing: string[] = [];
  let applicable = 0;
  let done = 0;
  for (const li of items) {
    const when = (li.dataset.when || '').split(' ').filter(Boolean);
    const unless = (li.dataset.unless || '').split(' ').filter(Boolean);
    // Nothing ticked: every item, each marked with when it is needed. Ticked: only what applies.
    const applies =
      active.length === 0 || (when.every((w) => active.includes(w)) && !unless.some((u) => active.includes(u)));
    li.hidden = !applies;
    if (!applies) continue;
    applicable++;
    if (tickOf(li)?.checked) done++;
    else missing.push(li.dataset.label || '');
  }

  const fill = (selector: string, template: string | undefined, vars: Record<string, string | number>) => {
    const el = card.querySelector<HTMLElement>(selector);
    if (!el || !template) return;
    el.textContent = template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  };
  fill('[data-progress]', root.dataset.progressTemplate, { done, total: applicable });
  const narrowed = card.querySelector<HTMLElement>('[data-narrowed]');
  if (narrowed) {
    narrowed.hidden = active.length === 0;
    fill('[data-narrowed]', root.dataset.narrowedTemplate, {
      situations: active.join('、'),
      shown: applicable,
      hidden: items.length - applicable,
    });
  }

  // The printed sheet: today's date, and what the customer still has to bring.
  const now = new Date();
  fill('[data-print-date]', '{y}年{m}月{d}日', { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
  const missingList = card.querySelector<HTMLElement>('[data-missing]');
  if (missingList) {
    missingList.replaceChildren(
      ...missing.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }
  const missingNone = card.querySelector<HTMLElement>('[data-missing-none]');
  const missingBox = card.querySelector<HTMLElement>('[data-missing-box]');
  if (missingNone) missingNone.hidden = missing.length > 0;
  if (missingBox) missingBox.hidden = missing.length === 0;

  root.toggleAttribute('data-enhanced', true);
  root.removeAttribute('data-loading');
}
