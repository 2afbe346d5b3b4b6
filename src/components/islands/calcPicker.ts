/**
 * Selects the rule a link asks for (?rule=<id>) in the calculator's picker, and says so when the
 * link names a rule the picker does not offer. Self-contained on purpose: the page also runs it as
 * an inline script right after the picker (src/lib/prepaint.ts), so the linked rule is the one on
 * screen from the first paint, before the calculator's module has loaded. No imports, no outer
 * variables.
 */
export function selectRuleFromUrl(root: HTMLElement, fromUrl: boolean): void {
  const picker = root.querySelector<HTMLSelectElement>('select[name="rule"]');
  const notice = root.querySelector<HTMLElement>('[data-rule-missing]');
  const wanted = fromUrl ? new URLSearchParams(location.search).get('rule') : null;
  if (!picker || !wanted) return;
  if (Array.from(picker.options).some((o) => o.value === wanted)) picker.value = wanted;
  else if (notice && notice.dataset.template) {
    // A link to a rule that is not a countable deadline (or no longer exists): say so, keep going.
    notice.textContent = notice.dataset.template.replace('{id}', wanted);
    notice.hidden = false;
  }
}
